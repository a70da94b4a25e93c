/// An IPv4 address carried inside an IPv6 address, by the mechanism that put it there. `addr`
/// and `ipv6 explain` both read addresses through this one value, so they never disagree.
public enum EmbeddedIPv4: Sendable, Hashable {
  /// `::ffff:a.b.c.d` (RFC 4291 section 2.5.5.2).
  case mapped(IPAddress)
  /// `64:ff9b::a.b.c.d`, the well-known NAT64 prefix with the IPv4 address in the last 32 bits
  /// (RFC 6052 sections 2.1 and 2.2, /96 layout).
  case nat64(IPAddress)
  /// `2002:AABB:CCDD::/48`: the 6to4 site router's IPv4 address in the prefix (RFC 3056).
  case sixToFour(IPAddress)
  /// `2001:0:SSSS:SSSS:flags:port:client` with port and client stored inverted (RFC 4380
  /// section 4).
  case teredo(server: IPAddress, client: IPAddress, port: UInt16)

  static let nat64High: UInt64 = 0x0064_ff9b_0000_0000

  /// The IPv4 address inside `address`, when one of the mechanisms put one there.
  public init?(_ address: IPAddress) {
    guard address.family == .v6 else { return nil }
    if let v4 = address.mappedIPv4 {
      self = .mapped(v4)
    } else if address.high == Self.nat64High, address.low >> 32 == 0 {
      self = .nat64(IPAddress(v4: UInt32(truncatingIfNeeded: address.low)))
    } else if let teredo = address.teredo {
      let port = ~UInt16(truncatingIfNeeded: address.low >> 32)
      self = .teredo(server: teredo.server, client: teredo.client, port: port)
    } else if let v4 = address.sixToFourIPv4 {
      self = .sixToFour(v4)
    } else {
      return nil
    }
  }

  /// The IPv4 address an engineer looks for: the client for Teredo, the router for 6to4.
  public var ipv4: IPAddress {
    switch self {
    case .mapped(let a), .nat64(let a), .sixToFour(let a): a
    case .teredo(_, let client, _): client
    }
  }

  /// True when the IPv4 address (or Teredo's port and client) sits in the low 64 bits, so
  /// they are not an interface identifier chosen by the host.
  public var fillsInterfaceIdentifier: Bool {
    if case .sixToFour = self { return false }
    return true
  }

  /// One line: what is inside and how it was decoded.
  public var summary: String {
    switch self {
    case .mapped(let a): "IPv4-mapped: the last 32 bits are IPv4 \(a)"
    case .nat64(let a):
      "NAT64 (well-known prefix 64:ff9b::/96): the last 32 bits are IPv4 \(a)"
    case .sixToFour(let a): "6to4 site router (IPv4 inside): \(a)"
    case .teredo(let server, let client, let port):
      "Teredo: server \(server), client \(client), port \(port) (obfuscated bits decoded)"
    }
  }

  /// The RFC that defines the layout.
  public var refs: [String] {
    switch self {
    case .mapped: ["RFC 4291 section 2.5.5.2"]
    case .nat64: ["RFC 6052 section 2.2"]
    case .sixToFour: ["RFC 3056"]
    case .teredo: ["RFC 4380 section 4"]
    }
  }
}
