import Findings
import Foundation
import XCTest

@testable import AnswerFiles

/// Shell-Setup rules: the hidden-password suffix of the element itself, passwords in clear,
/// AutoLogon's LogonCount, the computer name's length, and the offline-join blob placeholder.
final class ShellSetupRuleTests: XCTestCase {
  func hidden(_ text: String) -> String {
    Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).base64EncodedString()
  }

  func testOnlyTheElementsOwnSuffixIsStripped() throws {
    // Encoded for AutoLogon/LocalAccount ('Password'), pasted into AdministratorPassword.
    let bytes = UnattendFixtures.shell(
      """
      <UserAccounts><AdministratorPassword>
        <Value>\(hidden("Winter2024!Password"))</Value><PlainText>false</PlainText>
      </AdministratorPassword></UserAccounts>
      """)
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    let revealed = try XCTUnwrap(file.administratorPassword).revealedPassword()
    XCTAssertFalse(revealed.suffixFound)
    XCTAssertEqual(revealed.clearText, "Winter2024!Password", "Setup strips nothing else")
    XCTAssertEqual(revealed.foreignSuffix, "Password")
    let findings = UnattendLint().check(file)
    XCTAssertEqual(findings.map(\.id), ["UA-HIDDEN-PASSWORD-NO-SUFFIX"])
    XCTAssertTrue(findings[0].message.contains("ends with 'Password' instead"))
    XCTAssertFalse(findings.contains { $0.message.contains("Winter2024") })
  }

  func testAutoLogonPasswordTakesPassword() throws {
    let bytes = UnattendFixtures.shell(
      """
      <AutoLogon><Enabled>true</Enabled><LogonCount>2</LogonCount><Username>a</Username>
        <Password><Value>\(hidden("pwPassword"))</Value><PlainText>false</PlainText></Password>
      </AutoLogon>
      """)
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    XCTAssertEqual(try file.autoLogon?.password?.revealedPassword().clearText, "pw")
    XCTAssertEqual(UnattendLint().check(file).map(\.id), [])
  }

  func testClearTextPasswordsAndAutoLogonCount() throws {
    let bytes = UnattendFixtures.shell(
      """
      <UserAccounts><AdministratorPassword>
        <Value>P@ssw0rd</Value><PlainText>true</PlainText>
      </AdministratorPassword></UserAccounts>
      <AutoLogon><Enabled>true</Enabled><LogonCount>999</LogonCount><Username>a</Username>
        <Password><Value>\(hidden("pwPassword"))</Value><PlainText>false</PlainText></Password>
      </AutoLogon>
      """)
    let findings = UnattendLint().check(try UnattendFile.parse(bytes, file: "u.xml"))
    XCTAssertEqual(
      findings.map { "\($0.id) \($0.subject) \($0.evidence?.line ?? 0)" },
      [
        "UA-AUTOLOGON-LOGONCOUNT AutoLogon/LogonCount 8",
        "UA-PASSWORD-PLAINTEXT UserAccounts/AdministratorPassword 6",
      ])
    XCTAssertFalse(findings.contains { ($0.evidence?.text ?? "").contains("P@ss") })
    XCTAssertTrue(findings.allSatisfy { $0.fix != nil && !$0.refs.isEmpty })
  }

  func testComputerNameLongerThanFifteen() throws {
    func ids(_ name: String) throws -> [String] {
      let bytes = UnattendFixtures.shell("<ComputerName>\(name)</ComputerName>")
      return UnattendLint().check(try UnattendFile.parse(bytes, file: "u.xml")).map(\.id)
    }
    XCTAssertEqual(try ids("FINANCE-REPORTING-01"), ["UA-COMPUTERNAME-TOO-LONG"])
    XCTAssertEqual(try ids("FINANCE-REPORT1"), [])
    XCTAssertEqual(try ids("*"), [])
    XCTAssertEqual(try ids("$(ComputerNameFromTheDeploymentTool)"), [])
  }

  func testBlobPlaceholderIsFlaggedLikeOtherPlaceholders() throws {
    let bytes = UnattendFixtures.join(
      """
      <Provisioning><AccountData>$Blob</AccountData></Provisioning>
      """)
    let file = try UnattendFile.parse(bytes, file: "u.xml")
    XCTAssertEqual(file.join?.provisioning?.placeholder, "$Blob")
    let placeholder = try XCTUnwrap(
      UnattendLint().check(file).first { $0.id == "DJ-TEMPLATE-PLACEHOLDER" })
    XCTAssertTrue(placeholder.message.contains("Provisioning/AccountData"), placeholder.message)
  }
}
