import AddressKit
import Findings

/// Where a prefix or address sits in an Azure / hybrid plan.
public enum PlacementRole: String, Sendable, Hashable, CaseIterable {
  case vnetAddressSpace = "VNet address space"
  case subnet = "subnet"
  case gatewaySubnet = "gateway subnet"
  case p2sPool = "P2S client address pool"
  case localSitePrefix = "local network site"
  case s2sTunnelInside = "S2S tunnel interface"
  case bgpPeerAddress = "on-premises BGP peer address"
  case apipaBgpAddress = "Azure APIPA BGP address"

  /// Roles that name subnets inside a VNet.
  public var isSubnet: Bool { self == .subnet || self == .gatewaySubnet }
}

/// One prefix (or host address as /32, /128) in a plan, with its owner and where it came from.
public struct PlanEntry: Sendable, Hashable {
  /// Who owns it, as findings name it: `lab`, `lab/GatewaySubnet`, `oslo`.
  public var owner: String
  /// The VNet or site it belongs to (`lab` for `lab/apps`), so subnets meet their VNet.
  public var network: String
  /// Where it sits in the plan.
  public var role: PlacementRole
  /// The prefix, or a host address as /32 or /128.
  public var prefix: IPPrefix
  /// Where the entry came from (environment file line), for findings.
  public var evidence: SourceLocation?

  /// An entry; `network` defaults to `owner`.
  public init(
    owner: String, network: String? = nil, role: PlacementRole, prefix: IPPrefix,
    evidence: SourceLocation? = nil
  ) {
    self.owner = owner
    self.network = network ?? owner
    self.role = role
    self.prefix = prefix
    self.evidence = evidence
  }

  /// The subnet's own name: the last path component of `owner` (`GatewaySubnet`).
  public var leafName: String {
    owner.split(separator: "/").last.map(String.init) ?? owner
  }
}

/// A neutral address plan: what the environment model maps onto before rules run.
public struct AddressPlan: Sendable, Hashable {
  /// Every prefix and address in the plan.
  public var entries: [PlanEntry]
  /// VNet peerings as pairs of network names.
  public var peerings: [Peering]
  /// Site-to-site connections as (VNet, local site) pairs of network names.
  public var connections: [Connection]

  /// A VNet gateway connected to a local network site.
  public struct Connection: Sendable, Hashable {
    /// The VNet whose gateway holds the connection.
    public var vnet: String
    /// The local network site at the other end.
    public var site: String

    /// A connection from `vnet` to `site`.
    public init(vnet: String, site: String) {
      self.vnet = vnet
      self.site = site
    }
  }

  /// Two peered VNets.
  public struct Peering: Sendable, Hashable {
    /// One peered VNet.
    public var a: String
    /// The other peered VNet.
    public var b: String
    /// Where the peering was declared.
    public var evidence: SourceLocation?

    /// A peering between `a` and `b`.
    public init(_ a: String, _ b: String, evidence: SourceLocation? = nil) {
      self.a = a
      self.b = b
      self.evidence = evidence
    }
  }

  /// A plan from entries, peerings and connections.
  public init(
    entries: [PlanEntry] = [], peerings: [Peering] = [], connections: [Connection] = []
  ) {
    self.entries = entries
    self.peerings = peerings
    self.connections = connections
  }
}
