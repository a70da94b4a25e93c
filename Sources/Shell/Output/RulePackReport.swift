import Findings
import PlacementRules

/// `rules`: a placement rule pack's rules with their ids, severities and sources.
struct RulePackReport: CommandOutput {
  var pack: RulePack
  /// Whether it is the session's active pack.
  var active: Bool

  func text(_ style: TextStyle) -> String {
    let others = RulePack.all.map(\.id).filter { $0 != pack.id }.joined(separator: ", ")
    var lines = [
      "rule pack \(style.bold(pack.id))\(active ? " (active)" : ""): \(pack.title) · "
        + "\(Plural.count(pack.rules.count, "rule")) · others: \(others)"
    ]
    for rule in pack.rules {
      lines.append("\(style.severity(rule.severity)) \(style.bold(rule.id))  \(rule.title)")
      lines.append(style.dim("  sources: \(rule.refs.joined(separator: "; "))"))
    }
    return lines.joined(separator: "\n")
  }

  var json: JSONValue {
    .object([
      ("pack", .string(pack.id)),
      ("title", .string(pack.title)),
      ("active", .bool(active)),
      (
        "rules",
        .array(
          pack.rules.map {
            .object([
              ("id", .string($0.id)), ("severity", .string($0.severity.rawValue)),
              ("title", .string($0.title)), ("fix", .string($0.fix)),
              ("refs", .array($0.refs.map(JSONValue.string))),
            ])
          })
      ),
    ])
  }
}
