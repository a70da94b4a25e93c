import AddressKit
import Findings

/// One placement rule as data: a stable id, a severity, a message, its sources and the check
/// that decides it.
public struct PlacementRule: Sendable {
  /// Stable UPPER-KEBAB id, e.g. `AZ2014-VNET-RFC1918`.
  public let id: String
  /// How much a violation matters.
  public let severity: Severity
  /// What the rule says, e.g. "VNet address space must be RFC 1918".
  public let title: String
  /// Sources: Microsoft document titles/URLs, RFCs.
  public let refs: [String]
  /// What decides the rule.
  public let check: Check
  /// What to do when the rule fires: every rule has one.
  public let fix: String

  /// A rule from its parts.
  public init(
    id: String, severity: Severity, title: String, refs: [String], check: Check, fix: String
  ) {
    self.id = id
    self.severity = severity
    self.title = title
    self.refs = refs
    self.check = check
    self.fix = fix
  }

  /// The checks rule packs are made of.
  public enum Check: Sendable {
    /// Entries in `roles` must not overlap any of the labelled ranges.
    case forbiddenRanges([(String, IPPrefix)], roles: Set<PlacementRole>)
    /// Entries in `roles` (of the ranges' family) must lie inside one of the ranges.
    case mustBeWithin([IPPrefix], describedAs: String, roles: Set<PlacementRole>)
    /// IPv4 subnet lengths between `ipv4Longest` and `ipv4Shortest`, IPv6 exactly `ipv6Exact`.
    case subnetSize(ipv4Shortest: Int, ipv4Longest: Int, ipv6Exact: Int?)
    /// A gateway subnet must carry this name.
    case gatewaySubnetName(String)
    /// A gateway subnet smaller than `recommended` (but not smaller than the minimum).
    case gatewaySubnetRecommendedSize(Int)
    /// Subnets must lie inside one of their VNet's address spaces.
    case subnetInsideVNet
    /// Entries of `roles` must not overlap entries of `others`; `sameNetwork` limits the pairs
    /// to one VNet (subnets) or to different owners (everything else).
    case noOverlap(roles: Set<PlacementRole>, others: Set<PlacementRole>, sameNetwork: Bool)
    /// Local site prefixes must not overlap a VNet: one finding per site prefix and VNet, the
    /// VNet's overlapping subnets listed in it. `connected` keeps the pairs joined by a
    /// connection (an error: Azure cannot route the overlap), otherwise the unconnected ones.
    case localSiteOverlap(connected: Bool)
    /// Peered VNets' address spaces must not overlap.
    case peeringOverlap
    /// A BGP peer address must not sit in a VNet address space.
    case bgpPeerOutsideVNet
    /// A local site must not list its BGP peer /32 (or any APIPA address) in its prefixes.
    case localSiteWithoutBGPPeer
    /// No two entries of `roles` may use the same address.
    case unique(roles: Set<PlacementRole>)
  }
}

extension PlacementRule.Check {
  /// True for checks that judge one entry on its own, so they give a per-address verdict.
  var isPerEntry: Bool {
    switch self {
    case .forbiddenRanges, .mustBeWithin: true
    default: false
    }
  }
}
