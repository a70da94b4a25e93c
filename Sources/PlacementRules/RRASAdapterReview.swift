import AddressKit
import EnvironmentModel
import Findings

/// Reviews the hosts with the RRAS role for the ways remote-access clients end up with addresses
/// from the wrong side: the WAN adapter chosen for DHCP, a DHCP server on a WAN-facing host, an
/// adapter without a lease, more than one default gateway.
///
/// Facts: Microsoft TechNet, "DHCP and Routing and Remote Access" and "RRAS and DHCP": RRAS
/// leases addresses ten at a time through the DHCP client, gives the first to its internal
/// interface, and falls back to 169.254.0.1-169.254.255.254 when no DHCP server answers at start.
/// Microsoft, "Migrate Remote Access to Windows Server 2012": RAS Properties, IPv4 tab, Adapter
/// chooses the adapter used to obtain DHCP, DNS and WINS addresses; its default is "Allow RAS to
/// select the adapter".
public enum RRASAdapterReview {
  public static let dhcpSource =
    "Microsoft TechNet: DHCP and Routing and Remote Access (cc958904); RRAS and DHCP (dd458962)"
  public static let adapterSource =
    "Microsoft: Migrate Remote Access to Windows Server 2012 (RAS Properties, IPv4 tab, Adapter; default 'Allow RAS to select the adapter')"
  public static let gatewaySource =
    "Microsoft: Default gateway configuration for multihomed computers (KB 157025)"
  public static let refs = [dhcpSource, adapterSource, gatewaySource]

  /// The RRAS hosts of `environment`.
  public static func rrasHosts(_ environment: Environment) -> [Host] {
    environment.hosts.filter(\.isRRASServer)
  }

  /// Every finding about the RRAS hosts' adapters, host by host.
  public static func review(_ environment: Environment) -> [Finding] {
    rrasHosts(environment).flatMap(review(host:))
  }

  /// A host's adapters RAS can pick (connected, not tunnels), and which face the WAN and the LAN.
  public struct Adapters: Sendable {
    public var all: [Interface]
    public var wan: [Interface]
    public var lan: [Interface]
  }

  /// The adapters of `host` as RAS sees them.
  public static func adapters(of host: Host) -> Adapters {
    let all = host.interfaces.filter { $0.kind != .tunnel && !$0.mediaDisconnected }
    return Adapters(
      all: all, wan: all.filter(isWAN), lan: all.filter { !isWAN($0) && hasPrivateIPv4($0) })
  }

  /// What one RRAS host's adapters say.
  static func review(host: Host) -> [Finding] {
    let found = adapters(of: host)
    let (adapters, wan, lan) = (found.all, found.wan, found.lan)
    var findings: [Finding] = []
    func add(
      _ rule: Rule, _ adapter: Interface?, _ message: String, _ fix: String?
    ) {
      findings.append(
        Finding(
          rule, subject: host.name + (adapter.map { "/" + $0.name } ?? ""),
          message: message, evidence: (adapter?.origin ?? host.origin), fix: fix,
          refs: refs))
    }
    for adapter in adapters
    where adapter.addresses.contains(where: { $0.kind == .autoconfiguration }) {
      add(
        .rrasAPIPA, adapter,
        "\(adapter.name) has a 169.254 (APIPA) address: its DHCP client got no lease, and RRAS hands clients 169.254 addresses when no DHCP server answers",
        "make a DHCP server reachable on that adapter (or give RRAS a static pool), then restart RemoteAccess"
      )
    }
    if !wan.isEmpty, !lan.isEmpty {
      let wanNames = wan.map(\.name).joined(separator: ", ")
      if wan.contains(where: { $0.dhcp == true }) {
        add(
          .rrasDHCPWAN, wan.first { $0.dhcp == true },
          "the WAN adapter \(wanNames) is itself a DHCP client: with 'Allow RAS to select the adapter' RRAS can lease VPN client addresses from the ISP's DHCP server on it",
          "RAS Properties > IPv4 > Adapter: choose \(lan[0].name) (or use a static address pool)")
      } else {
        add(
          .rrasAdapterChoice, wan.first,
          "\(host.name) has a WAN adapter (\(wanNames)) and a LAN adapter (\(lan.map(\.name).joined(separator: ", "))): check that RAS uses the LAN one for DHCP",
          "RAS Properties > IPv4 > Adapter: \(lan[0].name)")
      }
      if host.roles.contains(where: { $0.lowercased() == "dhcp" }) {
        add(
          .rrasDHCPServerWAN, wan.first,
          "\(host.name) also runs the DHCP server role and faces the WAN on \(wanNames): if the server is bound to that adapter it answers DHCP requests on the ISP's segment",
          "Get-DhcpServerv4Binding; Set-DhcpServerv4Binding -InterfaceAlias '\(wan[0].name)' -BindingState $false"
        )
      }
    }
    if lan.isEmpty, !adapters.isEmpty {
      add(
        .rrasNoLAN, nil,
        "\(host.name) has no adapter with a private IPv4 address: RRAS can only reach a DHCP server on the WAN side",
        "add the LAN adapter to the environment (or give RRAS a static address pool)")
    } else if adapters.count == 1 {
      add(
        .rrasOneAdapter, adapters.first,
        "\(host.name) has one adapter (\(adapters[0].name)): RAS can only choose it, so client addresses come from that network's DHCP server",
        nil)
    }
    let withGateway = adapters.filter { $0.gateways.contains { isIPv4($0.text) } }
    if withGateway.count > 1 {
      add(
        .rrasMultipleGateways, withGateway[1],
        "\(withGateway.map(\.name).joined(separator: " and ")) each have an IPv4 default gateway: a multihomed server should have one, on the WAN side",
        "remove the default gateway from the LAN adapter and add static routes for internal networks"
      )
    }
    return findings
  }

  /// Labels of IPv4 addresses that stay inside a site; any other IPv4 address faces the WAN
  /// (documentation ranges included, so examples written with 203.0.113.x read as public).
  static let insideLabels: Set<AddressLabel> = [
    .rfc1918, .sharedAddressSpace, .ipv4LinkLocal, .loopback, .unspecified,
  ]

  /// A WAN adapter: a PPP link, or one holding an IPv4 address outside private and link-local space.
  static func isWAN(_ adapter: Interface) -> Bool {
    if adapter.kind == .ppp { return true }
    return adapter.addresses.contains { entry in
      guard let address = try? IPAddress(parsing: entry.address.text), address.family == .v4 else {
        return false
      }
      return AddressLabel.labels(for: address).allSatisfy { !insideLabels.contains($0) }
    }
  }

  static func hasPrivateIPv4(_ adapter: Interface) -> Bool {
    adapter.addresses.contains { entry in
      guard let address = try? IPAddress(parsing: entry.address.text), address.family == .v4 else {
        return false
      }
      let labels = AddressClassification(address).labels
      return labels.contains(.rfc1918) || labels.contains(.sharedAddressSpace)
    }
  }

  static func isIPv4(_ text: String) -> Bool { (try? IPAddress(parsing: text))?.family == .v4 }
}
