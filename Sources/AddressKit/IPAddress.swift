/// The address family: IPv4 (32-bit) or IPv6 (128-bit).
public enum IPFamily: Int, Sendable, Hashable, Comparable, CaseIterable {
  case v4 = 4
  case v6 = 6

  /// The number of bits in an address of this family.
  public var width: Int { self == .v4 ? 32 : 128 }

  /// IPv4 sorts before IPv6.
  public static func < (a: IPFamily, b: IPFamily) -> Bool { a.rawValue < b.rawValue }
}

/// One IPv4 or IPv6 address as a compact value: the family, two words and an optional zone id.
///
/// IPv4 addresses keep their 32 bits in the low word. The zone (`fe80::1%eth0`, `%12`) belongs
/// to IPv6 link-scoped addresses only and is kept as written.
public struct IPAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// IPv4 or IPv6.
  public let family: IPFamily
  /// Bits 127...64 of an IPv6 address; 0 for IPv4.
  public let high: UInt64
  /// Bits 63...0 of an IPv6 address, or the IPv4 address in the low 32 bits.
  public let low: UInt64
  /// The IPv6 zone id without the `%`, or nil.
  public let zone: String?

  /// An IPv4 address from its 32-bit value (`0x0A000001` is 10.0.0.1).
  public init(v4 value: UInt32) {
    family = .v4
    high = 0
    low = UInt64(value)
    zone = nil
  }

  /// An IPv6 address from its two 64-bit halves and an optional zone id.
  public init(v6High high: UInt64, low: UInt64, zone: String? = nil) {
    family = .v6
    self.high = high
    self.low = low
    self.zone = zone
  }

  init(family: IPFamily, bits: Bits128, zone: String? = nil) {
    self.family = family
    self.high = family == .v4 ? 0 : bits.high
    self.low = family == .v4 ? bits.low & 0xFFFF_FFFF : bits.low
    self.zone = family == .v4 ? nil : zone
  }

  var bits: Bits128 { Bits128(high: high, low: low) }

  /// The IPv4 value, for IPv4 addresses.
  public var v4Value: UInt32? { family == .v4 ? UInt32(truncatingIfNeeded: low) : nil }

  /// The same address without its zone id.
  public var withoutZone: IPAddress { IPAddress(family: family, bits: bits) }

  /// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, RFC 4291 2.5.5.2).
  public var mappedIPv4: IPAddress? {
    guard family == .v6, high == 0, low >> 32 == 0xFFFF else { return nil }
    return IPAddress(v4: UInt32(truncatingIfNeeded: low))
  }

  /// The IPv4 address of the 6to4 router embedded in a 2002::/16 address (RFC 3056).
  public var sixToFourIPv4: IPAddress? {
    guard family == .v6, high >> 48 == 0x2002 else { return nil }
    return IPAddress(v4: UInt32(truncatingIfNeeded: high >> 16))
  }

  /// The Teredo server and client IPv4 addresses of a 2001::/32 address (RFC 4380 section 4:
  /// the client address is stored inverted).
  public var teredo: (server: IPAddress, client: IPAddress)? {
    guard family == .v6, high >> 32 == 0x2001_0000 else { return nil }
    let server = UInt32(truncatingIfNeeded: high)
    let client = ~UInt32(truncatingIfNeeded: low)
    return (IPAddress(v4: server), IPAddress(v4: client))
  }

  /// Family, then numeric value, then zone.
  public static func < (a: IPAddress, b: IPAddress) -> Bool {
    if a.family != b.family { return a.family < b.family }
    if a.bits != b.bits { return a.bits < b.bits }
    return (a.zone ?? "") < (b.zone ?? "")
  }

  /// RFC 5952 canonical text (dotted quad for IPv4), with `%zone` when there is one.
  public var description: String { canonicalText }
}
