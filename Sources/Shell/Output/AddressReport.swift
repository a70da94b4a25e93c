import AddressKit
import Findings
import PlacementRules

/// `addr ADDRESS...`: per address the verdict line (class, forwarding, reachability), then
/// what the session's rule pack says about it in each role.
struct AddressReport: PartialOutput {
  var items: [(classification: AddressClassification, verdict: AddressVerdict, port: UInt16?)]
  var pack: RulePack
  /// The first word that is not an address, when some were: the others are still classified.
  var failure: ShellError?

  init(_ endpoints: [IPEndpoint], pack: RulePack, failure: ShellError? = nil) {
    self.pack = pack
    self.failure = failure
    items = endpoints.map {
      (AddressClassification($0.address), pack.verdict(for: $0.address), $0.port)
    }
  }

  func text(_ style: TextStyle) -> String {
    items.map { item in
      var lines = [Self.verdictLine(item.classification, style)]
      if let port = item.port {
        lines.append("  port: \(port) (endpoint \(item.classification.address.withPort(port)))")
      }
      lines += Self.details(item.classification)
      lines += roleLines(item.verdict)
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// `169.254.0.1 · Link Local 169.254.0.0/16 (RFC 3927) · not forwardable · not globally
  /// reachable`.
  static func verdictLine(_ c: AddressClassification, _ style: TextStyle) -> String {
    [style.bold(c.address.canonicalText), className(c), forwarding(c), reachability(c)]
      .joined(separator: " · ")
  }

  static func className(_ c: AddressClassification) -> String {
    if let entry = c.registry { return "\(entry.name) \(entry.prefix) (\(entry.rfc))" }
    if let scope = c.multicastScope { return "multicast, \(scope.rawValue) scope" }
    return "global unicast (in no special-purpose block)"
  }

  static func forwarding(_ c: AddressClassification) -> String {
    if let entry = c.registry {
      switch entry.forwardable {
      case true?: return "forwardable"
      case false?: return "not forwardable"
      case nil: return "forwardable: N/A (IANA)"
      }
    }
    switch c.multicastScope {
    case nil: return "forwardable"
    case let scope? where scope == .interfaceLocal || scope == .linkLocal:
      return "not forwarded (\(scope.rawValue) scope)"
    case let scope?: return "forwarded within its \(scope.rawValue) scope"
    }
  }

  static func reachability(_ c: AddressClassification) -> String {
    if let entry = c.registry, entry.globallyReachable == nil {
      return "not globally reachable (IANA: N/A)"
    }
    return c.isGloballyReachable ? "globally reachable" : "not globally reachable"
  }

  /// Labels and the IPv4 address inside mapped, 6to4 and Teredo addresses.
  static func details(_ c: AddressClassification) -> [String] {
    var lines: [String] = []
    let labels = c.labels.map(\.rawValue).filter { $0 != c.registry?.name }
    if !labels.isEmpty { lines.append("  labels: " + labels.joined(separator: ", ")) }
    switch EmbeddedIPv4(c.address) {
    case .mapped(let v4)?, .nat64(let v4)?:
      let how = c.mappedIPv4 == nil ? " (RFC 6052)" : ""
      lines.append("  IPv4 inside\(how): \(v4) · \(className(AddressClassification(v4)))")
    case .sixToFour(let v4)?:
      lines.append(
        "  6to4 site router (IPv4 inside): \(v4) · \(className(AddressClassification(v4)))")
    case let embedded?:
      lines.append("  " + embedded.summary)
    case nil:
      break
    }
    if let zone = c.address.zone { lines.append("  zone: \(zone) (the interface it is scoped to)") }
    return lines
  }

  /// `rules azure-2014:` then one line per group of roles refused by the same rules, and the
  /// roles where the address is allowed.
  func roleLines(_ verdict: AddressVerdict) -> [String] {
    var lines = ["  rules \(verdict.pack):"]
    var groups: [(ids: [String], roles: [String])] = []
    for role in verdict.roles where !role.isAllowed {
      if let k = groups.firstIndex(where: { $0.ids == role.refusedBy }) {
        groups[k].roles.append(role.role.rawValue)
      } else {
        groups.append((role.refusedBy, [role.role.rawValue]))
      }
    }
    for group in groups {
      let errors = group.ids.contains { pack.rule($0)?.severity == .error }
      let verb = errors ? "not allowed in" : "discouraged in"
      let ids = group.ids.map { id in
        pack.rule(id)?.severity == .error ? id : "\(id), \(pack.rule(id)?.severity.rawValue ?? "")"
      }
      lines.append(
        "    \(verb) \(group.roles.joined(separator: ", ")) (\(ids.joined(separator: "; ")))")
    }
    let allowed = verdict.roles.filter(\.isAllowed).map(\.role.rawValue)
    if groups.isEmpty, verdict.address.family == .v6, !Self.judgesIPv6(pack) {
      lines.append("    no rule of this pack judges IPv6 addresses: its ranges are all IPv4")
      return lines
    }
    if allowed.isEmpty {
      lines.append("    allowed in no role")
    } else {
      lines.append("    allowed in \(allowed.joined(separator: ", "))")
    }
    return lines
  }

  /// Whether any per-address rule of `pack` names an IPv6 range.
  static func judgesIPv6(_ pack: RulePack) -> Bool {
    pack.rules.contains { rule in
      switch rule.check {
      case .forbiddenRanges(let ranges, _): ranges.contains { $0.1.family == .v6 }
      case .mustBeWithin(let ranges, _, _): ranges.contains { $0.family == .v6 }
      default: false
      }
    }
  }

  var json: JSONValue {
    let objects = items.map { item -> JSONValue in
      guard case .object(var pairs) = item.classification.json else { return .null }
      if let port = item.port { pairs.append(("port", .int(Int(port)))) }
      pairs.append(("rules", item.verdict.json))
      return .object(pairs)
    }
    return objects.count == 1 ? objects[0] : .array(objects)
  }
}
