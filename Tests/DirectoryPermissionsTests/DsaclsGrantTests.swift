import WindowsSecurity
import XCTest

@testable import DirectoryPermissions

final class DsaclsGrantTests: XCTestCase {
  let sid = try! SecurityIdentifier(parsing: "S-1-5-21-1-2-3-1105")

  func aces(_ words: [String]) throws -> [String] {
    try DsaclsGrant.parse(words, schema: .base).map { $0.ace(for: sid).sddl() }
  }

  func failure(_ words: [String]) -> DsaclsError? {
    do {
      _ = try DsaclsGrant.parse(words, schema: .base)
      return nil
    } catch { return error }
  }

  /// The worked examples of permissions.md 1.3 (aadconnect-permission-sets.json).
  func testWorkedExamples() throws {
    XCTAssertEqual(
      try aces(["\"DOM\\acct\":WP;proxyAddresses;user", "/I:S"]),
      ["(OA;CIIO;WP;bf967a06-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)"])
    XCTAssertEqual(
      try aces(["/I:S", "/G", "DOM\\acct:CA;Reset Password;user", "DOM\\acct:CA;\"Change Password\";user"]),
      [
        "(OA;CIIO;CR;00299570-246d-11d0-a768-00aa006e0529;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)",
        "(OA;CIIO;CR;ab721a53-1e2f-11d0-9819-00aa0040529b;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)",
      ])
    XCTAssertEqual(
      try aces(["DOM\\acct:RPWP;;inetorgperson", "/I:S"]),
      ["(OA;CIIO;RPWP;;4828cc14-1437-45bc-9b07-ad6f015e5f28;S-1-5-21-1-2-3-1105)"])
    XCTAssertEqual(
      try aces(["DOM\\acct:CA;Replicating Directory Changes"]),
      ["(OA;;CR;1131f6aa-9c07-11d1-f79f-00c04fc2dcd2;;S-1-5-21-1-2-3-1105)"])
    // /I:T is CI; /I:P is CI|NP; /D denies; WS is SDDL SW; no GUID gives a plain ACE.
    XCTAssertEqual(try aces(["DOM\\acct:GRGWCCDCSDDT;;group", "/I:T"]).first?.hasPrefix("(OA;CI;"), true)
    XCTAssertEqual(try aces(["DOM\\acct:RP", "/I:P"]), ["(A;CINP;RP;;;S-1-5-21-1-2-3-1105)"])
    XCTAssertEqual(
      try aces(["/D", "DOM\\acct:WP;pwdLastSet"]),
      ["(OD;;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;;S-1-5-21-1-2-3-1105)"])
    XCTAssertEqual(
      try aces(["DOM\\acct:WS;Validated-SPN"]),
      ["(OA;;SW;f3a64788-5306-11d1-a9c5-0000f80367c1;;S-1-5-21-1-2-3-1105)"])
  }

  func testFormatsBack() throws {
    let grant = try XCTUnwrap(
      DsaclsGrant.parse(["\"CORP\\aad\":RPWP;mS-DS-ConsistencyGuid;user", "/I:S"], schema: .base).first)
    XCTAssertEqual(grant.statement, "CORP\\aad:RPWP;mS-DS-ConsistencyGuid;user")
    XCTAssertEqual(grant.switches, ["/G", "/I:S"])
    XCTAssertEqual(try DsaclsGrant.parse([grant.statement] + grant.switches.dropFirst(), schema: .base), [grant])
    if case .downLevel(let domain, let name) = grant.trustee.form {
      XCTAssertEqual(domain, "CORP")
      XCTAssertEqual(name, "aad")
    } else {
      XCTFail("\(grant.trustee.form)")
    }
    XCTAssertEqual(TrusteeName("aad@corp.contoso.com").accountName, "aad")
    if case .sid = TrusteeName("S-1-5-21-1-2-3-500").form {} else { XCTFail("SID trustee") }
  }

  func testWarnings() throws {
    let noInherit = try DsaclsGrant.parse(["x:RPWP;;user"], schema: .base)
    XCTAssertTrue(noInherit[0].warnings.first?.contains("/I:S") ?? false)
    XCTAssertEqual(try DsaclsGrant.parse(["x:RPWP;;user", "/I:S"], schema: .base)[0].warnings, [])
  }

  func testBadStatementsAreLocated() {
    XCTAssertEqual(failure(["DOM\\acct WP;pwdLastSet"])?.column, 23)
    XCTAssertEqual(failure([":WP"])?.column, 1)
    let cr = failure(["DOM\\acct:CR;Reset Password;user"])
    XCTAssertEqual(cr?.column, 10)
    XCTAssertTrue(cr?.message.contains("CA") ?? false)
    XCTAssertEqual(failure(["DOM\\acct:W"])?.column, 10)
    let typo = failure(["DOM\\acct:WP;msExchDelegateLinkList;user"])
    XCTAssertEqual(typo?.column, 13)
    XCTAssertTrue(typo?.message.contains("msExchDelegateListLink") ?? false)
    XCTAssertEqual(failure(["DOM\\acct:WP;pwdLastSet;usr"])?.column, 24)
    XCTAssertEqual(failure(["DOM\\acct:WP;a;b;c"])?.column, 16)
    XCTAssertEqual(failure(["x:WP", "/I:Q"])?.column, 4)
    XCTAssertNotNil(failure(["x:WP", "/N"]))
    XCTAssertNotNil(failure(["/I:S"]))
    // An Exchange attribute the base schema has no GUID for: said, not invented.
    XCTAssertTrue(failure(["x:WP;msExchUserHoldPolicies;user"])?.message.contains("schema export") ?? false)
  }

  /// Every feature's grant statements resolve to ACEs, except the Exchange attributes whose
  /// GUID must come from the forest's schema.
  func testEveryPermissionSetResolves() throws {
    let pending = ["msExchArchiveStatus", "msExchUCVoiceMailSettings", "msExchUserHoldPolicies"]
    for feature in PermissionFeature.catalog {
      for form in feature.grants {
        for statement in form.statements {
          let words = ["acct:\(statement.permissions)"] + (statement.inheritance.map { ["/I:\($0.rawValue)"] } ?? [])
          if pending.contains(where: statement.permissions.contains) {
            XCTAssertNotNil(failure(words), statement.permissions)
          } else {
            XCTAssertNoThrow(try DsaclsGrant.parse(words, schema: .base), "\(feature.id): \(statement.permissions)")
          }
        }
      }
    }
    // The module's password writeback set is exactly the reference data's ACEs.
    let module = PermissionFeature.named("password-writeback")!.grants[1]
    let made = try module.statements.flatMap {
      try aces(["acct:\($0.permissions)", "/I:\($0.inheritance!.rawValue)"])
    }
    XCTAssertEqual(
      made,
      [
        "(OA;CIIO;CR;00299570-246d-11d0-a768-00aa006e0529;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)",
        "(OA;CIIO;WP;28630ebf-41d5-11d1-a9c1-0000f80367c1;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)",
        "(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)",
      ])
  }
}
