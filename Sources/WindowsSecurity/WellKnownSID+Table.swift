/// Every SDDL SID alias Windows knows, in the order Windows and Samba search them, and the
/// names of other well-known SIDs. Sources: [MS-DTYP] 2.4.2.4 (well-known SIDs) and 2.5.1.1
/// (SDDL sid-token), the Microsoft "SID Strings" page (learn.microsoft.com/windows/win32/secauthz/
/// sid-strings), Samba libcli/security/sddl.c `sid_codes`.
extension WellKnownSID {
  private static func nt(_ subs: UInt32...) -> Scope {
    .fixed(SecurityIdentifier(authority: 5, subAuthorities: subs))
  }
  private static func fixed(_ authority: UInt64, _ subs: UInt32...) -> Scope {
    .fixed(SecurityIdentifier(authority: authority, subAuthorities: subs))
  }

  /// The aliased entries first (search order matters when formatting), then unaliased names.
  public static let table: [WellKnownSID] = [
    WellKnownSID("WD", fixed(1, 0), "Everyone"),
    WellKnownSID("CO", fixed(3, 0), "CREATOR OWNER"),
    WellKnownSID("CG", fixed(3, 1), "CREATOR GROUP"),
    WellKnownSID("OW", fixed(3, 4), "OWNER RIGHTS"),
    WellKnownSID("NU", nt(2), "NETWORK"),
    WellKnownSID("IU", nt(4), "INTERACTIVE"),
    WellKnownSID("SU", nt(6), "SERVICE"),
    WellKnownSID("AN", nt(7), "ANONYMOUS LOGON"),
    WellKnownSID("ED", nt(9), "ENTERPRISE DOMAIN CONTROLLERS"),
    WellKnownSID("PS", nt(10), "SELF (PRINCIPAL_SELF)"),
    WellKnownSID("AU", nt(11), "Authenticated Users"),
    WellKnownSID("RC", nt(12), "RESTRICTED"),
    WellKnownSID("SY", nt(18), "SYSTEM"),
    WellKnownSID("LS", nt(19), "LOCAL SERVICE"),
    WellKnownSID("NS", nt(20), "NETWORK SERVICE"),
    WellKnownSID("WR", nt(33), "WRITE RESTRICTED"),
    WellKnownSID("BA", nt(32, 544), "BUILTIN\\Administrators"),
    WellKnownSID("BU", nt(32, 545), "BUILTIN\\Users"),
    WellKnownSID("BG", nt(32, 546), "BUILTIN\\Guests"),
    WellKnownSID("PU", nt(32, 547), "BUILTIN\\Power Users"),
    WellKnownSID("AO", nt(32, 548), "BUILTIN\\Account Operators"),
    WellKnownSID("SO", nt(32, 549), "BUILTIN\\Server Operators"),
    WellKnownSID("PO", nt(32, 550), "BUILTIN\\Print Operators"),
    WellKnownSID("BO", nt(32, 551), "BUILTIN\\Backup Operators"),
    WellKnownSID("RE", nt(32, 552), "BUILTIN\\Replicator"),
    WellKnownSID("RU", nt(32, 554), "BUILTIN\\Pre-Windows 2000 Compatible Access"),
    WellKnownSID("RD", nt(32, 555), "BUILTIN\\Remote Desktop Users"),
    WellKnownSID("NO", nt(32, 556), "BUILTIN\\Network Configuration Operators"),
    WellKnownSID("MU", nt(32, 558), "BUILTIN\\Performance Monitor Users"),
    WellKnownSID("LU", nt(32, 559), "BUILTIN\\Performance Log Users"),
    WellKnownSID("IS", nt(32, 568), "BUILTIN\\IIS_IUSRS"),
    WellKnownSID("CY", nt(32, 569), "BUILTIN\\Cryptographic Operators"),
    WellKnownSID("ER", nt(32, 573), "BUILTIN\\Event Log Readers"),
    WellKnownSID("CD", nt(32, 574), "BUILTIN\\Certificate Service DCOM Access"),
    WellKnownSID("RA", nt(32, 575), "BUILTIN\\RDS Remote Access Servers"),
    WellKnownSID("ES", nt(32, 576), "BUILTIN\\RDS Endpoint Servers"),
    WellKnownSID("MS", nt(32, 577), "BUILTIN\\RDS Management Servers"),
    WellKnownSID("HA", nt(32, 578), "BUILTIN\\Hyper-V Administrators"),
    WellKnownSID("AA", nt(32, 579), "BUILTIN\\Access Control Assistance Operators"),
    WellKnownSID("RM", nt(32, 580), "BUILTIN\\Remote Management Users"),
    WellKnownSID("UD", nt(84, 0, 0, 0, 0, 0), "USER MODE DRIVERS"),
    WellKnownSID("AC", fixed(15, 2, 1), "ALL APPLICATION PACKAGES"),
    WellKnownSID("LW", fixed(16, 4096), "Low Mandatory Level"),
    WellKnownSID("ME", fixed(16, 8192), "Medium Mandatory Level"),
    WellKnownSID("MP", fixed(16, 8448), "Medium Plus Mandatory Level"),
    WellKnownSID("HI", fixed(16, 12288), "High Mandatory Level"),
    WellKnownSID("SI", fixed(16, 16384), "System Mandatory Level"),
    WellKnownSID("AS", fixed(18, 1), "Authentication authority asserted identity"),
    WellKnownSID("SS", fixed(18, 2), "Service asserted identity"),
    WellKnownSID("RO", .forestRoot(rid: 498), "Enterprise Read-only Domain Controllers"),
    WellKnownSID("LA", .machine(rid: 500), "Administrator"),
    WellKnownSID("LG", .machine(rid: 501), "Guest"),
    WellKnownSID("DA", .domain(rid: 512), "Domain Admins"),
    WellKnownSID("DU", .domain(rid: 513), "Domain Users"),
    WellKnownSID("DG", .domain(rid: 514), "Domain Guests"),
    WellKnownSID("DC", .domain(rid: 515), "Domain Computers"),
    WellKnownSID("DD", .domain(rid: 516), "Domain Controllers"),
    WellKnownSID("CA", .domain(rid: 517), "Cert Publishers"),
    WellKnownSID("SA", .forestRoot(rid: 518), "Schema Admins"),
    WellKnownSID("EA", .forestRoot(rid: 519), "Enterprise Admins"),
    WellKnownSID("PA", .domain(rid: 520), "Group Policy Creator Owners"),
    WellKnownSID("CN", .domain(rid: 522), "Cloneable Domain Controllers"),
    WellKnownSID("AP", .domain(rid: 525), "Protected Users"),
    WellKnownSID("KA", .domain(rid: 526), "Key Admins"),
    WellKnownSID("EK", .forestRoot(rid: 527), "Enterprise Key Admins"),
    WellKnownSID("RS", .domain(rid: 553), "RAS and IAS Servers"),
    // Well-known SIDs without an SDDL alias ([MS-DTYP] 2.4.2.4), named in words only.
    WellKnownSID(nil, fixed(0, 0), "NULL SID (Nobody)"),
    WellKnownSID(nil, fixed(2, 0), "LOCAL"),
    WellKnownSID(nil, nt(1), "DIALUP"),
    WellKnownSID(nil, nt(3), "BATCH"),
    WellKnownSID(nil, nt(13), "TERMINAL SERVER USER"),
    WellKnownSID(nil, nt(14), "REMOTE INTERACTIVE LOGON"),
    WellKnownSID(nil, nt(15), "This Organization"),
    WellKnownSID(nil, nt(17), "IUSR"),
    WellKnownSID(nil, nt(1000), "Other Organization"),
    WellKnownSID(nil, nt(64, 10), "NTLM Authentication"),
    WellKnownSID(nil, nt(32, 557), "BUILTIN\\Incoming Forest Trust Builders"),
    WellKnownSID(nil, nt(32, 560), "BUILTIN\\Windows Authorization Access Group"),
    WellKnownSID(nil, nt(32, 561), "BUILTIN\\Terminal Server License Servers"),
    WellKnownSID(nil, nt(32, 562), "BUILTIN\\Distributed COM Users"),
    WellKnownSID(nil, .domain(rid: 502), "krbtgt"),
    WellKnownSID(nil, .domain(rid: 521), "Read-only Domain Controllers"),
    WellKnownSID(nil, .domain(rid: 571), "Allowed RODC Password Replication Group"),
    WellKnownSID(nil, .domain(rid: 572), "Denied RODC Password Replication Group"),
  ]

