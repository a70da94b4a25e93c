/// The attribute names the LDIF reader models, recognised without allocating a String.
enum AttributeKey {
  case dn, version, changetype, control, objectClass, memberOf, member, adminCount, objectSid
  case nTSecurityDescriptor, other

  init(_ name: UnsafeBufferPointer<UInt8>) {
    switch name.count {
    case 2: self = Self.equal(name, "dn") ? .dn : .other
    case 6: self = Self.equal(name, "member") ? .member : .other
    case 7: self = Self.equal(name, "version") ? .version : Self.equal(name, "control") ? .control : .other
    case 8: self = Self.equal(name, "memberof") ? .memberOf : .other
    case 9: self = Self.equal(name, "objectsid") ? .objectSid : .other
    case 10:
      self = Self.equal(name, "changetype") ? .changetype
        : Self.equal(name, "admincount") ? .adminCount : .other
    case 11: self = Self.equal(name, "objectclass") ? .objectClass : .other
    case 20: self = Self.equal(name, "ntsecuritydescriptor") ? .nTSecurityDescriptor : .other
    default: self = .other
    }
  }

  /// ASCII case-insensitive comparison with a lowercase constant.
  private static func equal(_ name: UnsafeBufferPointer<UInt8>, _ lower: StaticString) -> Bool {
    let n = lower.utf8CodeUnitCount
    guard name.count == n else { return false }
    let p = lower.utf8Start
    for i in 0..<n {
      var c = name[i]
      if c >= 0x41 && c <= 0x5A { c |= 0x20 }
      if c != p[i] { return false }
    }
    return true
  }
}

/// Formats binary SIDs (MS-DTYP 2.4.2.2) as `S-1-5-21-...` text.
enum SIDText {
  static func format(_ b: [UInt8]) -> String? {
    guard b.count >= 8, b[0] == 1, b.count == 8 + 4 * Int(b[1]) else { return nil }
    var authority: UInt64 = 0
    for i in 2..<8 { authority = authority << 8 | UInt64(b[i]) }
    var s = "S-1-\(authority)"
    for k in 0..<Int(b[1]) {
      let o = 8 + 4 * k
      let v = UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
      s += "-\(v)"
    }
    return s
  }
}

/// Small DN text helpers for naming a domain from its DN.
enum DNText {
  /// `corp.contoso.com` from `...,DC=corp,DC=contoso,DC=com` (the DC= components, in order).
  static func dnsName(ofDomainDN dn: String) -> String {
    dn.split(separator: ",").compactMap { part -> Substring? in
      let trimmed = part.drop { $0 == " " }
      guard trimmed.count > 3, trimmed.prefix(3).lowercased() == "dc=" else { return nil }
      return trimmed.dropFirst(3)
    }.joined(separator: ".")
  }
}
