import AddressKit
import EnvironmentModel
import Findings

/// The interfaces of every host of an environment (from `ipconfig /all` or the native format):
/// APIPA where DHCP should have answered, deprecated site-local DNS placeholders, one address on
/// two hosts, a gateway off the interface's subnet, and addresses inside the environment's Azure
/// address space. Each finding points at the line of the address it is about.
public enum HostReview {
  static let rfc3927 = "RFC 3927 section 2.1 (link-local configuration when no other is available)"
  static let autoIP =
    "Microsoft: How to use automatic TCP/IP addressing without a DHCP server (KB 220874)"
  static let rrasDHCP =
    "Microsoft TechNet: DHCP and Routing and Remote Access (cc958904); RRAS and DHCP (dd458962)"
  static let s2sAPIPA =
    "Configure BGP for VPN Gateway (APIPA BGP addresses on the on-premises device), "
    + "https://learn.microsoft.com/azure/vpn-gateway/bgp-howto"

  /// APIPA on Ethernet or Wi-Fi: the DHCP client got no answer on that link.
  public static let apipa = FindingRule(
    id: "HOST-APIPA", severity: .warning,
    title: "an Ethernet or Wi-Fi adapter has a 169.254 (APIPA) address: DHCP failed on that link",
    fix: "check the link and the DHCP server or relay for that segment, then 'ipconfig /renew'; "
      + "or give the adapter a static address",
    refs: [rfc3927, autoIP])
  /// APIPA on a PPP/VPN adapter of an RRAS server: what S2S tunnels with BGP use.
  public static let apipaOnTunnel = FindingRule(
    id: "HOST-APIPA-RRAS-TUNNEL", severity: .info,
    title: "a 169.254 address on a PPP/VPN adapter of an RRAS server is expected",
    fix: "nothing to do for S2S tunnel interfaces; if this adapter should hand out client "
      + "addresses, make a DHCP server reachable or give RRAS a static pool",
    refs: [s2sAPIPA, rrasDHCP, rfc3927])
  /// `fec0:0:0:ffff::1`-`3`: the placeholders Windows shows when no IPv6 DNS server is set.
  public static let siteLocalDNS = FindingRule(
    id: "HOST-DNS-SITE-LOCAL", severity: .info,
    title: "fec0:0:0:ffff::1-3 DNS servers are deprecated site-local placeholders (RFC 3879)",
    fix: "ignore them while IPv4 DNS serves the host; for IPv6 DNS configure real servers "
      + "(DHCPv6 or router advertisements, RFC 8106)",
    refs: ["RFC 3879 (deprecating site-local addresses)", "RFC 4291 section 2.5.7"])
  /// One address on two hosts.
  public static let duplicate = FindingRule(
    id: "HOST-DUPLICATE-ADDRESS", severity: .error,
    title: "two hosts use the same address",
    fix: "give one of the hosts another address (check DHCP reservations and static settings)",
    refs: ["RFC 5227 (IPv4 address conflict detection)", "RFC 4862 section 5.4 (DAD)"])
  /// A default gateway the interface cannot reach on-link.
  public static let gatewayOffSubnet = FindingRule(
    id: "HOST-GATEWAY-OUTSIDE-SUBNET", severity: .error,
    title: "the default gateway is outside every subnet of the interface",
    fix: "use a gateway address inside the interface's subnet, or correct the mask",
    refs: ["RFC 1122 section 3.3.1.1 (the first-hop gateway must be on a connected network)"])
  /// A host address inside the Azure address space of the same environment.
  public static let azureCollision = FindingRule(
    id: "HOST-AZURE-OVERLAP", severity: .error,
    title: "a host address lies inside an Azure VNet or P2S pool of the same environment",
    fix: "renumber the host's network or the Azure side; if this host is an Azure VM, declare "
      + "it under azure.vms with its name or address so it is recognised",
    refs: [RulePack.vpnFAQ, RulePack.natOverview])

  /// Every declared rule, for catalogs.
  public static let rules = [
    apipa, apipaOnTunnel, siteLocalDNS, duplicate, gatewayOffSubnet, azureCollision,
  ]

  static let linkLocalV4 = RulePack.prefix("169.254.0.0/16")
  static let siteLocal = RulePack.prefix("fec0::/10")

  /// One address of one interface, read.
  struct Seen {
    var host: Host
    var interface: Interface
    var text: AddressText
    var address: IPAddress
    /// The subnet from the mask, when the mask was given.
    var subnet: IPPrefix?
  }

