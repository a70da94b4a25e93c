import AnswerFiles
import Findings
import XCTest

final class UnattendParsingTests: XCTestCase {
  func testReadsPassesComponentsAndJoinSettingsWithLines() throws {
    let bytes = UnattendFixtures.join(
      """
      <Credentials>
        <Domain>fabrikam.com</Domain>
        <Password>S3cret!</Password>
        <Username>joiner</Username>
      </Credentials>
      <JoinDomain>fabrikam.com</JoinDomain>
      <MachineObjectOU>OU=Servers,DC=fabrikam,DC=com</MachineObjectOU>
      <TimeoutPeriodInMinutes>20</TimeoutPeriodInMinutes>
      <DebugJoin>true</DebugJoin>
      """)
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    XCTAssertEqual(file.passes.map(\.name), ["specialize"])
    XCTAssertEqual(file.passes[0].components[0].name, "Microsoft-Windows-UnattendedJoin")
    XCTAssertEqual(file.passes[0].components[0].processorArchitecture, "amd64")
    XCTAssertEqual(file.passes[0].components[0].line, 4)
    let join = try XCTUnwrap(file.join)
    XCTAssertEqual(join.identificationLine, 5)
    XCTAssertEqual(join.credentials?.line, 6)
    XCTAssertEqual(join.credentials?.domain, Located("fabrikam.com", line: 7, column: 3))
    XCTAssertEqual(join.credentials?.username?.value, "joiner")
    XCTAssertEqual(join.credentials?.password?.line, 8)
    XCTAssertEqual(join.credentials?.password?.isEmpty, false)
    XCTAssertEqual(join.joinDomain?.line, 11)
    XCTAssertEqual(join.machineObjectOU?.value, "OU=Servers,DC=fabrikam,DC=com")
    XCTAssertEqual(join.timeoutPeriodInMinutes?.value, "20")
    XCTAssertEqual(join.debugJoin?.line, 14)
    XCTAssertFalse(join.isUnsecureJoin)
  }

  func testDomainJoinPasswordNeverAppearsInModelOrJSON() throws {
    let bytes = UnattendFixtures.join(
      "<Credentials><Username>a</Username><Password>Hunter2Secret</Password></Credentials>")
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    var dumped = ""
    dump(file, to: &dumped)
    XCTAssertFalse(dumped.contains("Hunter2Secret"))
    let json = UnattendAnalysis(file: file).json.compactText
    XCTAssertFalse(json.contains("Hunter2Secret"))
    XCTAssertTrue(json.contains("\"credentials_password_present\":true"))
  }

  func testProvisioningKeepsOnlyTheBlobLength() throws {
    let bytes = UnattendFixtures.join(
      "<Provisioning><AccountData>QUJDREVGR0g=</AccountData></Provisioning>",
      pass: "offlineServicing")
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    XCTAssertEqual(file.join?.provisioning?.accountDataLength, 12)
    XCTAssertEqual(file.join?.pass, "offlineServicing")
  }

  func testPlainTextLocalPasswordIsRedactedUntilRevealed() throws {
    let bytes = UnattendFixtures.shell(
      """
      <ComputerName>SRV01</ComputerName>
      <UserAccounts>
        <AdministratorPassword><Value>P@ssw0rd</Value><PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
            <Name>ops</Name><Group>Administrators</Group>
            <Password><Value>b3BzUGFzc3dvcmQ=</Value><PlainText>false</PlainText></Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon><Username>Administrator</Username><LogonCount>2</LogonCount>
        <Password><Value>P@ssw0rd</Value><PlainText>true</PlainText></Password></AutoLogon>
      """)
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    XCTAssertEqual(file.computerName?.value, "SRV01")
    let admin = try XCTUnwrap(file.administratorPassword)
    XCTAssertEqual("\(admin)", "REDACTED")
    var dumped = ""
    dump(file, to: &dumped)
    XCTAssertFalse(dumped.contains("P@ssw0rd"))
    XCTAssertEqual(try admin.revealedPassword().clearText, "P@ssw0rd")
    XCTAssertEqual(file.localAccounts.first?.name?.value, "ops")
    XCTAssertEqual(file.localAccounts.first?.group?.value, "Administrators")
    XCTAssertEqual(file.autoLogon?.logonCount?.value, "2")
    XCTAssertEqual(try file.autoLogon?.password?.revealedPassword().clearText, "P@ssw0rd")
  }

  /// The MS docs example: base64 of UTF-16LE "pw" + "AdministratorPassword".
  func testHiddenValueDecodesWithElementSuffixStripped() throws {
    let bytes = UnattendFixtures.shell(
      """
      <UserAccounts><AdministratorPassword>
        <Value>cAB3AEEAZABtAGkAbgBpAHMAdAByAGEAdABvAHIAUABhAHMAcwB3AG8AcgBkAA==</Value>
        <PlainText>false</PlainText>
      </AdministratorPassword></UserAccounts>
      """)
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    let revealed = try XCTUnwrap(file.administratorPassword).revealedPassword()
    XCTAssertEqual(revealed.clearText, "pw")
    XCTAssertTrue(revealed.suffixFound)
  }

  func testHiddenValueWithoutSuffixIsFlagged() throws {
    // base64(UTF-16LE("abc")) without a suffix.
    let bytes = UnattendFixtures.shell(
      """
      <UserAccounts><AdministratorPassword><Value>YQBiAGMA</Value><PlainText>false</PlainText>
      </AdministratorPassword></UserAccounts>
      """)
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    XCTAssertEqual(try file.administratorPassword?.revealedPassword().suffixFound, false)
    let ids = UnattendLint().check(file).map(\.id)
    XCTAssertEqual(ids, ["UA-HIDDEN-PASSWORD-NO-SUFFIX"])
  }

  func testHiddenValueThatIsNotBase64IsAnError() throws {
    let bytes = UnattendFixtures.shell(
      """
      <UserAccounts><AdministratorPassword><Value>***</Value><PlainText>false</PlainText>
      </AdministratorPassword></UserAccounts>
      """)
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    XCTAssertThrowsError(try file.administratorPassword?.revealedPassword())
    XCTAssertEqual(UnattendLint().check(file).map(\.id), ["UA-HIDDEN-PASSWORD-INVALID"])
  }
}
