/// What a finding id means, declared once next to the code that emits it: the default severity,
/// a one-line title, why it matters, how to fix it and the sources it rests on.
///
/// A `Finding` is built from a `Rule`, so an id cannot be emitted without its catalog entry;
/// `explain ID` and `rules --all` print these, and SARIF carries them in `tool.driver.rules`.
public struct Rule: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Stable UPPER-KEBAB id (`DJ-OU-NOT-OU`); tests and scripts key on it.
  public let id: String
  /// The severity a finding of this rule has unless the emitting code says otherwise.
  public let severity: Severity
  /// What the rule says, in one line.
  public let title: String
  /// What a finding means and why it matters.
  public let explanation: String
  /// What to do about it, in general (a finding may give a more specific fix).
  public let fix: String
  /// The documents the rule rests on (RFCs, Microsoft pages, headers), most specific first.
  public let sources: [String]

  public init(
    _ id: String, _ severity: Severity, title: String, explanation: String, fix: String,
    sources: [String]
  ) {
    self.id = id
    self.severity = severity
    self.title = title
    self.explanation = explanation
    self.fix = fix
    self.sources = sources
  }

  public var description: String { id }

  /// Rules are identified by their id alone.
  public static func == (a: Rule, b: Rule) -> Bool { a.id == b.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// The JSON form `explain` and `rules --all` print.
  public var json: JSONValue {
    .object([
      ("id", .string(id)), ("severity", .string(severity.rawValue)), ("title", .string(title)),
      ("explanation", .string(explanation)), ("fix", .string(fix)),
      ("sources", .array(sources.map(JSONValue.string))),
    ])
  }
}

/// Every rule the tool can emit, grouped by the module that declares them.
public struct RuleCatalog: Sendable {
  /// One module's rules, in declaration order.
  public struct Area: Sendable {
    public let name: String
    public let rules: [Rule]
    public init(_ name: String, _ rules: [Rule]) {
      self.name = name
      self.rules = rules
    }
  }

  public let areas: [Area]
  private let index: [String: Rule]

  public init(_ areas: [Area]) {
    self.areas = areas
    var index: [String: Rule] = [:]
    for area in areas {
      for rule in area.rules where index[rule.id] == nil { index[rule.id] = rule }
    }
    self.index = index
  }

  /// Every rule, area by area.
  public var rules: [Rule] { areas.flatMap(\.rules) }

  /// The rule with this id (case-insensitive), or nil.
  public func rule(_ id: String) -> Rule? { index[id] ?? index[id.uppercased()] }
}