  /// Every finding about the hosts of `environment`, in the order of the file.
  public static func findings(_ environment: Environment) -> [Finding] {
    let azure = azureSpaces(environment)
    let vmNames = Set(environment.azure.vms.map { $0.name.lowercased() })
    // An Azure VM's own ipconfig shows its VNet address: by name or by address, it is the VM.
    let vmAddresses = Set(
      environment.azure.vms.flatMap(\.addresses).compactMap { try? IPAddress(parsing: $0.text) })
    var out: [Finding] = []
    var firstUse: [IPAddress: Seen] = [:]
    for host in environment.hosts {
      let rras = host.isRRASServer
      for interface in host.interfaces {
        let seen = interface.addresses.compactMap { read($0, host, interface) }
        for s in seen {
          out += addressFindings(s, rras: rras)
          guard isUnique(s.address) else { continue }
          if let first = firstUse[s.address], first.host.name != host.name {
            out.append(
              duplicate.finding(
                subject(s), "\(describe(s)) is also used by "
                  + "\(describe(first)) (\(first.text.origin.place ?? "?"))",
                evidence: s.text.origin.with(text: s.text.text)))
          } else if firstUse[s.address] == nil {
            firstUse[s.address] = s
          }
          if !vmNames.contains(host.name.lowercased()), !vmAddresses.contains(s.address),
            let space = azure.first(where: { $0.prefix.contains(s.address) })
          {
            out.append(
              azureCollision.finding(
                subject(s), "\(describe(s)) is inside "
                  + "\(space.role.rawValue) '\(space.owner)' \(space.prefix): traffic for it "
                  + "is routed to Azure", evidence: s.text.origin.with(text: s.text.text)))
          }
        }
        out += gatewayFindings(host, interface, seen)
        let placeholders = interface.dnsServers.filter { dns in
          (try? IPAddress(parsing: dns.text)).map(siteLocal.contains) ?? false
        }
        if let first = placeholders.first {
          let lines = placeholders.map { String($0.origin.line ?? 0) }.joined(separator: ", ")
          out.append(
            siteLocalDNS.finding(
              "\(host.name)/\(interface.name)",
              "\(host.name) \(interface.name) lists DNS "
                + (placeholders.count == 1 ? "server " : "servers ")
                + placeholders.map(\.text).joined(separator: ", ")
                + " (\(placeholders.count == 1 ? "line" : "lines") \(lines)): "
                + "deprecated site-local placeholders Windows shows when no IPv6 DNS server is "
                + "configured", evidence: first.origin.with(text: first.text)))
        }
      }
    }
    return out
  }

  static func read(_ entry: InterfaceAddress, _ host: Host, _ interface: Interface) -> Seen? {
    guard let address = try? IPAddress(parsing: entry.address.text) else { return nil }
    var subnet: IPPrefix?
    if let mask = entry.mask {
      subnet = try? IPPrefix(parsing: "\(address.textWithoutZone)/\(mask)", hostBits: .mask)
    }
    return Seen(
      host: host, interface: interface, text: entry.address, address: address.withoutZone,
      subnet: subnet)
  }

  /// APIPA on Ethernet/Wi-Fi (DHCP failed) or on an RRAS server's PPP/tunnel adapter (expected).
  static func addressFindings(_ s: Seen, rras: Bool) -> [Finding] {
    guard linkLocalV4.contains(s.address) else { return [] }
    let evidence = s.text.origin.with(text: s.text.text)
    switch s.interface.kind {
    case .ethernet, .wireless:
      let kind = s.interface.kind == .wireless ? "Wi-Fi" : "Ethernet"
      let article = s.interface.kind == .wireless ? "a" : "an"
      return [
        apipa.finding(
          subject(s), "\(describe(s)) is an APIPA address on \(article) \(kind) "
            + "adapter: its DHCP client got no answer on that link", evidence: evidence)
      ]
    case .ppp, .tunnel:
      guard rras else { return [] }
      return [
        apipaOnTunnel.finding(
          subject(s), "\(describe(s)) is an APIPA address on a PPP/VPN "
            + "adapter of RRAS server \(s.host.name): expected for S2S tunnel interfaces",
          evidence: evidence)
      ]
    case .unknown:
      return []
    }
  }

  /// Gateways that no subnet of the interface holds (only where masks are known).
  static func gatewayFindings(_ host: Host, _ interface: Interface, _ seen: [Seen]) -> [Finding] {
    var out: [Finding] = []
    for gateway in interface.gateways {
      guard let address = try? IPAddress(parsing: gateway.text),
        address.family == .v6 || address.v4Value != 0,
        !(address.family == .v6 && AddressLabel.labels(for: address).contains(.ipv6LinkLocal))
      else { continue }
      let subnets = seen.compactMap(\.subnet).filter { $0.family == address.family }
      guard !subnets.isEmpty, !subnets.contains(where: { $0.contains(address) }) else { continue }
      let list = subnets.map(\.description).joined(separator: ", ")
      out.append(
        gatewayOffSubnet.finding(
          "\(host.name)/\(interface.name)",
          "\(host.name) \(interface.name) has default gateway "
            + "\(gateway.text) outside its subnet \(list): the host cannot reach it on-link",
          evidence: gateway.origin.with(text: gateway.text)))
    }
    return out
  }

  /// Addresses one link cannot share with another host: not link-local, loopback or unspecified.
  static func isUnique(_ address: IPAddress) -> Bool {
    let labels = AddressLabel.labels(for: address)
    return !labels.contains(where: {
      [.ipv4LinkLocal, .ipv6LinkLocal, .loopback, .unspecified].contains($0)
    })
  }

  /// The VNet address spaces and P2S pools of the environment.
  static func azureSpaces(_ environment: Environment) -> [PlanEntry] {
    AddressPlan.from(environment).plan.entries.filter {
      $0.role == .vnetAddressSpace || $0.role == .p2sPool
    }
  }

  static func subject(_ s: Seen) -> String { "\(s.host.name)/\(s.interface.name)" }

  static func describe(_ s: Seen) -> String {
    "\(s.host.name) \(s.interface.name) \(s.text.text)"
  }
}
