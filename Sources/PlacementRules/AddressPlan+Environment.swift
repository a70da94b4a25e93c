import AddressKit
import EnvironmentModel
import Findings

/// An environment's Azure network as an address plan, with the address texts that could not be
/// read reported as findings at their file:line:column.
public struct EnvironmentAddressPlan: Sendable {
  /// The plan the rule packs check.
  public var plan: AddressPlan
  /// `ADDR-UNREADABLE` errors (and `ADDR-HOST-BITS` for a prefix with host bits set, whose
  /// network still goes into the plan).
  public var problems: [Finding]
  /// The texts that are no address or prefix at all, as load warnings at their file:line:column
  /// (`load` shows them; `overlaps` lists them as invalid).
  public var unreadable: [InputError]
  /// Address texts read into the plan (for "no findings in N prefixes").
  public var count: Int { plan.entries.count }
}

extension AddressPlan {
  /// Maps the Azure side of `environment` onto a plan: vnet address spaces, subnets (a subnet
  /// whose name looks like a gateway subnet gets that role, so its name is checked), P2S pools,
  /// local site prefixes and on-premises BGP peers, S2S tunnel inside addresses, the gateways'
  /// APIPA BGP addresses (169.254.0.0/16), and peerings. Each entry's evidence is its origin.
  public static func from(_ environment: Environment) -> EnvironmentAddressPlan {
    var mapper = AddressPlanBuilder()
    let azure = environment.azure
    for vnet in azure.vnets {
      for text in vnet.addressSpace {
        mapper.prefix(text, owner: vnet.name, network: vnet.name, role: .vnetAddressSpace)
      }
      for subnet in vnet.subnets {
        let role: PlacementRole =
          Self.looksLikeGatewaySubnet(subnet.name) ? .gatewaySubnet : .subnet
        mapper.prefix(
          subnet.prefix, owner: "\(vnet.name)/\(subnet.name)", network: vnet.name, role: role)
      }
      guard let gateway = vnet.gateway else { continue }
      let gatewayName = "\(vnet.name)/\(gateway.name ?? "gateway")"
      for text in gateway.clientAddressPool {
        mapper.prefix(text, owner: "\(gatewayName) P2S", network: gatewayName, role: .p2sPool)
      }
      for text in gateway.bgp?.peeringAddresses ?? [] {
        mapper.address(
          text, owner: "\(gatewayName) BGP", network: gatewayName, role: .apipaBgpAddress,
          onlyIn: Self.linkLocal)
      }
    }
    for site in azure.localSites {
      for text in site.prefixes {
        mapper.prefix(text, owner: site.name, network: site.name, role: .localSitePrefix)
      }
      for text in site.bgp?.peeringAddresses ?? [] {
        mapper.address(
          text, owner: "\(site.name) BGP peer", network: site.name, role: .bgpPeerAddress)
      }
    }
    for connection in azure.connections {
      for text in connection.tunnelInsideAddresses {
        mapper.address(
          text, owner: connection.name, network: connection.name, role: .s2sTunnelInside)
      }
    }
    let peerings = azure.peerings.map {
      Peering($0.vnet, $0.remoteVNet, evidence: $0.origin.with(text: $0.name))
    }
    let connections = azure.connections.compactMap { connection in
      connection.localSite.map { AddressPlan.Connection(vnet: connection.vnet, site: $0) }
    }
    return EnvironmentAddressPlan(
      plan: AddressPlan(entries: mapper.entries, peerings: peerings, connections: connections),
      problems: mapper.problems, unreadable: mapper.unreadable)
  }

  /// `GatewaySubnet` in any spelling close enough that Azure's name rule should judge it.
  static func looksLikeGatewaySubnet(_ name: String) -> Bool {
    let lowered = name.lowercased()
    return lowered == "gatewaysubnet" || lowered == "gateway-subnet" || lowered == "gateway_subnet"
      || lowered == "gateway"
  }

  static let linkLocal = (try? IPPrefix(parsing: "169.254.0.0/16"))
}

/// Reads address texts into plan entries, turning what does not parse into findings (used for
/// environments and for plain prefix lists).
public struct AddressPlanBuilder: Sendable {
  /// The entries read so far.
  public private(set) var entries: [PlanEntry] = []
  /// `ADDR-UNREADABLE` / `ADDR-HOST-BITS` findings for texts that did not parse cleanly.
  public private(set) var problems: [Finding] = []
  /// The texts behind the `ADDR-UNREADABLE` findings, as errors at their place.
  public private(set) var unreadable: [InputError] = []

  /// An empty builder.
  public init() {}

