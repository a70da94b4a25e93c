import AddressKit
import EnvironmentModel
import Findings

/// Reviews the addresses used inside site-to-site tunnels: each connection's tunnel inside
/// addresses and every BGP peering address, against RFC 3927 and Azure's APIPA BGP range.
///
/// Facts: RFC 3927 (169.254.0.0/16 is link-local; routers must not forward it, so it is fit only
/// for the inside of a point-to-point tunnel); Microsoft, "How to configure BGP for VPN Gateway"
/// (Azure VPN gateways accept custom APIPA BGP addresses only from 169.254.21.0-169.254.22.255);
/// Microsoft, Azure Virtual Network FAQ (169.254.0.0/16 cannot be used in a vnet's address space).
public enum TunnelAddressReview {
  public static let rfc3927 =
    "RFC 3927: Dynamic Configuration of IPv4 Link-Local Addresses (sections 2.6.2, 2.7)"
  public static let azureBGP =
    "Microsoft: How to configure BGP for Azure VPN Gateway (learn.microsoft.com/azure/vpn-gateway/bgp-howto): APIPA range 169.254.21.0-169.254.22.255"
  public static let vnetFAQ =
    "Microsoft: Azure Virtual Network FAQ (learn.microsoft.com/azure/virtual-network/virtual-networks-faq): 169.254.0.0/16 is not allowed in an address space"
  public static let refs = [rfc3927, azureBGP, vnetFAQ]

  static let linkLocal = try? IPPrefix(parsing: "169.254.0.0/16")
  static let azureRange = [
    try? IPPrefix(parsing: "169.254.21.0/24"), try? IPPrefix(parsing: "169.254.22.0/24"),
  ]
  .compactMap { $0 }

  /// Where an address was found, for messages: `connection lab-to-oslo`, `gateway of vnet lab`.
  public struct Use: Sendable {
    public var owner: String
    public var role: String
    public var text: AddressText
    /// True on the Azure side (gateway, connection), where only the Azure APIPA range is accepted.
    public var azureSide: Bool
  }

  /// Every finding about tunnel inside and BGP peering addresses in `environment`, in file order.
  public static func review(_ environment: Environment) -> [Finding] {
    var findings: [Finding] = []
    var seen: Set<String> = []
    for use in uses(environment.azure) {
      guard let address = try? IPAddress(parsing: use.text.text) else {
        findings.append(
          finding(
            "S2S-LL-NOT-AN-ADDRESS", .error, use,
            "'\(use.text.text)' (\(use.role) of \(use.owner)) is not an IP address",
            fix: "write a single IPv4 address such as 169.254.21.1"))
        continue
      }
      let isLinkLocal = linkLocal?.contains(address) ?? false
      if isLinkLocal, use.azureSide, !azureRange.contains(where: { $0.contains(address) }) {
        findings.append(
          finding(
            "S2S-LL-OUTSIDE-AZURE-RANGE", .error, use,
            "\(use.text.text) (\(use.role) of \(use.owner)) is link-local but outside Azure's APIPA BGP range 169.254.21.0-169.254.22.255: the gateway will not accept it",
            fix:
              "pick an address from 169.254.21.0-169.254.22.255 and the peer's from the same small block"
          ))
      }
      if !isLinkLocal, use.role == "tunnel inside address" {
        findings.append(
          finding(
            "S2S-LL-ROUTABLE-INSIDE", .info, use,
            "\(use.text.text) (\(use.role) of \(use.owner)) is not link-local: it works, but it is a routable address that must not overlap any network on either side",
            fix: nil))
      }
      if use.role == "tunnel inside address" {
        let key = "\(use.owner) \(address.canonicalText)"
        if seen.contains(key) {
          findings.append(
            finding(
              "S2S-LL-SAME-ENDS", .error, use,
              "\(use.text.text) is written twice in the tunnel inside addresses of \(use.owner): the two ends of a tunnel need different addresses",
              fix: "give the Azure end and the on-premises end their own addresses"))
        }
        seen.insert(key)
      }
    }
    findings += routedLinkLocal(environment.azure)
    return findings
  }

  /// Link-local space written where it would be routed: vnet address spaces, subnets, and the
  /// prefixes of local sites (which Azure routes into the tunnel).
  static func routedLinkLocal(_ azure: AzureNetwork) -> [Finding] {
    guard let linkLocal else { return [] }
    var places: [(String, AddressText)] = []
    for vnet in azure.vnets {
      places += vnet.addressSpace.map { ("address space of vnet \(vnet.name)", $0) }
      places += vnet.subnets.map { ("subnet \(vnet.name)/\($0.name)", $0.prefix) }
    }
    for site in azure.localSites {
      places += site.prefixes.map { ("prefixes of local site \(site.name)", $0) }
    }
    return places.compactMap { place, text in
      guard let prefix = try? IPPrefix(parsing: text.text, hostBits: .mask),
        prefix.overlaps(linkLocal)
      else {
        return nil
      }
      return Finding(
        id: "S2S-LL-ROUTED", severity: .error, subject: place,
        message:
          "\(text.text) in the \(place) overlaps 169.254.0.0/16, which is never routed (RFC 3927) and which Azure refuses in address spaces",
        evidence: text.origin.with(text: text.text),
        fix:
          "keep 169.254/16 inside the tunnel (BGP peering only); route real private prefixes instead",
        refs: [rfc3927, vnetFAQ])
    }
  }

  public static func uses(_ azure: AzureNetwork) -> [Use] {
    var uses: [Use] = []
    for connection in azure.connections {
      uses += connection.tunnelInsideAddresses.map {
        Use(
          owner: "connection \(connection.name)", role: "tunnel inside address", text: $0,
          azureSide: true)
      }
    }
    for vnet in azure.vnets {
      guard let bgp = vnet.gateway?.bgp else { continue }
      uses += bgp.peeringAddresses.map {
        Use(
          owner: "gateway of vnet \(vnet.name)", role: "BGP peering address", text: $0,
          azureSide: true)
      }
    }
    for site in azure.localSites {
      guard let bgp = site.bgp else { continue }
      uses += bgp.peeringAddresses.map {
        Use(
          owner: "local site \(site.name)", role: "BGP peering address", text: $0, azureSide: false)
      }
    }
    return uses
  }

  static func finding(
    _ id: String, _ severity: Severity, _ use: Use, _ message: String, fix: String?
  ) -> Finding {
    Finding(
      id: id, severity: severity, subject: use.owner, message: message,
      evidence: use.text.origin.with(text: use.text.text), fix: fix, refs: refs)
  }
}
