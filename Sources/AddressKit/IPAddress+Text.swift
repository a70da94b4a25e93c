/// Text output: dotted quad for IPv4 and RFC 5952 canonical form for IPv6.
extension IPAddress {
  /// The canonical text: RFC 5952 section 4 for IPv6 (lowercase, no leading zeros, `::` for the
  /// longest run of two or more zero groups, the first on ties) and section 5's mixed notation
  /// for IPv4-mapped addresses; `%zone` appended when present.
  public var canonicalText: String {
    switch family {
    case .v4: return Self.dottedQuad(UInt32(truncatingIfNeeded: low))
    case .v6:
      var text = Self.ipv6Text(high: high, low: low)
      if let zone { text += "%" + zone }
      return text
    }
  }

  /// The text without the zone id, as a prefix or a netsh command wants it.
  public var textWithoutZone: String {
    family == .v4 ? canonicalText : Self.ipv6Text(high: high, low: low)
  }

  /// All eight groups written out with four digits each (`2001:0db8:0000:...`).
  public var expandedText: String {
    guard family == .v6 else { return canonicalText }
    return (0..<8).map { Self.hex(group(at: $0), width: 4) }.joined(separator: ":")
  }

  /// The address for a URL or `host:port` (RFC 5952 section 6): `[2001:db8::1]:80`.
  public func withPort(_ port: UInt16) -> String {
    family == .v4 ? "\(canonicalText):\(port)" : "[\(canonicalText)]:\(port)"
  }

  /// The 16-bit group `index` (0...7) of an IPv6 address.
  public func group(at index: Int) -> UInt16 {
    let word = index < 4 ? high : low
    return UInt16(truncatingIfNeeded: word >> UInt64((3 - index % 4) * 16))
  }

  static func dottedQuad(_ v: UInt32) -> String {
    "\(v >> 24).\((v >> 16) & 0xFF).\((v >> 8) & 0xFF).\(v & 0xFF)"
  }

  static func hex(_ v: UInt16, width: Int = 1) -> String {
    let s = String(v, radix: 16)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  static func ipv6Text(high: UInt64, low: UInt64) -> String {
    if high == 0, low >> 32 == 0xFFFF {
      return "::ffff:" + dottedQuad(UInt32(truncatingIfNeeded: low))
    }
    var groups = [UInt16](repeating: 0, count: 8)
    for i in 0..<8 {
      let word = i < 4 ? high : low
      groups[i] = UInt16(truncatingIfNeeded: word >> UInt64((3 - i % 4) * 16))
    }
    // Longest run of zero groups, length >= 2, first on ties.
    var bestStart = -1
    var bestLength = 1
    var i = 0
    while i < 8 {
      guard groups[i] == 0 else {
        i += 1
        continue
      }
      var j = i
      while j < 8, groups[j] == 0 { j += 1 }
      if j - i > bestLength {
        bestStart = i
        bestLength = j - i
      }
      i = j
    }
    if bestStart < 0 {
      return groups.map { hex($0) }.joined(separator: ":")
    }
    let head = groups[0..<bestStart].map { hex($0) }.joined(separator: ":")
    let tail = groups[(bestStart + bestLength)...].map { hex($0) }.joined(separator: ":")
    return head + "::" + tail
  }
}
