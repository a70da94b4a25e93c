import AddressKit
import Findings

extension RulePack {
  /// What the seed era (before TechEd Europe, November 2014) allowed: RFC 1918 only in VNets and
  /// P2S pools, link-local 169.254.0.0/16 nowhere but inside S2S tunnel interfaces.
  public static let azure2014 = RulePack(
    id: "azure-2014",
    title: "Azure virtual networks as of early 2014 (RFC 1918 only)",
    rules: [
      PlacementRule(
        .az2014VnetRfc1918,
        check: .mustBeWithin(rfc1918, describedAs: "RFC 1918", roles: [.vnetAddressSpace])),
      PlacementRule(
        .az2014LinkLocal,
        check: .forbiddenRanges(
          linkLocal,
          roles: [.vnetAddressSpace, .subnet, .gatewaySubnet, .p2sPool, .localSitePrefix])),
      PlacementRule(
        .az2014P2sRfc1918, check: .mustBeWithin(rfc1918, describedAs: "RFC 1918", roles: [.p2sPool])
      ),
      PlacementRule(
        .az2014SubnetSize, check: .subnetSize(ipv4Shortest: 8, ipv4Longest: 29, ipv6Exact: nil)),
      PlacementRule(.az2014SubnetOutsideVnet, check: .subnetInsideVNet),
      PlacementRule(
        .az2014SubnetOverlap,
        check: .noOverlap(
          roles: [.subnet, .gatewaySubnet], others: [.subnet, .gatewaySubnet], sameNetwork: true)),
      PlacementRule(
        .az2014P2sOverlap,
        check: .noOverlap(
          roles: [.p2sPool], others: [.vnetAddressSpace, .localSitePrefix], sameNetwork: false)),
      PlacementRule(
        .addrOverlap, title: "local network sites must not overlap the VNet", check: .localSiteOverlap(connected: false)),
      connectedSiteOverlap,
    ],
    verdictRoles: [
      .vnetAddressSpace, .subnet, .gatewaySubnet, .p2sPool, .localSitePrefix, .s2sTunnelInside,
    ])
}
