import AddressKit
import Findings

extension RulePack {
  /// Today's documented rules (VNet FAQ, VPN Gateway FAQ and settings, BGP how-to).
  public static let azureCurrent = RulePack(
    id: "azure-current",
    title: "Azure virtual networks and VPN Gateway as documented today",
    rules: [
      PlacementRule(
        .azVnetForbidden,
        check: .forbiddenRanges(
          [
            ("multicast", prefix("224.0.0.0/4")),
            ("broadcast", prefix("255.255.255.255/32")),
            ("loopback", prefix("127.0.0.0/8")),
            ("link local", prefix("169.254.0.0/16")),
            ("Azure internal DNS 168.63.129.16", prefix("168.63.129.16/32")),
          ], roles: [.vnetAddressSpace, .subnet, .gatewaySubnet, .p2sPool])),
      PlacementRule(
        .azVnetNotPrivate,
        check: .mustBeWithin(
          rfc1918 + [prefix("100.64.0.0/10")], describedAs: "RFC 1918 or RFC 6598",
          roles: [.vnetAddressSpace])),
      PlacementRule(
        .azSubnetSize, check: .subnetSize(ipv4Shortest: 2, ipv4Longest: 29, ipv6Exact: 64)),
      PlacementRule(.azSubnetOutsideVnet, check: .subnetInsideVNet),
      PlacementRule(
        .azSubnetOverlap,
        check: .noOverlap(
          roles: [.subnet, .gatewaySubnet], others: [.subnet, .gatewaySubnet], sameNetwork: true)),
      PlacementRule(
        .azGatewaysubnetName, check: .gatewaySubnetName("GatewaySubnet")),
      PlacementRule(
        .azGatewaysubnetSize, check: .gatewaySubnetRecommendedSize(27)),
      PlacementRule(
        .azP2sPrivate,
        check: .mustBeWithin(
          rfc1918 + [prefix("100.64.0.0/10")], describedAs: "private (RFC 1918 or RFC 6598)",
          roles: [.p2sPool])),
      PlacementRule(
        .azP2sOverlap,
        check: .noOverlap(
          roles: [.p2sPool], others: [.vnetAddressSpace, .localSitePrefix], sameNetwork: false)),
      PlacementRule(
        .addrOverlap, check: .localSiteOverlap(connected: false)),
      connectedSiteOverlap,
      PlacementRule(
        .azLngApipa, check: .forbiddenRanges(linkLocal, roles: [.localSitePrefix])),
      PlacementRule(.azLngBgpPeerPrefix, check: .localSiteWithoutBGPPeer),
      PlacementRule(.azBgpPeerInVnet, check: .bgpPeerOutsideVNet),
      PlacementRule(
        .azApipaRange,
        check: .mustBeWithin(
          azureAPIPA, describedAs: "169.254.21.0-169.254.22.255", roles: [.apipaBgpAddress])),
      PlacementRule(.azApipaDuplicate, check: .unique(roles: [.apipaBgpAddress, .bgpPeerAddress])),
      PlacementRule(.azPeeringOverlap, check: .peeringOverlap),
    ],
    verdictRoles: [
      .vnetAddressSpace, .subnet, .gatewaySubnet, .p2sPool, .localSitePrefix, .s2sTunnelInside,
      .bgpPeerAddress, .apipaBgpAddress,
    ])
}
