import AddressKit
import Findings

extension RulePack {
  /// Runs every rule of the pack over `plan`; findings in report order.
  public func check(_ plan: AddressPlan) -> [Finding] {
    var out: [Finding] = []
    for rule in rules { out += evaluate(rule, plan) }
    return out.sorted(by: Finding.reportOrder)
  }

  func finding(_ rule: PlacementRule, _ entry: PlanEntry, _ message: String) -> Finding {
    Finding(
      id: rule.id, severity: rule.severity, subject: entry.owner,
      message: message + " (rule pack \(id))", evidence: entry.evidence, fix: rule.fix,
      refs: rule.refs)
  }

  func describe(_ e: PlanEntry) -> String { "\(e.role.rawValue) '\(e.owner)' \(e.prefix)" }

  func evaluate(_ rule: PlacementRule, _ plan: AddressPlan) -> [Finding] {
    let entries = plan.entries
    switch rule.check {
    case .forbiddenRanges, .mustBeWithin:
      return entries.compactMap { e in
        perEntryProblem(rule.check, e).map { finding(rule, e, describe(e) + " " + $0) }
      }
    case .subnetSize(let shortest, let longest, let v6):
      return entries.filter(\.role.isSubnet).compactMap { e in
        let l = e.prefix.length
        if e.prefix.family == .v4, l < shortest || l > longest {
          return finding(
            rule, e,
            "\(describe(e)) is /\(l): IPv4 subnets must be /\(longest) "
              + "to /\(shortest)")
        }
        if e.prefix.family == .v6, let v6, l != v6 {
          return finding(rule, e, "\(describe(e)) is /\(l): IPv6 subnets must be exactly /\(v6)")
        }
        return nil
      }
    case .gatewaySubnetName(let name):
      return entries.filter { $0.role == .gatewaySubnet && $0.leafName != name }.map { e in
        finding(rule, e, "gateway subnet '\(e.owner)' is named '\(e.leafName)', not '\(name)'")
      }
    case .gatewaySubnetRecommendedSize(let recommended):
      return entries.filter {
        $0.role == .gatewaySubnet && $0.prefix.family == .v4 && $0.prefix.length > recommended
      }.map { e in
        finding(
          rule, e,
          "\(describe(e)) is smaller than /\(recommended): only the Basic SKU "
            + "accepts it; the VPN Gateway FAQ recommends /\(recommended) or larger")
      }
    case .subnetInsideVNet:
      return entries.filter(\.role.isSubnet).compactMap { e in
        let spaces = entries.filter {
          $0.role == .vnetAddressSpace && $0.network == e.network
            && $0.prefix.family == e.prefix.family
        }
        guard !spaces.isEmpty, !spaces.contains(where: { $0.prefix.contains(e.prefix) }) else {
          return nil
        }
        let list = spaces.map(\.prefix.description).joined(separator: ", ")
        return finding(rule, e, "\(describe(e)) is outside VNet '\(e.network)' (\(list))")
      }
    case .noOverlap(let roles, let others, let sameNetwork):
      return overlapFindings(rule, entries) { a, b in
        let match =
          (roles.contains(a.role) && others.contains(b.role))
          || (roles.contains(b.role) && others.contains(a.role))
        return match && (sameNetwork ? a.network == b.network : a.network != b.network)
      }
    case .localSiteOverlap(let connected):
      return localSiteOverlaps(rule, plan, connected: connected)
    case .peeringOverlap:
      let peered = Set(plan.peerings.flatMap { [[$0.a, $0.b], [$0.b, $0.a]] })
      return overlapFindings(rule, entries) { a, b in
        a.role == .vnetAddressSpace && b.role == .vnetAddressSpace
          && peered.contains([a.network, b.network])
      }
    case .bgpPeerOutsideVNet:
      let spaces = entries.filter { $0.role == .vnetAddressSpace }
      return entries.filter { $0.role == .bgpPeerAddress }.compactMap { e in
        guard let space = spaces.first(where: { $0.prefix.overlaps(e.prefix) }) else { return nil }
        return finding(rule, e, "\(describe(e)) is inside \(describe(space))")
      }
    case .localSiteWithoutBGPPeer:
      let peers = entries.filter { $0.role == .bgpPeerAddress }
      return entries.filter { $0.role == .localSitePrefix }.compactMap { e in
        guard let peer = peers.first(where: { $0.network == e.network && $0.prefix == e.prefix })
        else { return nil }
        return finding(
          rule, e,
          "\(describe(e)) is the BGP peer address \(peer.prefix.network): "
            + "Azure adds that host route itself")
      }
    case .unique(let roles):
      var seen: [IPPrefix: PlanEntry] = [:]
      var out: [Finding] = []
      for e in entries where roles.contains(e.role) {
        if let first = seen[e.prefix] {
          out.append(finding(rule, e, "\(describe(e)) repeats \(describe(first))"))
        } else {
          seen[e.prefix] = e
        }
      }
      return out
    }
  }