  /// Adds `text` in `role`: a prefix for prefix roles, an address (or `a.b.c.d/len`) for the
  /// roles that hold one address (tunnel inside, BGP peers).
  public mutating func add(
    _ text: AddressText, owner: String, network: String, role: PlacementRole
  ) {
    if role.isHost {
      address(text, owner: owner, network: network, role: role)
    } else {
      prefix(text, owner: owner, network: network, role: role)
    }
  }

  static let refs = ["RFC 4632 section 3.1 (prefix notation)", "RFC 4291 section 2.2"]

  /// A prefix entry; host bits set are reported and the network meant is kept.
  mutating func prefix(
    _ text: AddressText, owner: String, network: String, role: PlacementRole
  ) {
    do {
      let prefix = try IPPrefix(parsing: text.text)
      add(text, owner: owner, network: network, role: role, prefix: prefix)
    } catch {
      if let meant = error.suggestedPrefix {
        problems.append(
          problem(
            "ADDR-HOST-BITS", .error, text, owner: owner, role: role,
            "has host bits set past /\(meant.length): Azure refuses it; the network is \(meant)",
            fix: "write \(meant)"))
        add(text, owner: owner, network: network, role: role, prefix: meant)
      } else {
        reportUnreadable(text, owner: owner, role: role, error)
      }
    }
  }

  /// A host entry (/32, /128) from an address, or an interface form `a.b.c.d/len` (its
  /// address counts). With `onlyIn`, addresses outside that prefix are left out of the plan.
  mutating func address(
    _ text: AddressText, owner: String, network: String, role: PlacementRole,
    onlyIn scope: IPPrefix? = nil
  ) {
    do {
      let address: IPAddress
      if text.text.contains("/") {
        address = try IPPrefix.parseInterface(text.text).address
      } else {
        address = try IPAddress(parsing: text.text)
      }
      if let scope, !scope.contains(address) { return }
      add(text, owner: owner, network: network, role: role, prefix: .host(address.withoutZone))
    } catch {
      reportUnreadable(text, owner: owner, role: role, error)
    }
  }

  mutating func add(
    _ text: AddressText, owner: String, network: String, role: PlacementRole, prefix: IPPrefix
  ) {
    entries.append(
      PlanEntry(
        owner: owner, network: network, role: role, prefix: prefix,
        evidence: text.origin.with(text: text.text)))
  }

  mutating func reportUnreadable(
    _ text: AddressText, owner: String, role: PlacementRole, _ error: AddressParseError
  ) {
    let what = role.isHost ? "address" : "prefix"
    let origin = text.origin
    unreadable.append(
      InputError(
        "\(role.rawValue) '\(owner)': '\(text.text)' is not a valid \(what): \(error.message)",
        at: SourceLocation(
          origin.file, line: origin.line,
          column: max(1, origin.column ?? 1) + error.column - 1)))
    problems.append(
      problem(
        "ADDR-UNREADABLE", .error, text, owner: owner, role: role,
        "is not a valid \(what): " + error.message,
        fix: role.isHost
          ? "write an IPv4 or IPv6 address (10.1.2.4, 2001:db8::4)"
          : "write a network prefix, address/length (10.1.2.0/24, 2001:db8:0:1::/64)",
        column: error.column))
  }

  func problem(
    _ id: String, _ severity: Severity, _ text: AddressText, owner: String, role: PlacementRole,
    _ message: String, fix: String? = nil, column: Int = 1
  ) -> Finding {
    var place = ""
    if text.origin.file != nil {
      var location = text.origin
      location.column = max(1, text.origin.column ?? 1) + column - 1
      place = "\(location): "
    }
    return Finding(
      id: id, severity: severity, subject: owner,
      message: "\(place)\(role.rawValue) '\(owner)' '\(text.text)' \(message)",
      evidence: text.origin.with(text: text.text), fix: fix, refs: Self.refs)
  }
}

extension PlacementRole {
  /// Roles that hold one address rather than a prefix.
  public var isHost: Bool {
    self == .s2sTunnelInside || self == .bgpPeerAddress || self == .apipaBgpAddress
  }

  /// The short word prefix lists and `check addresses --as` use (`vnet`, `gateway-subnet`).
  public var keyword: String {
    switch self {
    case .vnetAddressSpace: "vnet"
    case .subnet: "subnet"
    case .gatewaySubnet: "gateway-subnet"
    case .p2sPool: "p2s"
    case .localSitePrefix: "local-site"
    case .s2sTunnelInside: "tunnel"
    case .bgpPeerAddress: "bgp-peer"
    case .apipaBgpAddress: "apipa-bgp"
    }
  }

  /// The role a keyword names, or nil.
  public init?(keyword: String) {
    guard let role = Self.allCases.first(where: { $0.keyword == keyword }) else { return nil }
    self = role
  }
}
