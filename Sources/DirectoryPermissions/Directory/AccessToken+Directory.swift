import WindowsSecurity

extension DirectoryView {
  /// The token an LDAP bind of the account at `index` gets: its SID, its primary group
  /// (domain SID + primaryGroupID, 513 Domain Users when absent; 515 for computers), its
  /// groups transitively (memberOf and member, both directions), foreign-principal members
  /// such as Authenticated Users in Pre-Windows 2000 Compatible Access, and the well-known
  /// logon SIDs ([MS-ADTS] 5.1.3.1; permissions.md 3.5).
  public func token(for index: Int) -> AccessToken? {
    guard let user = sid(of: index) else { return nil }
    var token = AccessToken(user: user)
    token.addLogonSIDs()
    let isComputer = structuralClass(of: index)?.name == "computer"
    let rid = object(index).attribute("primaryGroupID").flatMap(UInt32.init) ?? (isComputer ? 515 : 513)
    if let domainSID {
      let primary = domainSID.appending(rid: rid)
      token.add(primary, because: "primary group (primaryGroupID \(rid))")
    }
    // Transitive groups; the primary group's own memberships count too.
    var queue: [(Int, String)] = directGroups(of: index).map { ($0, "member of") }
    if let domainSID, let primary = self.index(of: domainSID.appending(rid: rid)) {
      queue.append((primary, "primary group"))
    }
    var seen = Set<Int>()
    while let (group, how) = queue.popLast() {
      guard seen.insert(group).inserted else { continue }
      let name = self.name(group)?.description ?? object(group).dn
      if let sid = sid(of: group) {
        token.add(sid, because: how == "primary group" ? "primary group \(name)" : "\(how) \(name)")
      }
      for next in directGroups(of: group) { queue.append((next, "member of \(name), which is in")) }
    }
    // Groups whose members include a SID already in the token (FSPs, well-known SIDs).
    var changed = true
    while changed {
      changed = false
      for (group, sid) in foreignMembers where token.contains(sid) {
        guard let gsid = self.sid(of: Int(group)), !token.contains(gsid) else { continue }
        token.add(gsid, because: "\(sid) is a member of \(object(Int(group)).dn)")
        changed = true
      }
    }
    return token
  }

  /// Resolves a dsacls-style trustee to an object: a SID, `DOMAIN\name` (the domain must be
  /// the loaded one), `name@domain`, or a bare account name. Nil when it is not loaded.
  public func resolve(_ trustee: TrusteeName) -> Int? {
    switch trustee.form {
    case .sid(let sid): return index(of: sid)
    case .downLevel(let domainName, let name):
      let known = [domain.netbiosName, domain.dnsName, domain.dnsName.split(separator: ".").first.map(String.init)]
        .compactMap { $0?.lowercased() }
      guard known.contains(domainName.lowercased()) else { return nil }
      return byAccountName[name.lowercased()].map(Int.init)
    case .userPrincipal(let name, _):
      if let i = byAccountName[name.lowercased()] { return Int(i) }
      let upn = trustee.text.lowercased()
      return domain.objects.firstIndex { $0.attribute("userPrincipalName")?.lowercased() == upn }
    case .bare(let name):
      if let i = byAccountName[name.lowercased()] { return Int(i) }
      return domain.objects.firstIndex {
        ($0.attribute("cn") ?? "").lowercased() == name.lowercased()
      }
    }
  }
}
