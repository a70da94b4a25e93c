import Findings

/// `export ...`: what the session found, written to a file through the artifact writer. Each
/// kind of export is one command of this family (findings, the netsh router script).
public enum ExportCommands {
  public static var all: [CommandSpec] {
    [findings, netsh, vmOrder, environment, session, transcript, list]
  }

  /// `export environment`, `export session`, `export transcript`: the older commands that
  /// write files under the one verb that lists everything that can leave; the old names work.
  static func alias(_ spec: CommandSpec, as path: [String], examples: [String]) -> CommandSpec {
    var alias = spec
    alias.path = path
    alias.discussion = "The same command as '\(spec.name)'." + (spec.discussion.map { " " + $0 } ?? "")
    alias.examples = examples
    return alias
  }

  static let environment = alias(
    EnvironmentCommands.save, as: ["export", "environment"],
    examples: ["export environment lab-copy.yaml"])
  static let session = alias(
    SessionCommands.saveSession, as: ["export", "session"],
    examples: ["export session lab-check.hb"])
  static let transcript = alias(
    SessionCommands.recordStart, as: ["export", "transcript"],
    examples: ["export transcript lessons/first-look.hbt"])

  static let list = CommandSpec(
    ["export", "list"], summary: "list the files this session wrote, with sizes and sha256",
    discussion: "Every export, save, --out file and recorded transcript, in the order written.",
    examples: ["export list"]
  ) { _, session in
    WrittenArtifactsList(written: session.written)
  }

  static let group = "write what the session found to a file (atomic, sha256 reported)"

  /// The format of the file written (the command's own `--format`, so its confirmation line is
  /// printed in the session's format).
  static let fileFormat = OptionSpec(
    "format", value: .choice(ReportFormat.allCases.map(\.rawValue)),
    valueName: "markdown|json|sarif|text", help: "the file's format (default markdown)")
  static let to = OptionSpec(
    "to", value: .outputFile, valueName: "FILE", required: true, help: "the file to write")

  static let findings = CommandSpec(
    ["export", "findings"],
    summary: "write the findings of the last check (check all, analyze ...) to FILE",
    discussion: """
      Markdown is a report to read: a summary table, then each finding with its evidence, fix \
      and sources. SARIF 2.1.0 carries the rule catalog in tool.driver.rules and points each \
      result at its file and line, relative to %SRCROOT% (the session's directory). JSON is the \
      findings schema ({"findings": [...]}); text is the findings as the shell prints them.
      """,
    options: [fileFormat, to],
    examples: [
      "export findings --format sarif --to audit.sarif",
      "export findings --format markdown --to audit.md",
    ]
  ) { invocation, session in
    guard let last = session.lastFindings else {
      throw ShellError(
        "no findings to export yet: run a check first (check all, check addresses, analyze ...)",
        column: invocation.endColumn)
    }
    let format = invocation.value(fileFormat).flatMap(ReportFormat.init(rawValue:)) ?? .markdown
    let export = FindingsExport(command: last.command, findings: last.findings)
    let text = format.render(export, .plain, baseDirectory: session.baseDirectory)
    return try invocation.writeArtifact(
      Array((text + "\n").utf8), to: to,
      detail:
        "\(Plural.count(export.findings.count, "finding")) from '\(last.command)' as "
        + format.rawValue)
  }
}

/// The findings of one command as a document of their own.
struct FindingsExport: ReportOutput {
  var command: String
  var sorted: [Finding]

  init(command: String, findings: [Finding]) {
    self.command = command
    self.sorted = findings.sorted(by: Finding.reportOrder)
  }

  var asReport: Report {
    Report(
      [
        .heading("hybridbench findings: \(command)"),
        .paragraph(FindingsSummary.line(sorted)), .findings(sorted),
      ], data: FindingsReport(sorted).json)
  }
}
