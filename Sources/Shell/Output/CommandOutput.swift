import Findings

/// What a command returns: one value that renders both as text for people and as JSON for
/// scripts. Commands never print; the interpreter renders their output.
public protocol CommandOutput: Sendable {
  /// The text form, without a trailing newline; empty for commands that print nothing.
  func text(_ style: TextStyle) -> String
  /// The JSON form.
  var json: JSONValue { get }
}

/// How output is rendered: the session's setting, overridable per command with `--format`.
public enum OutputFormat: String, Sendable, CaseIterable {
  case text
  case json
}

/// Output for the part of a command that worked, when another part failed: it is rendered, then
/// the command still fails with `failure` (`addr 10.0.0.1 x 10.0.0.2` classifies two addresses,
/// points at `x` and exits 1).
public protocol PartialOutput: CommandOutput {
  /// Why the command as a whole failed, or nil when nothing did.
  var failure: ShellError? { get }
}

/// Output that is just text (help, narration); its JSON is `{"text": ...}`.
public struct TextOutput: CommandOutput {
  public var body: String
  public init(_ body: String) { self.body = body }
  public func text(_ style: TextStyle) -> String { body }
  public var json: JSONValue { .object([("text", .string(body))]) }
}

/// A command that has nothing to say (`set format`, `quit`): nothing is printed in either format.
public struct EmptyOutput: CommandOutput {
  public init() {}
  public func text(_ style: TextStyle) -> String { "" }
  public var json: JSONValue { .object([]) }
}

/// Text for people, with a JSON form built separately by the command.
public struct StructuredOutput: CommandOutput {
  public var body: String
  public var json: JSONValue
  public init(text: String, json: JSONValue) {
    self.body = text
    self.json = json
  }
  public func text(_ style: TextStyle) -> String { body }
}

/// A list of findings with a closing count: the shape every rule, check and analyser reports in.
public struct FindingsReport: CommandOutput {
  public var findings: [Finding]
  /// What was examined, shown when there is nothing to report ("no findings in 6 prefixes").
  public var scope: String?

  public init(_ findings: [Finding], scope: String? = nil) {
    self.findings = findings.sorted(by: Finding.reportOrder)
    self.scope = scope
  }

  public func text(_ style: TextStyle) -> String {
    var lines = findings.map { style.finding($0) }
    lines.append(summary)
    return lines.joined(separator: "\n")
  }

  /// `3 findings · 1 error · 2 warnings`.
  public var summary: String {
    guard !findings.isEmpty else { return "no findings" + (scope.map { " in \($0)" } ?? "") }
    var parts = [Plural.count(findings.count, "finding")]
    for severity in Severity.allCases {
      let n = findings.filter { $0.severity == severity }.count
      if n > 0 { parts.append(Plural.count(n, severity.rawValue)) }
    }
    return parts.joined(separator: " · ")
  }

  public var json: JSONValue {
    .object([("findings", .array(findings.map(\.json)))])
  }
}
