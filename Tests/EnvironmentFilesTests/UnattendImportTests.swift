import EnvironmentModel
import XCTest
import Findings

@testable import EnvironmentFiles

/// unattend.xml loads as the machine it describes and the domain it joins, without its secrets.
final class UnattendImportTests: XCTestCase {
  let answerFile = """
    <?xml version="1.0" encoding="utf-8"?>
    <unattend xmlns="urn:schemas-microsoft-com:unattend">
      <settings pass="specialize">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
          <ComputerName>WEB7</ComputerName>
        </component>
        <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64">
          <Identification>
            <Credentials><Domain>fabrikam.com</Domain><Username>joiner</Username><Password>Never-Print-Me-1</Password></Credentials>
            <JoinDomain>fabrikam.com</JoinDomain>
          </Identification>
        </component>
      </settings>
    </unattend>
    """

  func testTheMachineAndItsDomainAndNoPassword() throws {
    let result = try EnvironmentLoader.load(
      bytes: Array(answerFile.utf8), file: FileReference(path: "/lab/answers/web7.xml", shown: "answers/web7.xml"),
      name: "web7", baseDirectory: "/lab/answers")
    XCTAssertEqual(result.kind, .unattend)
    let machine = try XCTUnwrap(result.environment.machines.first)
    XCTAssertEqual(machine.name, "WEB7")
    XCTAssertEqual(machine.answerFile, "/lab/answers/web7.xml")
    XCTAssertNil(machine.answerFileText)
    XCTAssertEqual(result.environment.domain?.dnsName, "fabrikam.com")
    XCTAssertEqual(result.environment.domain?.origin.line, 10)
    XCTAssertFalse(result.environment.json.compactText.contains("Never-Print-Me"))
    XCTAssertFalse(EnvironmentLoader.save(result.environment).contains("Never-Print-Me"))
  }

  func testARandomComputerNameFallsBackToTheEnvironmentName() throws {
    let text = answerFile.replacingOccurrences(of: "WEB7", with: "*")
    let result = try EnvironmentLoader.load(bytes: Array(text.utf8), file: "a.xml", name: "a")
    XCTAssertEqual(result.environment.machines.first?.name, "a")
  }

  func testMalformedAnswerFilesAreLocatedErrors() {
    XCTAssertThrowsError(
      try EnvironmentLoader.load(bytes: Array("<unattend>\n<settings>\n</unattend>\n".utf8), file: "bad.xml", name: "bad")
    ) { error in
      XCTAssertEqual((error as? InputError)?.location.line, 3, "\(error)")
    }
  }
}
