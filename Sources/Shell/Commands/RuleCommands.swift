import Findings

/// `explain ID` and `rules --all`: the rule catalog, rule by rule or whole.
public enum RuleCommands {
  public static var all: [CommandSpec] { [explain] }

  /// Rule ids, for Tab after `explain`.
  public static let names = NameKind(rawValue: "rule")

  static let id = ArgumentSpec("ID", .name(names), help: "a finding id such as DJ-OU-NOT-OU")

  static let explain = CommandSpec(
    ["explain"], summary: "what a finding id means, why it matters, how to fix it, its sources",
    discussion: "Every id a finding can carry is in the catalog; 'rules --all' lists them.",
    arguments: [id],
    examples: ["explain DJ-OU-NOT-OU", "explain az-vnet-forbidden"]
  ) { invocation, _ in
    let word = invocation.word(id)
    guard let id = word?.text, let rule = RuleCatalog.standard.rule(id) else {
      let id = word?.text ?? ""
      throw ShellError(
        "no rule '\(ShellError.abbreviated(id))' in the catalog", column: word?.column,
        hint: "'rules --all' lists every id; Tab completes them")
    }
    return RuleExplanation(rule: rule, area: RuleCatalog.standard.area(of: rule.id))
  }
}

extension RuleCatalog {
  /// The name of the area that declares `id`.
  func area(of id: String) -> String? {
    areas.first { $0.rules.contains { $0.id == id } }?.name
  }
}

/// `explain ID`: one rule.
struct RuleExplanation: ReportOutput {
  var rule: Rule
  var area: String?

  var asReport: Report {
    var fields = [
      ReportNode.Field("why it matters", rule.explanation), .init("fix", rule.fix),
    ]
    if let area { fields.append(.init("area", area)) }
    fields.append(.init("sources", rule.sources.joined(separator: "; ")))
    return Report(
      [.heading("\(rule.id)  \(rule.severity.rawValue)  \(rule.title)"), .fields(fields)],
      data: rule.json)
  }
}

/// `rules --all`: the whole catalog, area by area.
struct RuleCatalogReport: ReportOutput {
  var catalog: RuleCatalog

  var asReport: Report {
    var nodes: [ReportNode] = catalog.areas.map { area in
      .section(
        "\(area.name) · \(Plural.count(area.rules.count, "rule"))",
        [
          .table(
            header: ["severity", "id", "rule"],
            rows: area.rules.map { [$0.severity.label, $0.id, $0.title] }, headerInText: false)
        ])
    }
    nodes.append(
      .paragraph(
        "\(Plural.count(catalog.rules.count, "rule")) in "
          + "\(Plural.count(catalog.areas.count, "area")) · 'explain ID' for one"))
    let json: JSONValue = .object([
      (
        "areas",
        .array(
          catalog.areas.map {
            .object([("area", .string($0.name)), ("rules", .array($0.rules.map(\.json)))])
          })
      )
    ])
    return Report(nodes, data: json)
  }
}
