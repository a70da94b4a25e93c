import Environments
import WindowsSecurity
import XCTest

@testable import DirectoryPermissions

final class PermissionAuditTests: XCTestCase {
  func demoAccess() throws -> DirectoryAccess {
    let domain = try XCTUnwrap(DemoEnvironment.load().environment.domain)
    let view = DirectoryView(domain: domain)
    XCTAssertEqual(view.problems, [])
    let account = try XCTUnwrap(view.resolve(TrusteeName("CORP\\AAD_4f2a")))
    return try XCTUnwrap(DirectoryAccess(effective: EffectiveDescriptors(view: view), account: account))
  }

  func testDemoShowsEveryCause() throws {
    let access = try demoAccess()
    let features = ["basic-read", "password-hash-sync", "password-writeback", "group-writeback"]
      .compactMap(PermissionFeature.named)
    let report = PermissionAudit.run(access, features: features)
    let ids = Set(report.failures.map(\.cause.findingID))
    XCTAssertEqual(
      ids,
      [
        "PERM-PROTECTED-OBJECT", "PERM-WRONG-CLASS", "PERM-EXPLICIT-DENY",
        "PERM-INHERITANCE-BLOCKED", "PERM-MISSING-DESCRIPTOR", "PERM-MISSING-GRANT",
      ])
    XCTAssertEqual(report.nonCanonical.map { access.view.object($0).dn }, ["OU=Groups,DC=corp,DC=contoso,DC=com"])
    // One finding per object and missing right, plus the non-canonical ACL.
    XCTAssertEqual(report.findings(view: access.view).count, report.failures.count + 1)
  }

  func testTokenFollowsNestedGroupsAndPrimaryGroup() throws {
    let access = try demoAccess()
    let view = access.view
    let ian = try XCTUnwrap(view.resolve(TrusteeName("ian.org")))
    let token = try XCTUnwrap(view.token(for: ian))
    let domain = try XCTUnwrap(view.domainSID)
    XCTAssertTrue(token.contains(domain.appending(rid: 513)))  // primary group
    XCTAssertTrue(token.contains(domain.appending(rid: 1110)))  // Lab Users
    XCTAssertTrue(token.contains(try SecurityIdentifier(parsing: "S-1-5-11")))
    XCTAssertFalse(token.contains(domain.appending(rid: 512)))
    XCTAssertEqual(token.reasons[domain.appending(rid: 1110)], "member of CN=Lab Users,OU=Groups,DC=corp,DC=contoso,DC=com")
  }

  func testSDPropSimulationAndGrantWhatIf() throws {
    let access = try demoAccess()
    let view = access.view
    let ann = try XCTUnwrap(view.index(ofDN: "CN=Ann Admin,OU=Staff,DC=corp,DC=contoso,DC=com"))
    XCTAssertTrue(access.effective.protected.contains(ann))
    XCTAssertTrue(access.effective.replacedBySDProp.contains(ann))
    // After SDProp the DACL is AdminSDHolder's: protected, nothing inherited.
    XCTAssertFalse(access.effective.entries(of: ann).contains { $0.ace.isInherited })
    // Granting on AdminSDHolder for this object only fixes Ann; the same grant scoped to
    // descendant users (-IncludeAdminSdHolders) does not.
    let pwd = try AccessRequest.parse(rights: "WP", name: "pwdLastSet", schema: .base)
    for (statement, inheritance, fixed) in [
      ("WP;pwdLastSet", nil as DsaclsInheritance?, true), ("WP;pwdLastSet;user", .subobjectsOnly, false),
    ] {
      var domain = view.domain
      let holder = try XCTUnwrap(view.adminSDHolder)
      var sd = try XCTUnwrap(view.descriptor(of: holder))
      let grant = try DsaclsGrant.parse(
        ["x:\(statement)"] + (inheritance.map { ["/I:\($0.rawValue)"] } ?? []), schema: .base)[0]
      sd.dacl?.entries.insert(grant.ace(for: access.token.user), at: 0)
      domain.objects[holder].securityDescriptor = .sddl(sd.sddl(in: SIDContext(domain: view.domainSID)))
      let changed = DirectoryView(domain: domain)
      let again = try XCTUnwrap(
        DirectoryAccess(effective: EffectiveDescriptors(view: changed), account: access.account))
      XCTAssertEqual(again.explain(pwd, on: ann).decision.granted, fixed, statement)
    }
  }

  func testGrantPlanIsIdempotent() throws {
    let access = try demoAccess()
    let view = access.view
    let feature = try XCTUnwrap(PermissionFeature.named("password-writeback"))
    let plan = try GrantPlan(feature: feature, account: access.account, scope: view.domainRoot!, view: view)
    XCTAssertEqual(plan.steps.filter(\.present).count, 3)
    let applied = DirectoryView(domain: plan.applied(to: view.domain, view: view))
    let again = try GrantPlan(feature: feature, account: access.account, scope: applied.domainRoot!, view: applied)
    XCTAssertTrue(again.steps.allSatisfy(\.present))
    let after = try XCTUnwrap(DirectoryAccess(effective: EffectiveDescriptors(view: applied), account: access.account))
    let report = PermissionAudit.run(after, features: [feature])
    XCTAssertEqual(
      Set(report.failures.map(\.cause.findingID)),
      ["PERM-PROTECTED-OBJECT", "PERM-EXPLICIT-DENY", "PERM-INHERITANCE-BLOCKED"])
  }
}