  /// Table index by alias slot (SDDLTokens.slot), -1 for none: the SDDL parser's lookup.
  static let aliasSlots: [Int16] = {
    var slots = [Int16](repeating: -1, count: 27 * 27)
    for (index, entry) in table.enumerated() {
      guard let alias = entry.alias else { continue }
      let u = Array(alias.utf8)
      slots[SDDLTokens.slot(u[0], u[1])!] = Int16(index)
    }
    return slots
  }()

  /// Fixed entries in a 256-slot open-addressed table over `fixedKey` (-1: empty), checked for
  /// equality on a hit: the formatter asks for every trustee, and a Dictionary's hashing cost
  /// more than the rest of writing the SID.
  static let fixedSlots: [(key: UInt64, index: Int)] = {
    var slots = [(key: UInt64, index: Int)](repeating: (0, -1), count: 256)
    for (index, entry) in table.enumerated() {
      guard case .fixed(let sid) = entry.scope else { continue }
      let key = fixedKey(sid)
      var slot = Int(key >> 56)
      while slots[slot].index >= 0 {
        if slots[slot].key == key { break }
        slot = (slot + 1) & 0xFF
      }
      if slots[slot].index < 0 { slots[slot] = (key, index) }
    }
    return slots
  }()

  static func fixedIndex(_ sid: SecurityIdentifier) -> Int? {
    let key = fixedKey(sid)
    var slot = Int(key >> 56)
    while true {
      let candidate = fixedSlots[slot]
      if candidate.index < 0 { return nil }
      if candidate.key == key, case .fixed(let fixed) = table[candidate.index].scope, fixed == sid {
        return candidate.index
      }
      slot = (slot + 1) & 0xFF
    }
  }

