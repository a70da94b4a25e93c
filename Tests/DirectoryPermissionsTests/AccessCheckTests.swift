import EnvironmentFiles
import EnvironmentModel
import WindowsSecurity
import XCTest

@testable import DirectoryPermissions

final class AccessCheckTests: XCTestCase {
  static let domainSID = "S-1-5-21-1-2-3"
  static let classes: [String: [String]] = [
    "user": ["top", "person", "organizationalPerson", "user"],
    "inetOrgPerson": ["top", "person", "organizationalPerson", "user", "inetOrgPerson"],
    "computer": ["top", "person", "organizationalPerson", "user", "computer"],
  ]

  /// DC=x (root) / OU=o / CN=t, the target; a protected target is a Domain Admin.
  func domain(_ s: AccessScenario) -> Domain {
    var d = Domain(dnsName: "x")
    d.sid = Self.domainSID
    var root = DirectoryObject(dn: "DC=x", objectClasses: ["top", "domain", "domainDNS"])
    root.securityDescriptor = .sddl("O:DAG:DAD:" + (s.rootACE ?? ""))
    var ou = DirectoryObject(dn: "OU=o,DC=x", objectClasses: ["top", "organizationalUnit"])
    ou.securityDescriptor = .sddl("O:DAG:DAD:")
    var target = DirectoryObject(dn: "CN=t,OU=o,DC=x", objectClasses: Self.classes[s.targetClass]!)
    target.sid = Self.domainSID + "-2000"
    target.securityDescriptor = .sddl("O:DAG:DA" + (s.targetDACL ?? "D:"))
    d.objects = [root, ou, target]
    if s.protectedTarget {
      target.adminCount = 1
      target.memberOf = ["CN=Domain Admins,CN=Users,DC=x"]
      target.securityDescriptor = .sddl("O:DAG:DAD:PAI(A;;GA;;;DA)")
      d.objects[2] = target
      var admins = DirectoryObject(dn: "CN=Domain Admins,CN=Users,DC=x", objectClasses: ["top", "group"])
      admins.sid = Self.domainSID + "-512"
      var users = DirectoryObject(dn: "CN=Users,DC=x", objectClasses: ["top", "container"])
      users.securityDescriptor = .sddl("O:DAG:DAD:")
      var holder = DirectoryObject(dn: "CN=AdminSDHolder,CN=System,DC=x", objectClasses: ["top", "container"])
      holder.securityDescriptor = .sddl("O:DAG:DAD:PAI(A;;GA;;;DA)(A;;RPLCLORC;;;AU)")
      var system = DirectoryObject(dn: "CN=System,DC=x", objectClasses: ["top", "container"])
      system.securityDescriptor = .sddl("O:DAG:DAD:")
      d.objects += [users, admins, system, holder]
    }
    return d
  }

  func testScenarios() throws {
    XCTAssertEqual(AccessScenarios.all.count, 16)
    for s in AccessScenarios.all {
      let view = DirectoryView(domain: domain(s))
      XCTAssertEqual(view.problems, [], s.id)
      let effective = EffectiveDescriptors(view: view)
      var token = AccessToken(user: try SecurityIdentifier(parsing: s.token[0]))
      for sid in s.token.dropFirst() { token.add(try SecurityIdentifier(parsing: sid), because: "test") }
      let access = DirectoryAccess(effective: effective, account: -1, token: token)
      let request = try AccessRequest.parse(rights: s.rights, name: s.name, schema: .base)
      let answer = access.explain(request, on: 2)
      XCTAssertEqual(answer.decision.granted, s.granted, "\(s.id): \(answer.decision)")
      if let index = s.decidingIndex {
        XCTAssertEqual(answer.decision.decider, .ace(index), s.id)
      }
      if !s.granted && s.decidingIndex == nil {
        XCTAssertEqual(answer.decision.decider, .noGrant, s.id)
      }
    }
  }

  func testInheritedACEsAsTheScenariosExpect() throws {
    // inherit-user-match: the OU holds CIIOID, the user CIID; inetOrgPerson gets CIIOID.
    for (cls, expected) in [("user", "(OA;CIID;WP;"), ("inetOrgPerson", "(OA;CIIOID;WP;")] {
      let s = AccessScenarios.all.first { $0.id == "inherit-user-match" }!
      var scenario = s
      scenario.targetClass = cls
      let view = DirectoryView(domain: domain(scenario))
      let effective = EffectiveDescriptors(view: view)
      let context = SIDContext(domain: view.domainSID)
      let ou = effective.entries(of: 1).map { $0.ace.sddl(in: context) }
      XCTAssertTrue(ou.contains { $0.hasPrefix("(OA;CIIOID;WP;bf967a0a") }, "\(ou)")
      let target = effective.entries(of: 2).map { $0.ace.sddl(in: context) }
      XCTAssertTrue(target.contains { $0.hasPrefix(expected) }, "\(cls): \(target)")
      XCTAssertEqual(effective.entries(of: 2).first?.generation, 2)
      XCTAssertEqual(effective.source(of: 2, generation: 2), 0)
    }
  }

