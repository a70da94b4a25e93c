import Findings

/// A command's output as data: a few kinds of node that every renderer walks (text for people,
/// JSON, Markdown, SARIF for findings). Adding a format touches the renderers, not the outputs.
public struct Report: Sendable {
  public var nodes: [ReportNode]
  /// The command's JSON contract, when it has one; the JSON renderer prints it as is, so
  /// `--format json` output never changes with the tree.
  public var data: JSONValue?

  public init(_ nodes: [ReportNode], data: JSONValue? = nil) {
    self.nodes = nodes
    self.data = data
  }

  /// True when the report has a findings node, even an empty one: it is the result of a check.
  public var hasFindings: Bool {
    nodes.contains { node in
      switch node {
      case .findings: true
      case .section(_, let nodes): Report(nodes).hasFindings
      default: false
      }
    }
  }

  /// Every finding the report holds, in the order its nodes hold them.
  public var findings: [Finding] {
    nodes.flatMap { node -> [Finding] in
      switch node {
      case .findings(let findings): findings
      case .section(_, let nodes): Report(nodes).findings
      default: []
      }
    }
  }
}

/// One piece of a report.
public enum ReportNode: Sendable {
  /// A line that introduces what follows (a verdict, a file and what was found in it).
  case heading(String)
  /// Running text.
  case paragraph(String)
  /// Labelled values, in order.
  case fields([Field])
  /// Items, one a line (attempts in a log, settings of a file).
  case list([String])
  /// Rows of cells under a header; `rightAligned` columns hold numbers. The text form leaves
  /// the header out when `headerInText` is false (listings the shell prints bare); Markdown
  /// always has one.
  case table(
    header: [String], rows: [[String]], rightAligned: Set<Int> = [], headerInText: Bool = true)
  /// Findings, each with its rule, evidence, fix and sources.
  case findings([Finding])
  /// Text kept exactly as it is: commands to paste, a listing.
  case code(String)
  /// A titled group of nodes (one area of `check all`).
  case section(String, [ReportNode])

  /// A label and its value.
  public struct Field: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
      self.label = label
      self.value = value
    }
  }
}

/// The formats every command renders to with `--format`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case json
  case markdown
  case sarif

  /// `output` in this format: the one place formats are told apart. Relative evidence paths in
  /// SARIF are relative to `baseDirectory`.
  public func render(_ output: any CommandOutput, _ style: TextStyle, baseDirectory: String)
    -> String
  {
    switch self {
    case .text: output.text(style)
    case .json: output.json.prettyText
    case .markdown: String(output.asReport.markdown.dropLast())
    case .sarif:
      SARIFLog(
        findings: output.findings, catalog: .standard, baseDirectory: baseDirectory,
        toolVersion: ShellProgram.version
      ).json.prettyText
    }
  }
}

extension Finding {
  /// Where the finding was seen, as renderers need it: the one place that reads `evidence`, so
  /// a change of location type touches this accessor only.
  var place: (file: String?, line: Int?, text: String?) {
    (evidence?.file?.shown, evidence?.line, evidence?.text)
  }
}

extension [ReportNode] {
  /// Findings in report order and the line that counts them: how every command closes.
  static func findingList(_ findings: [Finding], scope: String? = nil) -> [ReportNode] {
    let sorted = findings.sorted(by: Finding.reportOrder)
    return [.findings(sorted), .paragraph(FindingsSummary.line(sorted, scope: scope))]
  }
}

/// `3 findings · 1 error · 2 warnings`, or `no findings in SCOPE`.
enum FindingsSummary {
  static func line(_ findings: [Finding], scope: String? = nil) -> String {
    guard !findings.isEmpty else { return "no findings" + (scope.map { " in \($0)" } ?? "") }
    var parts = [Plural.count(findings.count, "finding")]
    for severity in Severity.allCases {
      let n = findings.filter { $0.severity == severity }.count
      if n > 0 { parts.append(Plural.count(n, severity.rawValue)) }
    }
    return parts.joined(separator: " · ")
  }
}