  @inline(__always)
  static func fixedKey(_ sid: SecurityIdentifier) -> UInt64 {
    var key = sid.authority &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(sid.subAuthorities.count)
    for sub in sid.subAuthorities { key = (key ^ UInt64(sub)) &* 0x1000_0000_01B3 }
    return key
  }

  /// Relative entries (table index, RID) in table order, for SIDs inside a known domain.
  static let relativeEntries: [(index: Int, rid: UInt32)] = table.enumerated().compactMap {
    index, entry in
    switch entry.scope {
    case .fixed: nil
    case .domain(let rid), .forestRoot(let rid), .machine(let rid): (index, rid)
    }
  }

  /// The entry for an alias such as `DA` (case-insensitive, as Windows reads them).
  public static func entry(alias: String) -> WellKnownSID? {
    let u = Array(alias.utf8)
    guard u.count == 2, let slot = SDDLTokens.slot(u[0], u[1]), aliasSlots[slot] >= 0 else { return nil }
    return table[Int(aliasSlots[slot])]
  }

  /// The entry `sid` is in `context`: a fixed SID, or a relative one in the context's domains.
  public static func entry(for sid: SecurityIdentifier, in context: SIDContext) -> WellKnownSID? {
    index(for: sid, in: context).map { table[$0] }
  }

  /// The table index of `entry(for:in:)`, without copying the entry.
  static func index(for sid: SecurityIdentifier, in context: SIDContext) -> Int? {
    if sid.authority == 5, sid.subAuthorities.count > 1, sid.subAuthorities[0] == 21 {
      guard let rid = sid.rid else { return nil }
      let inDomain = context.domain.map { sid.isRelative(to: $0) } ?? false
      let inRoot = (context.forestRoot ?? context.domain).map { sid.isRelative(to: $0) } ?? false
      guard inDomain || inRoot else { return nil }
      for (index, entryRID) in relativeEntries where entryRID == rid {
        switch table[index].scope {
        case .fixed: continue
        case .domain, .machine: if inDomain { return index }
        case .forestRoot: if inRoot { return index }
        }
      }
      return nil
    }
    return fixedIndex(sid)
  }
}
