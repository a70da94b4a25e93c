import Findings

/// The placement rules of both packs, declared once for the catalog; a pack pairs each with the
/// check that decides it (`RulePack+Azure2014.swift`, `RulePack+AzureCurrent.swift`).
extension Rule {
  /// An on-premises prefix inside the VNet its site is connected to: the same in every era.
  public static let azLngOverlapConnected = Rule(
    "AZ-LNG-OVERLAP-CONNECTED", .error,
    title: "an on-premises prefix overlaps the VNet it is connected to: Azure cannot route it",
    explanation:
      "Traffic for an address in both the VNet and the connected site's prefixes stays in the "
        + "VNet, so the on-premises hosts there are unreachable; Azure needs the two sides apart "
        + "or translated with VPN Gateway NAT.",
    fix: "remove the overlapping prefix from the local network gateway, renumber one side, or "
      + "translate it with VPN Gateway NAT",
    sources: [RulePack.natOverview, RulePack.s2sTutorial, RulePack.vpnFAQ])
  public static let azVnetForbidden = Rule(
    "AZ-VNET-FORBIDDEN", .error,
    title: "these ranges can't be added to a VNet",
    explanation:
      "The VNet FAQ lists ranges that cannot be added to a VNet: multicast, broadcast, loopback, "
        + "link-local and the Azure internal DNS address 168.63.129.16.",
    fix: "pick a range from RFC 1918 or 100.64.0.0/10",
    sources: [RulePack.vnetFAQ, "RFC 5771", "RFC 1122", "RFC 3927", "RFC 919"])
  public static let azVnetNotPrivate = Rule(
    "AZ-VNET-NOT-PRIVATE", .warning,
    title: "VNet address space outside RFC 1918 and RFC 6598 'might work but have "
      + "undesirable side effects'",
    explanation:
      "Public ranges that are not yours can be used but shadow the real owners' addresses for "
        + "everything in the VNet; the FAQ says they 'might work but have undesirable side "
        + "effects'.",
    fix: "Use RFC 1918 or RFC 6598 space, or public space you own.",
    sources: [RulePack.vnetFAQ, "RFC 1918", "RFC 6598"])
  public static let azSubnetSize = Rule(
    "AZ-SUBNET-SIZE", .error,
    title: "IPv4 subnets must be /29 to /2; IPv6 subnets exactly /64",
    explanation:
      "Azure reserves five addresses per subnet: IPv4 subnets must be /29 to /2, and IPv6 "
        + "subnets exactly /64.",
    fix: "Resize the subnet into the allowed range.",
    sources: [RulePack.vnetFAQ])
  public static let azSubnetOutsideVnet = Rule(
    "AZ-SUBNET-OUTSIDE-VNET", .error,
    title: "subnets must lie inside their VNet's address space (NetcfgSubnetRangeOutsideVnet)",
    explanation:
      "A subnet is carved out of its VNet's address space; Azure refuses one outside it "
        + "(NetcfgSubnetRangeOutsideVnet).",
    fix: "Move the subnet inside the VNet's address space, or widen the address space.",
    sources: [RulePack.vnetFAQ])
  public static let azSubnetOverlap = Rule(
    "AZ-SUBNET-OVERLAP", .error,
    title: "subnets of a VNet must not overlap (NetcfgSubnetRangesOverlap)",
    explanation:
      "Two subnets of one VNet sharing addresses make routing ambiguous; Azure refuses it "
        + "(NetcfgSubnetRangesOverlap).",
    fix: "Give each subnet its own range inside the VNet.",
    sources: [RulePack.vnetFAQ])
  public static let azGatewaysubnetName = Rule(
    "AZ-GATEWAYSUBNET-NAME", .error,
    title: "the gateway subnet must be named GatewaySubnet",
    explanation: "The VPN gateway deploys only into a subnet named exactly GatewaySubnet.",
    fix: "rename the subnet to GatewaySubnet",
    sources: [RulePack.vpnFAQ])
  public static let azGatewaysubnetSize = Rule(
    "AZ-GATEWAYSUBNET-SIZE", .warning,
    title: "gateway subnets smaller than /27 work only for the Basic SKU (/29 minimum)",
    explanation:
      "Gateway SKUs other than Basic need more addresses than a /28 or /29 holds; /27 or larger "
        + "leaves room for them and for coexisting gateways.",
    fix: "use /27 or larger",
    sources: [RulePack.gatewaySettings, RulePack.vpnFAQ])
  public static let azP2sPrivate = Rule(
    "AZ-P2S-PRIVATE", .error,
    title: "the P2S client address pool must be a private range",
    explanation:
      "Point-to-site clients get addresses from the pool; it must be private space (RFC 1918 or "
        + "RFC 6598).",
    fix: "Use a pool from RFC 1918 or 100.64.0.0/10.",
    sources: [RulePack.p2sDoc, "RFC 1918", "RFC 6598"])
  public static let azP2sOverlap = Rule(
    "AZ-P2S-OVERLAP", .error,
    title: "the P2S pool must not overlap the VNet or the on-premises location",
    explanation:
      "P2S clients route to the VNet and the on-premises sites; a pool overlapping either makes "
        + "those destinations unreachable from the clients.",
    fix: "Choose a pool that overlaps neither the VNet nor the local sites.",
    sources: [RulePack.p2sDoc])
  public static let addrOverlap = Rule(
    "ADDR-OVERLAP", .warning,
    title: "local network gateway prefixes must not overlap the VNet",
    explanation:
      "Traffic to a local site prefix leaves through the VPN gateway; a prefix that overlaps the "
        + "VNet makes the same addresses local and remote, so one side becomes unreachable.",
    fix: "change the site's prefixes or the VNet's address space so they do not overlap; if both "
      + "must stay, translate one side with VPN Gateway NAT",
    sources: [RulePack.vpnFAQ, RulePack.natOverview])
  public static let azLngApipa = Rule(
    "AZ-LNG-APIPA", .error,
    title: "an APIPA (link-local) address can't be added to a local network gateway's "
      + "address space",
    explanation:
      "The address space of a local network gateway is routed over the tunnel; an APIPA BGP peer "
        + "address belongs on the tunnel, and Azure adds its host route itself.",
    fix: "leave the BGP peer out of the address space: Azure adds the host route itself",
    sources: [RulePack.vpnFAQ, "RFC 3927"])
  public static let azLngBgpPeerPrefix = Rule(
    "AZ-LNG-BGP-PEER-PREFIX", .warning,
    title: "with BGP, don't list the BGP peer /32 in the local site's address space",
    explanation:
      "With BGP, Azure adds a host route to the on-premises BGP peer; listing the same /32 in "
        + "the local site's prefixes is redundant and can conflict.",
    fix: "Remove the BGP peer /32 from the local network gateway's address space.",
    sources: [RulePack.vpnFAQ])
  public static let azBgpPeerInVnet = Rule(
    "AZ-BGP-PEER-IN-VNET", .error,
    title: "the on-premises BGP peer address must not come from the VNet address space",
    explanation:
      "The on-premises BGP peer address must be reachable over the tunnel; inside the VNet's own "
        + "address space it is routed locally instead.",
    fix: "Use an on-premises address (or an APIPA address) for the BGP peer.",
    sources: [RulePack.vpnFAQ])
  public static let azApipaRange = Rule(
    "AZ-APIPA-RANGE", .error,
    title: "custom Azure APIPA BGP addresses must be in 169.254.21.0-169.254.22.255",
    explanation:
      "Azure accepts custom APIPA BGP addresses only from 169.254.21.0 to 169.254.22.255.",
    fix: "Choose APIPA BGP addresses in 169.254.21.0-169.254.22.255.",
    sources: [RulePack.bgpDoc])
  public static let azApipaDuplicate = Rule(
    "AZ-APIPA-DUPLICATE", .error,
    title: "APIPA BGP addresses must not repeat across gateways and on-premises devices",
    explanation:
      "Each BGP session needs its own peer address; the same APIPA address on two gateways or "
        + "devices breaks one of the sessions.",
    fix: "Give every gateway instance and on-premises device its own APIPA address.",
    sources: [RulePack.bgpDoc, "Connect AWS and Azure using a BGP-enabled VPN gateway"])
  public static let azPeeringOverlap = Rule(
    "AZ-PEERING-OVERLAP", .error,
    title: "peered VNets must not have overlapping address spaces",
    explanation:
      "Peered VNets route to each other's address spaces; Azure refuses a peering when they "
        + "overlap.",
    fix: "Renumber one VNet before peering them.",
    sources: [RulePack.vnetFAQ])
  public static let az2014VnetRfc1918 = Rule(
    "AZ2014-VNET-RFC1918", .error,
    title: "VNet address space must be RFC 1918 private space",
    explanation:
      "In 2014 Azure accepted only RFC 1918 private space in a VNet; any other range was refused "
        + "when the network configuration was imported.",
    fix: "use 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16",
    sources: [RulePack.savill2014, "RFC 1918", RulePack.vnetFAQ])
  public static let az2014LinkLocal = Rule(
    "AZ2014-LINK-LOCAL", .error,
    title: "link-local 169.254.0.0/16 is only for the inside of S2S tunnel interfaces",
    explanation:
      "RFC 3927 link-local addresses are never forwarded by routers, so 169.254.0.0/16 only "
        + "works on the two ends of an S2S tunnel interface, not as a routed prefix.",
    fix: "keep 169.254.x.x on the tunnel interfaces; route real prefixes instead",
    sources: ["RFC 3927 section 2.7 (never forwarded)", RulePack.vnetFAQ])
  public static let az2014P2sRfc1918 = Rule(
    "AZ2014-P2S-RFC1918", .error,
    title: "P2S client address pool must be RFC 1918 private space",
    explanation:
      "The point-to-site client pool had to be RFC 1918 private space; clients get their "
        + "addresses from it.",
    fix: "Use a pool from 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.",
    sources: [RulePack.p2sDoc, "RFC 1918"])
  public static let az2014SubnetSize = Rule(
    "AZ2014-SUBNET-SIZE", .error,
    title: "subnets must be /29 to /8",
    explanation:
      "Azure reserves five addresses per subnet, so the smallest usable subnet is /29; the "
        + "largest is /8.",
    fix: "Resize the subnet to a length from /8 to /29.",
    sources: ["Azure Virtual Network FAQ (2019 snapshot: smallest /29, largest /8)"])
  public static let az2014SubnetOutsideVnet = Rule(
    "AZ2014-SUBNET-OUTSIDE-VNET", .error,
    title: "subnets must lie inside their VNet's address space",
    explanation: "A subnet is carved out of its VNet's address space; one outside it is refused.",
    fix: "Move the subnet inside the VNet's address space, or widen the address space.",
    sources: [RulePack.vnetFAQ])
  public static let az2014SubnetOverlap = Rule(
    "AZ2014-SUBNET-OVERLAP", .error,
    title: "subnets of a VNet must not overlap",
    explanation:
      "Two subnets of one VNet sharing addresses make routing inside the VNet ambiguous; Azure "
        + "refuses it.",
    fix: "Give each subnet its own range inside the VNet.",
    sources: [RulePack.vnetFAQ])
  public static let az2014P2sOverlap = Rule(
    "AZ2014-P2S-OVERLAP", .error,
    title: "the P2S pool must not overlap the VNet or the local sites",
    explanation:
      "P2S clients route to the VNet and the local sites; a pool overlapping either makes those "
        + "destinations unreachable from the clients.",
    fix: "Choose a pool that overlaps neither the VNet nor the local sites.",
    sources: [RulePack.p2sDoc])

