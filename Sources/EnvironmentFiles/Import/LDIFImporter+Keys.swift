import EnvironmentModel
/// The attribute names the LDIF reader models, recognised without allocating a String.
enum AttributeKey {
  case dn, version, changetype, control, objectClass, memberOf, member, adminCount, objectSid
  case nTSecurityDescriptor, other

  init(_ name: UnsafeBufferPointer<UInt8>) {
    switch name.count {
    case 2: self = Self.equal(name, "dn") ? .dn : .other
    case 6: self = Self.equal(name, "member") ? .member : .other
    case 7:
      self =
        Self.equal(name, "version") ? .version : Self.equal(name, "control") ? .control : .other
    case 8: self = Self.equal(name, "memberof") ? .memberOf : .other
    case 9: self = Self.equal(name, "objectsid") ? .objectSid : .other
    case 10:
      self =
        Self.equal(name, "changetype")
        ? .changetype
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
  /// The text of a binary SID; nil unless revision 1 with 8 + 4n bytes.
  static func format(_ b: UnsafeBufferPointer<UInt8>) -> String? {
    guard b.count >= 8, b[0] == 1, b.count == 8 + 4 * Int(b[1]) else { return nil }
    var authority: UInt64 = 0
    for i in 2..<8 { authority = authority << 8 | UInt64(b[i]) }
    let parts = Int(b[1])
    // "S-1-", up to 20 digits of authority, then "-" and up to 10 digits per part.
    return String(unsafeUninitializedCapacity: 24 + 11 * parts) { out in
      var n = 0
      for c in "S-1-".utf8 {
        out[n] = c
        n += 1
      }
      n = digits(authority, into: out, at: n)
      for k in 0..<parts {
        let o = 8 + 4 * k
        let v =
          UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
        out[n] = UInt8(ascii: "-")
        n = digits(UInt64(v), into: out, at: n + 1)
      }
      return n
    }
  }

  /// Writes `value` in decimal at `out[at...]`; returns the index after the last digit.
  private static func digits(_ value: UInt64, into out: UnsafeMutableBufferPointer<UInt8>, at: Int)
    -> Int
  {
    var count = 1
    var rest = value / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    var v = value
    var i = at + count
    repeat {
      i -= 1
      out[i] = UInt8(truncatingIfNeeded: v % 10) + UInt8(ascii: "0")
      v /= 10
    } while v > 0
    return at + count
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
