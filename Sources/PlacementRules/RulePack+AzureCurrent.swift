import AddressKit
import Findings

extension RulePack {
  /// Today's documented rules (VNet FAQ, VPN Gateway FAQ and settings, BGP how-to).
  public static let azureCurrent = RulePack(
    id: "azure-current",
    title: "Azure virtual networks and VPN Gateway as documented today",
    rules: [
      PlacementRule(
        id: "AZ-VNET-FORBIDDEN", severity: .error,
        title: "these ranges can't be added to a VNet",
        refs: [vnetFAQ, "RFC 5771", "RFC 1122", "RFC 3927", "RFC 919"],
        check: .forbiddenRanges(
          [
            ("multicast", prefix("224.0.0.0/4")),
            ("broadcast", prefix("255.255.255.255/32")),
            ("loopback", prefix("127.0.0.0/8")),
            ("link local", prefix("169.254.0.0/16")),
            ("Azure internal DNS 168.63.129.16", prefix("168.63.129.16/32")),
          ], roles: [.vnetAddressSpace, .subnet, .gatewaySubnet, .p2sPool]),
        fix: "pick a range from RFC 1918 or 100.64.0.0/10"),
      PlacementRule(
        id: "AZ-VNET-NOT-PRIVATE", severity: .warning,
        title: "VNet address space outside RFC 1918 and RFC 6598 'might work but have "
          + "undesirable side effects'",
        refs: [vnetFAQ, "RFC 1918", "RFC 6598"],
        check: .mustBeWithin(
          rfc1918 + [prefix("100.64.0.0/10")], describedAs: "RFC 1918 or RFC 6598",
          roles: [.vnetAddressSpace]),
        fix: "prefer RFC 1918 or 100.64.0.0/10; keep public space only if you "
          + "own it and accept the side effects"),
      PlacementRule(
        id: "AZ-SUBNET-SIZE", severity: .error,
        title: "IPv4 subnets must be /29 to /2; IPv6 subnets exactly /64",
        refs: [vnetFAQ],
        check: .subnetSize(ipv4Shortest: 2, ipv4Longest: 29, ipv6Exact: 64),
        fix: "resize IPv4 subnets to between /2 and /29; make IPv6 subnets "
          + "exactly /64"),
      PlacementRule(
        id: "AZ-SUBNET-OUTSIDE-VNET", severity: .error,
        title: "subnets must lie inside their VNet's address space (NetcfgSubnetRangeOutsideVnet)",
        refs: [vnetFAQ], check: .subnetInsideVNet,
        fix: "move the subnet inside one of the VNet's address spaces, or add a "
          + "space that holds it"),
      PlacementRule(
        id: "AZ-SUBNET-OVERLAP", severity: .error,
        title: "subnets of a VNet must not overlap (NetcfgSubnetRangesOverlap)",
        refs: [vnetFAQ],
        check: .noOverlap(
          roles: [.subnet, .gatewaySubnet], others: [.subnet, .gatewaySubnet], sameNetwork: true),
        fix: "renumber one of the subnets so no address belongs to two of them"),
      PlacementRule(
        id: "AZ-GATEWAYSUBNET-NAME", severity: .error,
        title: "the gateway subnet must be named GatewaySubnet",
        refs: [vpnFAQ], check: .gatewaySubnetName("GatewaySubnet"),
        fix: "rename the subnet to GatewaySubnet"),
      PlacementRule(
        id: "AZ-GATEWAYSUBNET-SIZE", severity: .warning,
        title: "gateway subnets smaller than /27 work only for the Basic SKU (/29 minimum)",
        refs: [gatewaySettings, vpnFAQ], check: .gatewaySubnetRecommendedSize(27),
        fix: "use /27 or larger"),
      PlacementRule(
        id: "AZ-P2S-PRIVATE", severity: .error,
        title: "the P2S client address pool must be a private range",
        refs: [p2sDoc, "RFC 1918", "RFC 6598"],
        check: .mustBeWithin(
          rfc1918 + [prefix("100.64.0.0/10")], describedAs: "private (RFC 1918 or RFC 6598)",
          roles: [.p2sPool]),
        fix: "pick the pool from RFC 1918 or 100.64.0.0/10"),
      PlacementRule(
        id: "AZ-P2S-OVERLAP", severity: .error,
        title: "the P2S pool must not overlap the VNet or the on-premises location",
        refs: [p2sDoc],
        check: .noOverlap(
          roles: [.p2sPool], others: [.vnetAddressSpace, .localSitePrefix], sameNetwork: false),
        fix: "pick a P2S pool that neither the VNet nor the on-premises networks "
          + "use"),
      PlacementRule(
        id: "ADDR-OVERLAP", severity: .warning,
        title: "local network gateway prefixes must not overlap the VNet",
        refs: [vpnFAQ, natOverview],
        check: .localSiteOverlap(connected: false),
        fix: siteOverlapFix),
      connectedSiteOverlap,
      PlacementRule(
        id: "AZ-LNG-APIPA", severity: .error,
        title: "an APIPA (link-local) address can't be added to a local network gateway's "
          + "address space",
        refs: [vpnFAQ, "RFC 3927"],
        check: .forbiddenRanges(linkLocal, roles: [.localSitePrefix]),
        fix: "leave the BGP peer out of the address space: Azure adds the host route itself"),
      PlacementRule(
        id: "AZ-LNG-BGP-PEER-PREFIX", severity: .warning,
        title: "with BGP, don't list the BGP peer /32 in the local site's address space",
        refs: [vpnFAQ], check: .localSiteWithoutBGPPeer,
        fix: "remove the BGP peer's /32 from the local site's address space"),
      PlacementRule(
        id: "AZ-BGP-PEER-IN-VNET", severity: .error,
        title: "the on-premises BGP peer address must not come from the VNet address space",
        refs: [vpnFAQ], check: .bgpPeerOutsideVNet,
        fix: "give the on-premises BGP peer an address outside the VNet (a "
          + "loopback or an APIPA address)"),
      PlacementRule(
        id: "AZ-APIPA-RANGE", severity: .error,
        title: "custom Azure APIPA BGP addresses must be in 169.254.21.0-169.254.22.255",
        refs: [bgpDoc],
        check: .mustBeWithin(
          azureAPIPA, describedAs: "169.254.21.0-169.254.22.255", roles: [.apipaBgpAddress]),
        fix: "pick the custom APIPA BGP address from 169.254.21.0-169.254.22.255"),
      PlacementRule(
        id: "AZ-APIPA-DUPLICATE", severity: .error,
        title: "APIPA BGP addresses must not repeat across gateways and on-premises devices",
        refs: [bgpDoc, "Connect AWS and Azure using a BGP-enabled VPN gateway"],
        check: .unique(roles: [.apipaBgpAddress, .bgpPeerAddress]),
        fix: "give each gateway instance and on-premises device its own APIPA "
          + "address"),
      PlacementRule(
        id: "AZ-PEERING-OVERLAP", severity: .error,
        title: "peered VNets must not have overlapping address spaces",
        refs: [vnetFAQ], check: .peeringOverlap,
        fix: "renumber one VNet before peering: peering refuses overlapping "
          + "address spaces"),
    ],
    verdictRoles: [
      .vnetAddressSpace, .subnet, .gatewaySubnet, .p2sPool, .localSitePrefix, .s2sTunnelInside,
      .bgpPeerAddress, .apipaBgpAddress,
    ])
}
