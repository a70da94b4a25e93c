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
        id: "AZ2014-VNET-RFC1918", severity: .error,
        title: "VNet address space must be RFC 1918 private space",
        refs: [savill2014, "RFC 1918", vnetFAQ],
        check: .mustBeWithin(rfc1918, describedAs: "RFC 1918", roles: [.vnetAddressSpace]),
        fix: "use 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"),
      PlacementRule(
        id: "AZ2014-LINK-LOCAL", severity: .error,
        title: "link-local 169.254.0.0/16 is only for the inside of S2S tunnel interfaces",
        refs: ["RFC 3927 section 2.7 (never forwarded)", vnetFAQ],
        check: .forbiddenRanges(
          linkLocal,
          roles: [.vnetAddressSpace, .subnet, .gatewaySubnet, .p2sPool, .localSitePrefix]),
        fix: "keep 169.254.x.x on the tunnel interfaces; route real prefixes instead"),
      PlacementRule(
        id: "AZ2014-P2S-RFC1918", severity: .error,
        title: "P2S client address pool must be RFC 1918 private space",
        refs: [p2sDoc, "RFC 1918"],
        check: .mustBeWithin(rfc1918, describedAs: "RFC 1918", roles: [.p2sPool]),
        fix: "pick the pool from 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"),
      PlacementRule(
        id: "AZ2014-SUBNET-SIZE", severity: .error,
        title: "subnets must be /29 to /8",
        refs: ["Azure Virtual Network FAQ (2019 snapshot: smallest /29, largest /8)"],
        check: .subnetSize(ipv4Shortest: 8, ipv4Longest: 29, ipv6Exact: nil),
        fix: "resize the subnet to between /8 and /29"),
      PlacementRule(
        id: "AZ2014-SUBNET-OUTSIDE-VNET", severity: .error,
        title: "subnets must lie inside their VNet's address space",
        refs: [vnetFAQ], check: .subnetInsideVNet,
        fix: "move the subnet inside one of the VNet's address spaces, or add a "
          + "space that holds it"),
      PlacementRule(
        id: "AZ2014-SUBNET-OVERLAP", severity: .error,
        title: "subnets of a VNet must not overlap",
        refs: [vnetFAQ],
        check: .noOverlap(
          roles: [.subnet, .gatewaySubnet], others: [.subnet, .gatewaySubnet], sameNetwork: true),
        fix: "renumber one of the subnets so no address belongs to two of them"),
      PlacementRule(
        id: "AZ2014-P2S-OVERLAP", severity: .error,
        title: "the P2S pool must not overlap the VNet or the local sites",
        refs: [p2sDoc],
        check: .noOverlap(
          roles: [.p2sPool], others: [.vnetAddressSpace, .localSitePrefix], sameNetwork: false),
        fix: "pick a P2S pool that neither the VNet nor any local site uses"),
      PlacementRule(
        id: "ADDR-OVERLAP", severity: .warning,
        title: "local network sites must not overlap the VNet",
        refs: [vpnFAQ, natOverview],
        check: .localSiteOverlap(connected: false),
        fix: siteOverlapFix),
      connectedSiteOverlap,
    ],
    verdictRoles: [
      .vnetAddressSpace, .subnet, .gatewaySubnet, .p2sPool, .localSitePrefix, .s2sTunnelInside,
    ])
}
