import AnswerFiles
import EnvironmentModel
import Findings
import XCTest

final class UnattendLintTests: XCTestCase {
  private func findings(
    _ body: String, pass: String = "specialize", directory: DirectoryLookup? = nil
  ) throws -> [Finding] {
    let file = try UnattendFile.parse(UnattendFixtures.join(body, pass: pass), file: "u.xml")
    return UnattendLint(directory: directory).check(file)
  }

  private let credentials = """
    <Credentials><Domain>contoso.com</Domain><Username>joiner</Username>
    <Password>x</Password></Credentials>
    """

  /// A correct file: only the informational clear-password note.
  func testCleanJoinHasOnlyTheClearPasswordNote() throws {
    let ids = try findings(
      credentials + "<JoinDomain>contoso.com</JoinDomain>"
        + "<MachineObjectOU>OU=Servers,DC=contoso,DC=com</MachineObjectOU>"
    ).map(\.id)
    XCTAssertEqual(ids, ["DJ-JOIN-PASSWORD-CLEAR"])
  }

  func testEmptyElementsAreFlaggedOneByOne() throws {
    let found = try findings(
      """
      <JoinDomain>contoso.com</JoinDomain>
      <UnsecureJoin />
      <TimeoutPeriodInMinutes></TimeoutPeriodInMinutes>
      <DebugJoin/>
      <Credentials><Domain/><Username>u</Username><Password/></Credentials>
      """
    ).filter { $0.id == "DJ-EMPTY-ELEMENT" }
    XCTAssertEqual(
      Set(found.map(\.subject)),
      [
        "UnattendedJoin/Identification/UnsecureJoin",
        "UnattendedJoin/Identification/TimeoutPeriodInMinutes",
        "UnattendedJoin/Identification/DebugJoin",
        "UnattendedJoin/Identification/Credentials/Domain",
        "UnattendedJoin/Identification/Credentials/Password",
      ])
    let unsecure = try XCTUnwrap(found.first { $0.subject.hasSuffix("UnsecureJoin") })
    XCTAssertEqual(unsecure.evidence?.line, 7)
    XCTAssertEqual(unsecure.severity, .warning)
  }

  func testDomainWithUPNOrDownLevelUser() throws {
    for user in ["joiner@contoso.com", "CONTOSO\\joiner"] {
      let found = try findings(
        "<Credentials><Domain>contoso.com</Domain><Username>\(user)</Username>"
          + "<Password>x</Password></Credentials><JoinDomain>contoso.com</JoinDomain>")
      XCTAssertTrue(found.contains { $0.id == "DJ-DOMAIN-WITH-QUALIFIED-USER" }, user)
    }
    let bare = try findings(credentials + "<JoinDomain>contoso.com</JoinDomain>")
    XCTAssertFalse(bare.contains { $0.id == "DJ-DOMAIN-WITH-QUALIFIED-USER" })
  }

  func testUnsecureJoinWithCredentialsIsAnError() throws {
    let found = try findings(
      credentials + "<JoinDomain>contoso.com</JoinDomain><UnsecureJoin>true</UnsecureJoin>")
    let finding = try XCTUnwrap(found.first { $0.id == "DJ-UNSECURE-WITH-CREDENTIALS" })
    XCTAssertEqual(finding.severity, .error)
    XCTAssertEqual(finding.evidence?.text, "<UnsecureJoin>true</UnsecureJoin>")
  }

  func testJoinDomainWithJoinWorkgroup() throws {
    let found = try findings(
      credentials + "<JoinDomain>contoso.com</JoinDomain><JoinWorkgroup>WG</JoinWorkgroup>")
    XCTAssertTrue(found.contains { $0.id == "DJ-DOMAIN-AND-WORKGROUP" })
  }

  func testProvisioningOverridesCredentials() throws {
    let found = try findings(
      credentials + "<Provisioning><AccountData>ARAIAMzMzMw=</AccountData></Provisioning>")
    XCTAssertTrue(found.contains { $0.id == "DJ-PROVISIONING-OVERRIDES-CREDENTIALS" })
  }

