import EnvironmentFiles
import EnvironmentModel
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

extension PermissionAuditTests {
  /// adminCount=1 without protected membership: SDProp left inheritance off and is gone.
  func testOrphanedAdminCountAndMissingDescriptor() throws {
    var domain = try XCTUnwrap(DemoEnvironment.load().environment.domain)
    let bob = try XCTUnwrap(domain.objects.firstIndex { $0.dn.hasPrefix("CN=Bob User") })
    domain.objects[bob].adminCount = 1
    domain.objects[bob].securityDescriptor = .sddl("O:DAG:DAD:PAI(A;;RPLCLORC;;;AU)")
    let ian = try XCTUnwrap(domain.objects.firstIndex { $0.dn.hasPrefix("CN=Ian Org") })
    domain.objects[ian].securityDescriptor = nil
    let view = DirectoryView(domain: domain)
    let account = try XCTUnwrap(view.resolve(TrusteeName("CORP\\AAD_4f2a")))
    let access = try XCTUnwrap(DirectoryAccess(effective: EffectiveDescriptors(view: view), account: account))
    let reset = try AccessRequest.parse(rights: "CR", name: "Reset Password", schema: .base)
    let orphan = access.explain(reset, on: bob)
    XCTAssertFalse(orphan.decision.granted)
    XCTAssertEqual(orphan.cause, .orphanedAdminCount)
    XCTAssertFalse(orphan.sdprop)
    let missing = access.explain(reset, on: ian)
    XCTAssertEqual(missing.cause, .missingDescriptor(at: ian))
    let note = try XCTUnwrap(missing.fix?.note)
    XCTAssertTrue(note.contains("1.2.840.113556.1.4.801=::MAMCAQc="), note)
    XCTAssertTrue(note.contains("ldifde -f export.ldf -d \"CN=Ian Org"), note)
    XCTAssertNil(missing.fix?.target)
  }

  /// A member of a protected group through a nested group is protected too; a direct member
  /// of Domain Controllers is, a nested one is not ([MS-ADTS] 3.1.1.6.1.2).
  func testProtectedSetFollowsNesting() throws {
    var d = Domain(dnsName: "x.test")
    d.sid = "S-1-5-21-9-9-9"
    func object(_ dn: String, _ classes: [String], rid: Int, memberOf: [String] = []) -> DirectoryObject {
      var o = DirectoryObject(dn: dn, objectClasses: classes)
      o.sid = "S-1-5-21-9-9-9-\(rid)"
      o.memberOf = memberOf
      return o
    }
    d.objects = [
      object("CN=Domain Admins,DC=x,DC=test", ["top", "group"], rid: 512),
      object("CN=Tier0,DC=x,DC=test", ["top", "group"], rid: 1200, memberOf: ["CN=Domain Admins,DC=x,DC=test"]),
      object("CN=Eve,DC=x,DC=test", ["top", "user"], rid: 1201, memberOf: ["CN=Tier0,DC=x,DC=test"]),
      object("CN=Domain Controllers,DC=x,DC=test", ["top", "group"], rid: 516),
      object("CN=DCGroup,DC=x,DC=test", ["top", "group"], rid: 1300, memberOf: ["CN=Domain Controllers,DC=x,DC=test"]),
      object("CN=Far,DC=x,DC=test", ["top", "user"], rid: 1301, memberOf: ["CN=DCGroup,DC=x,DC=test"]),
      object("CN=Administrator,DC=x,DC=test", ["top", "user"], rid: 500),
    ]
    let protected = ProtectedAccounts(view: DirectoryView(domain: d))
    XCTAssertEqual(protected.members, [0, 1, 2, 3, 4, 6])
    XCTAssertEqual(protected.reasons[2], "member of Domain Admins")
  }
}