  func testCausesAndFixes() throws {
    // Wrong class: the user-scoped grant reaches an inetOrgPerson inert.
    var s = AccessScenarios.all.first { $0.id == "inherit-inetorgperson-nomatch" }!
    var answer = try explain(s)
    XCTAssertEqual(answer.cause, .wrongClass(grantClass: "user", source: 0))
    XCTAssertEqual(answer.fix?.switches, ["/G", "/I:S"])
    XCTAssertTrue(answer.fix?.statement?.hasSuffix(";pwdLastSet;inetOrgPerson") ?? false)
    XCTAssertEqual(
      answer.fix?.ace,
      "(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;4828cc14-1437-45bc-9b07-ad6f015e5f28;"
        + "S-1-5-21-1-2-3-1105)")
    // Protected: the fix is on AdminSDHolder, this object only.
    s = AccessScenarios.all.first { $0.id == "protected-admin" }!
    answer = try explain(s)
    guard case .protectedObject = answer.cause else { return XCTFail("\(String(describing: answer.cause))") }
    XCTAssertEqual(answer.fix?.target, 6)
    XCTAssertEqual(answer.fix?.ace, "(OA;;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;;S-1-5-21-1-2-3-1105)")
    XCTAssertTrue(answer.sdprop)
    // Explicit deny.
    s = AccessScenarios.all.first { $0.id == "explicit-deny-beats-inherited-allow" }!
    answer = try explain(s)
    XCTAssertEqual(answer.cause, .explicitDeny(source: 2))
  }

  func explain(_ s: AccessScenario) throws -> AccessExplanation {
    let view = DirectoryView(domain: domain(s))
    let effective = EffectiveDescriptors(view: view)
    var token = AccessToken(user: try SecurityIdentifier(parsing: s.token[0]))
    for sid in s.token.dropFirst() { token.add(try SecurityIdentifier(parsing: sid), because: "test") }
    let access = DirectoryAccess(effective: effective, account: -1, token: token)
    return access.explain(try AccessRequest.parse(rights: s.rights, name: s.name, schema: .base), on: 2)
  }

  func testOwnerImplicitRightsAndNullDACL() throws {
    let owner = try SecurityIdentifier(parsing: "S-1-5-21-1-2-3-2000")
    var token = AccessToken(user: owner)
    token.addLogonSIDs()
    let sd = try SecurityDescriptor(sddl: "O:S-1-5-21-1-2-3-2000D:(D;;WD;;;WD)")
    let target = AccessCheck.Target(classGUID: nil, objectSID: nil, owner: owner)
    // The owner's READ_CONTROL|WRITE_DAC are granted before the walk: a deny cannot take them.
    let decision = AccessCheck.evaluate(
      AccessRequest(.writeDACL), dacl: sd.dacl!.entries, target: target, token: token)
    XCTAssertTrue(decision.granted)
    XCTAssertEqual(decision.decider, .ownerImplicit)
    // OWNER RIGHTS in the DACL replaces them.
    let limited = try SecurityDescriptor(sddl: "O:S-1-5-21-1-2-3-2000D:(A;;RC;;;OW)")
    XCTAssertFalse(
      AccessCheck.evaluate(
        AccessRequest(.writeDACL), dacl: limited.dacl!.entries, target: target, token: token
      ).granted)
    XCTAssertEqual(
      AccessCheck.evaluate(AccessRequest(.writeProperty), dacl: nil, target: target, token: token)
        .decider, .nullDACL)
    // PRINCIPAL_SELF stands for the target's own SID.
    let selfSD = try SecurityDescriptor(sddl: "D:(OA;;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;;PS)")
    let selfTarget = AccessCheck.Target(classGUID: nil, objectSID: owner, owner: nil)
    let pwd = try AccessRequest.parse(rights: "WP", name: "pwdLastSet", schema: .base)
    XCTAssertTrue(
      AccessCheck.evaluate(pwd, dacl: selfSD.dacl!.entries, target: selfTarget, token: token).granted)
  }
}

extension AccessCheckTests {
  /// A subtree export: the top object's parent is not loaded, so the inherited (ID) ACEs the
  /// DC stored in its DACL are kept, and its children inherit from them.
  func testSubtreeExportKeepsStoredInheritedACEs() throws {
    var d = Domain(dnsName: "x")
    d.sid = Self.domainSID
    var ou = DirectoryObject(dn: "OU=o,DC=x", objectClasses: ["top", "organizationalUnit"])
    ou.securityDescriptor = .sddl(
      "O:DAG:DAD:AI(OA;CIIOID;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)")
    var user = DirectoryObject(dn: "CN=t,OU=o,DC=x", objectClasses: Self.classes["user"]!)
    user.securityDescriptor = .sddl("O:DAG:DAD:")
    d.objects = [ou, user]
    let effective = EffectiveDescriptors(view: DirectoryView(domain: d))
    XCTAssertEqual(effective.entries(of: 0).first?.generation, -1)
    let token = AccessToken(user: try SecurityIdentifier(parsing: "S-1-5-21-1-2-3-1105"))
    let access = DirectoryAccess(effective: effective, account: -1, token: token)
    let pwd = try AccessRequest.parse(rights: "WP", name: "pwdLastSet", schema: .base)
    let answer = access.explain(pwd, on: 1)
    XCTAssertTrue(answer.decision.granted)
    XCTAssertNil(answer.decidingSource)  // its origin is above the export
  }
}
