import AddressKit
import Findings

/// A named set of placement rules (`azure-2014`, `azure-current`), picked with `set rules NAME`.
public struct RulePack: Sendable {
  /// The name `set rules` takes: `azure-2014`, `azure-current`.
  public let id: String
  /// One line saying what era or documents the pack follows.
  public let title: String
  /// The rules, in evaluation order.
  public let rules: [PlacementRule]
  /// The roles an address verdict covers, in the order it lists them.
  public let verdictRoles: [PlacementRole]

  /// A pack from its parts (tests and future packs).
  public init(id: String, title: String, rules: [PlacementRule], verdictRoles: [PlacementRole]) {
    self.id = id
    self.title = title
    self.rules = rules
    self.verdictRoles = verdictRoles
  }

  /// Every shipped pack.
  public static let all: [RulePack] = [.azure2014, .azureCurrent]

  /// The pack with this id, or nil.
  public static func named(_ id: String) -> RulePack? { all.first { $0.id == id } }

  /// The rule with this id, or nil.
  public func rule(_ id: String) -> PlacementRule? { rules.first { $0.id == id } }

  static func prefix(_ text: String) -> IPPrefix {
    // Pack data is literal and covered by tests; an unparsable literal degrades to ::/128.
    (try? IPPrefix(parsing: text)) ?? IPPrefix.host(IPAddress(v6High: 0, low: 0))
  }

  /// An on-premises prefix inside the VNet its site is connected to: the same in every era.
  static let connectedSiteOverlap = PlacementRule(
    id: "AZ-LNG-OVERLAP-CONNECTED", severity: .error,
    title: "an on-premises prefix overlaps the VNet it is connected to: Azure cannot route it",
    refs: [natOverview, s2sTutorial, vpnFAQ],
    check: .localSiteOverlap(connected: true),
    fix: "remove the overlapping prefix from the local network gateway, renumber one side, or "
      + "translate it with VPN Gateway NAT")
  static let siteOverlapFix =
    "change the site's prefixes or the VNet's address space so they do not overlap; if both "
    + "must stay, translate one side with VPN Gateway NAT"

  static let rfc1918 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map(prefix)
  static let linkLocal = [("link local (RFC 3927)", prefix("169.254.0.0/16"))]
  static let azureAPIPA = ["169.254.21.0/24", "169.254.22.0/24"].map(prefix)

  static let vnetFAQ =
    "Azure Virtual Network FAQ, https://learn.microsoft.com/azure/virtual-network/"
    + "virtual-networks-faq"
  static let vpnFAQ =
    "Azure VPN Gateway FAQ, https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq"
  static let gatewaySettings =
    "About VPN Gateway configuration settings, https://learn.microsoft.com/azure/vpn-gateway/"
    + "vpn-gateway-about-vpn-gateway-settings#gwsub"
  static let natOverview =
    "About NAT on VPN Gateway ('the address spaces must not overlap otherwise the communication "
    + "would fail'), https://learn.microsoft.com/azure/vpn-gateway/nat-overview"
  static let s2sTutorial =
    "Create a site-to-site VPN connection in the Azure portal, local network gateway address "
    + "space, https://learn.microsoft.com/azure/vpn-gateway/tutorial-site-to-site-portal"
  static let p2sDoc =
    "Configure P2S VPN (certificate authentication), client address pool, https://learn.microsoft"
    + ".com/azure/vpn-gateway/point-to-site-certificate-gateway#addresspool"
  static let bgpDoc =
    "Configure BGP for VPN Gateway, https://learn.microsoft.com/azure/vpn-gateway/bgp-howto"
  static let savill2014 =
    "John Savill, Non-RFC 1918 IP addresses in Azure virtual networks, ITPro Today, 2014-11-28"
}
