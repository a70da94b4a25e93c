import WindowsSecurity

/// The accounts SDProp protects ([MS-ADTS] 3.1.1.6.1.2; "Appendix C: Protected Accounts and
/// Groups"): transitive members of the protected groups, plus Administrator and krbtgt, plus
/// the direct members of Domain Controllers and Read-only Domain Controllers.
///
/// adminCount is a symptom, not the test: SDProp stamps it and never clears it.
public struct ProtectedAccounts: Sendable {
  /// Indexes of the protected objects in the view.
  public let members: Set<Int>
  /// For each protected object, the protected group (or rule) that makes it so.
  public let reasons: [Int: String]

  /// BUILTIN groups whose transitive members are protected: Administrators, Account, Server,
  /// Print and Backup Operators, Replicator.
  static let builtinRIDs: [UInt32] = [544, 548, 549, 550, 551, 552]
  /// Domain-relative: Domain Admins, Schema Admins, Enterprise Admins (transitive); Key Admins
  /// and Enterprise Key Admins are protected on 2016+ PDCs ([verify]; windows-itpro-docs#9202).
  static let domainGroupRIDs: [UInt32] = [512, 518, 519, 526, 527]
  /// Direct members only.
  static let nonRecursiveRIDs: [UInt32] = [516, 521]
  static let accountRIDs: [UInt32] = [500, 502]

  init(view: DirectoryView) {
    var members = Set<Int>()
    var reasons: [Int: String] = [:]
    var groups: [(Int, Bool)] = []
    for i in 0..<view.count {
      guard let sid = view.sid(of: i) else { continue }
      let rid = sid.rid ?? 0
      let builtin = sid.authority == 5 && sid.subAuthorities.first == 32 && sid.subAuthorities.count == 2
      let inDomain = view.domainSID.map { sid.isRelative(to: $0) } ?? false
      if builtin && Self.builtinRIDs.contains(rid) || inDomain && Self.domainGroupRIDs.contains(rid) {
        groups.append((i, true))
      } else if inDomain && Self.nonRecursiveRIDs.contains(rid) {
        groups.append((i, false))
      } else if inDomain && Self.accountRIDs.contains(rid) {
        members.insert(i)
        reasons[i] = rid == 500 ? "the domain's Administrator account" : "krbtgt"
      }
    }
    for (group, recursive) in groups {
      let name = view.name(group)?.rdns.first?.attributes.first?.value ?? view.object(group).dn
      members.insert(group)
      reasons[group] = reasons[group] ?? "a protected group"
      var queue = view.directMembers(of: group)
      var seen = Set(queue)
      while let next = queue.popLast() {
        if members.insert(next).inserted || reasons[next] == nil {
          reasons[next] = reasons[next] ?? "member of \(name)"
        }
        guard recursive else { continue }
        for m in view.directMembers(of: next) where seen.insert(m).inserted { queue.append(m) }
      }
    }
    self.members = members
    self.reasons = reasons
  }

  public func contains(_ index: Int) -> Bool { members.contains(index) }
}

extension DirectoryView {
  /// The loaded objects a group has as members.
  func directMembers(of group: Int) -> [Int] {
    (membersOf[Int32(group)] ?? []).map(Int.init)
  }

  /// The groups an object is a direct member of.
  func directGroups(of object: Int) -> [Int] { groupsOf[object].map(Int.init) }
}
