/// A CIDR prefix: a network address and a length, with no host bits set.
///
/// Compact (two words, a family and a length) so large prefix lists stay small. Build one by
/// parsing (`10.0.0.0/24`), or with `init(_:length:)`, which masks the host bits away.
public struct IPPrefix: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// IPv4 or IPv6.
  public let family: IPFamily
  let bits: Bits128
  /// The prefix length, 0...32 for IPv4 and 0...128 for IPv6.
  public let length: Int

  /// The prefix of `length` that contains `address` (host bits cleared, zone dropped); nil when
  /// the length is out of range for the family.
  public init?(_ address: IPAddress, length: Int) {
    guard length >= 0, length <= address.family.width else { return nil }
    self.init(family: address.family, bits: address.bits, length: length)
  }

  /// The single-address prefix of `address` (/32 or /128), zone dropped.
  public static func host(_ address: IPAddress) -> IPPrefix {
    IPPrefix(family: address.family, bits: address.bits, length: address.family.width)
  }

  init(family: IPFamily, bits: Bits128, length: Int) {
    self.family = family
    self.length = length
    self.bits = bits & Bits128.networkMask(length: length, width: family.width)
  }

  /// The network (first) address.
  public var network: IPAddress { IPAddress(family: family, bits: bits) }

  var hostMask: Bits128 { Bits128.hostMask(length: length, width: family.width) }
  var lastBits: Bits128 { bits | hostMask }

  /// The last address in the prefix (the IPv4 broadcast address).
  public var last: IPAddress { IPAddress(family: family, bits: lastBits) }

  /// True when `address` (same family, zone ignored) lies in this prefix.
  public func contains(_ address: IPAddress) -> Bool {
    address.family == family
      && address.bits & Bits128.networkMask(length: length, width: family.width) == bits
  }

  /// True when `other` lies entirely inside this prefix (a prefix contains itself).
  public func contains(_ other: IPPrefix) -> Bool {
    other.family == family && other.length >= length
      && other.bits & Bits128.networkMask(length: length, width: family.width) == bits
  }

  /// True when the two prefixes share any address: CIDR blocks either nest or are disjoint.
  public func overlaps(_ other: IPPrefix) -> Bool { contains(other) || other.contains(self) }

  /// Orders by family, then network, then shorter (larger) prefix first: the sweep order.
  public static func < (a: IPPrefix, b: IPPrefix) -> Bool {
    if a.family != b.family { return a.family < b.family }
    if a.bits != b.bits { return a.bits < b.bits }
    return a.length < b.length
  }

  /// `network/length` in canonical text.
  public var description: String { "\(network.textWithoutZone)/\(length)" }
}
