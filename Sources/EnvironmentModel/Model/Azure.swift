import Findings

/// The Azure side of an environment: virtual networks, on-premises sites, the tunnels and
/// peerings between them, and the VMs placed in them.
public struct AzureNetwork: Sendable, Hashable {
  /// DNS servers declared once and referred to by name from vnets (the classic `Dns` section).
  public var dnsServers: [DNSServer] = []
  public var vnets: [VirtualNetwork] = []
  public var localSites: [LocalSite] = []
  public var connections: [SiteConnection] = []
  public var peerings: [Peering] = []
  public var vms: [VirtualMachine] = []

  public init() {}

  /// True when nothing is declared.
  public var isEmpty: Bool {
    dnsServers.isEmpty && vnets.isEmpty && localSites.isEmpty && connections.isEmpty
      && peerings.isEmpty && vms.isEmpty
  }
}

/// A named DNS server address.
public struct DNSServer: Sendable, Hashable {
  public var name: String
  public var address: AddressText
  @NotCompared public var origin: SourceLocation

  public init(name: String, address: AddressText, origin: SourceLocation = .none) {
    self.name = name
    self.address = address
    self.origin = origin
  }
}

/// A virtual network: its address space, subnets (GatewaySubnet included), DNS servers and
/// gateway.
public struct VirtualNetwork: Sendable, Hashable {
  public var name: String
  /// Region or affinity group, as written.
  public var location: String?
  public var addressSpace: [AddressText] = []
  public var subnets: [Subnet] = []
  /// DNS servers: names of `AzureNetwork.dnsServers` entries or literal addresses.
  public var dnsServers: [AddressText] = []
  public var gateway: Gateway?
  @NotCompared public var origin: SourceLocation

  public init(name: String, origin: SourceLocation = .none) {
    self.name = name
    self.origin = origin
  }

  /// The subnet named `GatewaySubnet` (Azure requires that exact name for gateways).
  public var gatewaySubnet: Subnet? { subnets.first { $0.name == "GatewaySubnet" } }
}

/// A subnet of a virtual network.
public struct Subnet: Sendable, Hashable {
  public var name: String
  public var prefix: AddressText
  @NotCompared public var origin: SourceLocation

  public init(name: String, prefix: AddressText, origin: SourceLocation = .none) {
    self.name = name
    self.prefix = prefix
    self.origin = origin
  }
}

/// A virtual network gateway: VPN type, SKU, point-to-site pool and BGP settings.
public struct Gateway: Sendable, Hashable {
  public var name: String?
  /// `Vpn` or `ExpressRoute`, as written.
  public var type: String?
  /// `RouteBased` (dynamic routing) or `PolicyBased` (static routing), as written.
  public var vpnType: String?
  public var sku: String?
  /// Two active instances, each with its own public IP and BGP address (`activeActive`).
  public var activeActive: Bool?
  /// Whether BGP is on (`enableBgp`); Azure returns BGP settings even when it is off.
  public var bgpEnabled: Bool?
  /// Point-to-site client address pool prefixes.
  public var clientAddressPool: [AddressText] = []
  /// ASN and BGP addresses: the default ones from GatewaySubnet and custom APIPA ones
  /// (169.254.21.0-169.254.22.255), one or two per instance.
  public var bgp: BGPSettings?
  @NotCompared public var origin: SourceLocation

  public init(name: String? = nil, origin: SourceLocation = .none) {
    self.name = name
    self.origin = origin
  }
}

/// BGP settings of a gateway or a local site: ASN and peering address(es).
public struct BGPSettings: Sendable, Hashable {
  /// Autonomous system number; kept as written so out-of-range values reach the rules.
  public var asn: Int64?
  public var peeringAddresses: [AddressText] = []
  @NotCompared public var origin: SourceLocation

  public init(asn: Int64? = nil, peeringAddresses: [AddressText] = [], origin: SourceLocation = .none) {
    self.asn = asn
    self.peeringAddresses = peeringAddresses
    self.origin = origin
  }
}

/// An on-premises site (local network gateway): its public VPN address and address prefixes.
public struct LocalSite: Sendable, Hashable {
  public var name: String
  public var gatewayAddress: AddressText?
  public var prefixes: [AddressText] = []
  public var bgp: BGPSettings?
  @NotCompared public var origin: SourceLocation

  public init(name: String, origin: SourceLocation = .none) {
    self.name = name
    self.origin = origin
  }
}

/// A site-to-site (or vnet-to-vnet) connection from a vnet's gateway.
public struct SiteConnection: Sendable, Hashable {
  public var name: String
  public var vnet: String
  /// The local site at the other end, for S2S connections.
  public var localSite: String?
  /// The vnet at the other end, for VNet-to-VNet connections.
  public var remoteVNet: String?
  /// `IPsec`, `Vnet2Vnet`, `ExpressRoute`, as written.
  public var type: String?
  /// Tunnel inside (APIPA / custom BGP) addresses.
  public var tunnelInsideAddresses: [AddressText] = []
  public var bgpEnabled: Bool?
  /// Whether a shared key was set; the key itself is never kept.
  public var hasSharedKey: Bool = false
  @NotCompared public var origin: SourceLocation

  public init(name: String, vnet: String, origin: SourceLocation = .none) {
    self.name = name
    self.vnet = vnet
    self.origin = origin
  }
}

/// A peering from one vnet to another.
public struct Peering: Sendable, Hashable {
  public var name: String
  public var vnet: String
  public var remoteVNet: String
  public var allowGatewayTransit: Bool?
  public var useRemoteGateways: Bool?
  public var allowForwardedTraffic: Bool?
  @NotCompared public var origin: SourceLocation

  public init(name: String, vnet: String, remoteVNet: String, origin: SourceLocation = .none) {
    self.name = name
    self.vnet = vnet
    self.remoteVNet = remoteVNet
    self.origin = origin
  }
}

/// A VM: its cloud service (classic), placement, start order and addresses.
public struct VirtualMachine: Sendable, Hashable {
  public var name: String
  public var cloudService: String?
  public var vnet: String?
  public var subnet: String?
  /// Order in which the lab starts VMs (domain controllers first), 1-based.
  public var startOrder: Int?
  public var addresses: [AddressText] = []
  @NotCompared public var origin: SourceLocation

  public init(name: String, origin: SourceLocation = .none) {
    self.name = name
    self.origin = origin
  }
}