  /// Every placement rule of every pack, for the catalog.
  public static let placementRules: [Rule] = [
    .azLngOverlapConnected,
    .azVnetForbidden,
    .azVnetNotPrivate,
    .azSubnetSize,
    .azSubnetOutsideVnet,
    .azSubnetOverlap,
    .azGatewaysubnetName,
    .azGatewaysubnetSize,
    .azP2sPrivate,
    .azP2sOverlap,
    .addrOverlap,
    .azLngApipa,
    .azLngBgpPeerPrefix,
    .azBgpPeerInVnet,
    .azApipaRange,
    .azApipaDuplicate,
    .azPeeringOverlap,
    .az2014VnetRfc1918,
    .az2014LinkLocal,
    .az2014P2sRfc1918,
    .az2014SubnetSize,
    .az2014SubnetOutsideVnet,
    .az2014SubnetOverlap,
    .az2014P2sOverlap,
    .addrHostBits, .addrUnreadable,
  ]
}

extension Rule {
  public static let addrHostBits = Rule(
    "ADDR-HOST-BITS", .error, title: "a prefix must not have host bits set",
    explanation: "In 10.1.2.3/24 the bits past the prefix length are not zero; Azure refuses "
      + "such a prefix, and the network meant is 10.1.2.0/24.",
    fix: "Write the network address: zero the bits past the prefix length.",
    sources: AddressPlanBuilder.refs)
  public static let addrUnreadable = Rule(
    "ADDR-UNREADABLE", .error, title: "an address or prefix must parse",
    explanation: "An entry that is not an IPv4/IPv6 address or prefix cannot be placed, so no "
      + "rule can judge it and Azure refuses it.",
    fix: "Correct the text at the column shown.", sources: AddressPlanBuilder.refs)
}
