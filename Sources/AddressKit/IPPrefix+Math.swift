/// CIDR arithmetic: ranges, counts, usable hosts, neighbours.
extension IPPrefix {
  /// Number of addresses: 2^(width - length).
  public var addressCount: AddressCount { AddressCount(powerOfTwo: family.width - length) }

  /// The IPv4 broadcast address; nil for IPv6 (which has none) and for /31 and /32 (RFC 3021).
  public var broadcast: IPAddress? {
    family == .v4 && length <= 30 ? last : nil
  }

  /// First address a host may use: IPv4 skips the network address (except /31, /32);
  /// IPv6 skips the Subnet-Router anycast address (RFC 4291 2.6.1) except for /127 and /128.
  public var firstUsable: IPAddress {
    let hostBits = family.width - length
    return hostBits <= 1 ? network : IPAddress(family: family, bits: bits.adding(1))
  }

  /// Last address a host may use: IPv4 stops before the broadcast (except /31, /32); IPv6
  /// uses the last address.
  public var lastUsable: IPAddress {
    let hostBits = family.width - length
    if family == .v4, hostBits > 1 {
      return IPAddress(family: family, bits: lastBits &- Bits128(high: 0, low: 1))
    }
    return last
  }

  /// How many addresses hosts can use, by the same rules as `firstUsable` / `lastUsable`.
  public var usableCount: AddressCount {
    let hostBits = family.width - length
    if hostBits <= 1 { return AddressCount(powerOfTwo: hostBits) }
    return AddressCount(powerOfTwo: hostBits, minus: family == .v4 ? 2 : 1)
  }

  /// The enclosing prefix one bit shorter; nil for /0.
  public var parent: IPPrefix? {
    length == 0 ? nil : IPPrefix(family: family, bits: bits, length: length - 1)
  }

  /// The prefix immediately after this one of the same length; nil at the end of the space.
  public var next: IPPrefix? {
    let step = Bits128.bit(family.width - length)
    let n = bits &+ step
    if length == 0 || n < bits || (family == .v4 && n.low > 0xFFFF_FFFF) || n == .zero {
      return nil
    }
    return IPPrefix(family: family, bits: n, length: length)
  }

  /// The address `offset` places from the network address, when it lies inside the prefix.
  public func address(at offset: UInt64) -> IPAddress? {
    let hostBits = family.width - length
    if hostBits < 64, offset >> UInt64(hostBits) != 0 { return nil }
    return IPAddress(family: family, bits: bits.adding(offset))
  }

  /// The address `offset` places back from the last address, when inside the prefix.
  public func address(fromEnd offset: UInt64) -> IPAddress? {
    let hostBits = family.width - length
    if hostBits < 64, offset >> UInt64(hostBits) != 0 { return nil }
    return IPAddress(family: family, bits: lastBits &- Bits128(high: 0, low: offset))
  }

  /// The dotted netmask of an IPv4 prefix (`255.255.255.0` for /24).
  public var netmask: IPAddress {
    IPAddress(family: family, bits: Bits128.networkMask(length: length, width: family.width))
  }

  /// The dotted hostmask (Cisco wildcard) of a prefix (`0.0.0.255` for /24).
  public var hostmaskAddress: IPAddress { IPAddress(family: family, bits: hostMask) }
}