  /// Why one entry breaks a per-entry check, or nil when it doesn't.
  func perEntryProblem(_ check: PlacementRule.Check, _ e: PlanEntry) -> String? {
    switch check {
    case .forbiddenRanges(let ranges, let roles):
      guard roles.contains(e.role) else { return nil }
      let hits = ranges.filter { $0.1.overlaps(e.prefix) }
      guard !hits.isEmpty else { return nil }
      if hits.count == 1, hits[0].1.contains(e.prefix) {
        return "is in \(hits[0].1) (\(hits[0].0))"
      }
      return "overlaps " + hits.map { "\($0.1) (\($0.0))" }.joined(separator: ", ")
    case .mustBeWithin(let ranges, let described, let roles):
      guard roles.contains(e.role), ranges.contains(where: { $0.family == e.prefix.family }),
        !ranges.contains(where: { $0.contains(e.prefix) })
      else { return nil }
      let cls = AddressClassification(e.prefix.network).className
      return "is not \(described) (\(cls))"
    default:
      return nil
    }
  }

  /// One finding per local site prefix and VNet it overlaps, listing the VNet's overlapping
  /// address spaces and subnets; pairs whose site is connected to that VNet are kept when
  /// `connected`, the others when not.
  func localSiteOverlaps(_ rule: PlacementRule, _ plan: AddressPlan, connected: Bool)
    -> [Finding]
  {
    let entries = plan.entries
    let vnetRoles: Set<PlacementRole> = [.vnetAddressSpace, .subnet, .gatewaySubnet]
    let links = Set(plan.connections)
    struct Key: Hashable {
      var site: Int
      var vnet: String
    }
    var groups: [Key: [Int]] = [:]
    var order: [Key] = []
    for pair in IPPrefix.overlappingPairs(entries.map(\.prefix)) {
      let (a, b) = (entries[pair.outer], entries[pair.inner])
      let (site, other) =
        a.role == .localSitePrefix ? (pair.outer, pair.inner) : (pair.inner, pair.outer)
      guard entries[site].role == .localSitePrefix, vnetRoles.contains(entries[other].role),
        a.network != b.network
      else { continue }
      let key = Key(site: site, vnet: entries[other].network)
      let isLinked = links.contains(.init(vnet: key.vnet, site: entries[site].network))
      guard isLinked == connected else { continue }
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(other)
    }
    return order.map { key in
      let site = entries[key.site]
      let parts = groups[key, default: []].map { entries[$0] }
      let spaces = parts.filter { $0.role == .vnetAddressSpace }.map(\.prefix.description)
      let subnets = parts.filter(\.role.isSubnet).map { "\($0.leafName) \($0.prefix)" }
      var message = "\(describe(site)) overlaps VNet '\(key.vnet)'"
      if !spaces.isEmpty { message += " " + spaces.joined(separator: ", ") }
      if !subnets.isEmpty {
        message += (spaces.isEmpty ? " subnets " : ", subnets ")
          + subnets.joined(separator: ", ")
      }
      if connected {
        message += ", the VNet it is connected to: Azure cannot route these addresses"
      }
      return finding(rule, site, message)
    }
  }

  /// Findings for every overlapping pair accepted by `filter`, found by one sort-and-sweep.
  func overlapFindings(
    _ rule: PlacementRule, _ entries: [PlanEntry], _ filter: (PlanEntry, PlanEntry) -> Bool
  ) -> [Finding] {
    IPPrefix.overlappingPairs(entries.map(\.prefix)).compactMap { pair in
      let outer = entries[pair.outer]
      let inner = entries[pair.inner]
      guard filter(outer, inner) else { return nil }
      let verb = outer.prefix == inner.prefix ? "is the same prefix as" : "contains"
      return finding(rule, outer, "\(describe(outer)) \(verb) \(describe(inner))")
    }
  }
}
