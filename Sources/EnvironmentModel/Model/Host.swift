import Findings

/// A Windows host (server or client) with its interfaces and roles (RRAS, DC, DNS...).
public struct Host: Sendable, Hashable {
  public var name: String
  public var os: String?
  /// Roles such as `rras`, `dc`, `dns`, `dhcp`, as written.
  public var roles: [String] = []
  public var primaryDNSSuffix: String?
  public var ipRouting: Bool?
  public var interfaces: [Interface] = []
  @NotCompared public var origin: SourceLocation

  public init(name: String, origin: SourceLocation = .none) {
    self.name = name
    self.origin = origin
  }

  /// Roles (case-insensitive) that mark a host as an RRAS server.
  public static let rrasRoles: Set<String> = ["rras", "remoteaccess", "remote-access", "routing"]

  /// True when one of the roles says Routing and Remote Access.
  public var isRRASServer: Bool { roles.contains { Self.rrasRoles.contains($0.lowercased()) } }
}

/// What kind of adapter an interface is, as `ipconfig` names it.
public enum InterfaceKind: String, Sendable, Hashable, CaseIterable {
  case ethernet, wireless, ppp, tunnel, unknown
}

/// A tunnel technology for tunnel adapters.
public enum TunnelKind: String, Sendable, Hashable, CaseIterable {
  case isatap, teredo, sixToFour = "6to4", sixInFour = "6in4", ipHTTPS = "ip-https", other
}

/// One network interface with its addresses, gateways and DNS servers.
public struct Interface: Sendable, Hashable {
  public var name: String
  public var kind: InterfaceKind = .ethernet
  public var tunnel: TunnelKind?
  public var description: String?
  public var mac: String?
  public var dhcp: Bool?
  public var autoconfiguration: Bool?
  public var mediaDisconnected: Bool = false
  public var addresses: [InterfaceAddress] = []
  public var gateways: [AddressText] = []
  public var dnsServers: [AddressText] = []
  public var dhcpServer: AddressText?
  /// Outer IPv4 endpoints of a configured tunnel (6in4: RFC 4213).
  public var tunnelLocal: AddressText?
  public var tunnelRemote: AddressText?
  @NotCompared public var origin: SourceLocation

  public init(name: String, kind: InterfaceKind = .ethernet, origin: SourceLocation = .none) {
    self.name = name
    self.kind = kind
    self.origin = origin
  }
}

/// How an address was assigned, from `ipconfig`'s labels.
public enum AddressKind: String, Sendable, Hashable, CaseIterable {
  /// Configured or DHCP-assigned.
  case normal
  /// IPv6 temporary (privacy) address, RFC 8981.
  case temporary
  /// IPv6 link-local (fe80::/10).
  case linkLocal = "link-local"
  /// IPv4 autoconfiguration (APIPA, 169.254/16, RFC 3927).
  case autoconfiguration
}

/// The state Windows shows after the address: `(Preferred)`, `(Deprecated)`...
public enum AddressState: String, Sendable, Hashable, CaseIterable {
  case preferred, deprecated, tentative, duplicate, invalid
}

/// One address on an interface: the text as written, its mask (IPv4) and how it was assigned.
public struct InterfaceAddress: Sendable, Hashable {
  /// The address as written, zone index (`%12`) included, state suffix removed.
  public var address: AddressText
  /// IPv4 subnet mask or IPv6 prefix length, as written.
  public var mask: String?
  public var kind: AddressKind = .normal
  public var state: AddressState?

  public init(
    _ address: AddressText, mask: String? = nil, kind: AddressKind = .normal,
    state: AddressState? = nil
  ) {
    self.address = address
    self.mask = mask
    self.kind = kind
    self.state = state
  }
}