  func testTimeoutOutsideFiveToSixty() throws {
    for (value, flagged) in [("4", true), ("5", false), ("60", false), ("61", true), ("x", true)] {
      let found = try findings(
        credentials
          + "<JoinDomain>c.com</JoinDomain><TimeoutPeriodInMinutes>\(value)</TimeoutPeriodInMinutes>"
      )
      XCTAssertEqual(found.contains { $0.id == "DJ-TIMEOUT-RANGE" }, flagged, value)
    }
  }

  func testComputersContainerIsNotAnOU() throws {
    let found = try findings(
      credentials + "<JoinDomain>contoso.com</JoinDomain>\n"
        + "<MachineObjectOU>CN=Computers,DC=contoso,DC=com</MachineObjectOU>")
    let finding = try XCTUnwrap(found.first { $0.id == "DJ-OU-NOT-OU" })
    XCTAssertEqual(finding.severity, .error)
    XCTAssertEqual(finding.evidence?.line, 8)
    XCTAssertTrue(finding.message.contains("0x2"))
    XCTAssertFalse(finding.refs.isEmpty)
    XCTAssertNotNil(finding.fix)
  }

  func testOUThatIsNotADistinguishedName() throws {
    let found = try findings(
      credentials + "<JoinDomain>contoso.com</JoinDomain>"
        + "<MachineObjectOU>contoso.com/Servers</MachineObjectOU>")
    XCTAssertTrue(found.contains { $0.id == "DJ-OU-NOT-A-DN" })
  }

  func testEnvironmentHookDecidesExistenceAndKind() throws {
    let body =
      credentials + "<JoinDomain>contoso.com</JoinDomain>"
      + "<MachineObjectOU>OU=Servers,DC=contoso,DC=com</MachineObjectOU>"
    let missing = try findings(body) { _ in .missing }.map(\.id)
    XCTAssertTrue(missing.contains("DJ-OU-MISSING"))
    let container = try findings(body) { _ in .container }.map(\.id)
    XCTAssertTrue(container.contains("DJ-OU-NOT-OU"))
    let asked = try findings(body) { dn in dn == "OU=Servers,DC=contoso,DC=com" ? .organizationalUnit : nil }
    XCTAssertTrue(asked.map(\.id).contains("DJ-OU-VERIFIED"))
    let unknown = try findings(body) { _ in nil }.map(\.id)
    XCTAssertEqual(unknown, ["DJ-JOIN-PASSWORD-CLEAR"])
  }

  func testWrongPassAndMissingCredentials() throws {
    let ids = try findings("<JoinDomain>contoso.com</JoinDomain>", pass: "oobeSystem").map(\.id)
    XCTAssertTrue(ids.contains("DJ-WRONG-PASS"))
    XCTAssertTrue(ids.contains("DJ-NO-CREDENTIALS"))
  }

  func testMachinePasswordWithoutUnsecureJoin() throws {
    let ids = try findings(
      credentials + "<JoinDomain>c.com</JoinDomain><MachinePassword>m</MachinePassword>"
    ).map(\.id)
    XCTAssertTrue(ids.contains("DJ-MACHINEPASSWORD-WITHOUT-UNSECURE"))
  }

  func testPlaceholdersAreNotCheckedAsValues() throws {
    let found = try findings(
      "<Credentials><Domain>$Domain</Domain><Username>{{ user }}</Username>"
        + "<Password>$pw</Password></Credentials><JoinDomain>$Domain</JoinDomain>"
        + "<MachineObjectOU>%MachineObjectOU%</MachineObjectOU>")
    XCTAssertFalse(found.contains { $0.id.hasPrefix("DJ-OU") })
    XCTAssertTrue(found.contains { $0.id == "DJ-TEMPLATE-PLACEHOLDER" })
  }

  func testFindingsJSONHasTheContractKeys() throws {
    let file = try UnattendFile.parse(
      UnattendFixtures.join("<MachineObjectOU>CN=Computers,DC=a,DC=b</MachineObjectOU>"),
      file: "u.xml")
    let json = UnattendAnalysis(file: file).json
    guard case .array(let items)? = json["findings"] else { return XCTFail("no findings") }
    XCTAssertEqual(items.first?["id"], "DJ-OU-NOT-OU")
  }
}
