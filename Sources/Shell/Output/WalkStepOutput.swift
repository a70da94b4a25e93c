import Findings
import Walkthroughs

/// A walkthrough step as the shell shows it: where we are, what the step says and why, what its
/// check found, and what to type next.
struct WalkStepOutput: CommandOutput {
  var shown: WalkPresentation
  var showTrail: Bool

  init(_ shown: WalkPresentation, showTrail: Bool) {
    self.shown = shown
    self.showTrail = showTrail
  }

  func text(_ style: TextStyle) -> String {
    let walkthrough = shown.walkthrough
    let step = shown.step
    if shown.progress.finished, shown.result == nil, !showTrail {
      return finishedText(style)
    }
    var lines = shown.answerNote.map { ["(\($0))"] } ?? []
    lines += [
      style.bold(
        "\(walkthrough.id) · step \(shown.position) of \(Self.total(shown)) · "
          + "\(step.kind.rawValue) · \(step.title)")
    ]
    lines += shown.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
    lines.append(style.dim("  why: \(step.why)"))
    if let question = step.question {
      if let given = shown.answeredFromEnvironment {
        lines.append("  \(question.prompt): \(given) (from the environment)")
      } else if let answer = shown.progress.answers[question.key] {
        lines.append("  \(question.prompt): \(answer)")
      } else {
        lines.append("  question: \(question.prompt)")
        if case .choice(let choices) = question.expect {
          lines += TextTable(choices.map { [$0.value, $0.label] }).lines(indent: "    ")
        }
      }
    }
    if let result = shown.result {
      lines.append("  \(Self.label(result.outcome, style)) \(result.summary)")
      lines += result.details.map { "    " + $0 }
      for finding in result.findings {
        lines += style.finding(finding).split(separator: "\n").map { "  " + $0 }
      }
    }
    if !step.refs.isEmpty { lines.append(style.dim("  refs: \(step.refs.joined(separator: "; "))")) }
    if showTrail, !shown.progress.trail.isEmpty {
      lines.append("  path so far:")
      lines += Self.path(shown).map { "    " + $0 }
    }
    lines.append("next: \(shown.hint)")
    return lines.joined(separator: "\n")
  }

  /// What the step's check found: what `--fail-on` counts and `export findings` keeps.
  var findings: [Finding] { shown.result?.findings ?? [] }
  /// A step whose check ran reported its findings, none included.
  var reportsFindings: Bool { shown.result != nil }

  /// The step as a tree for Markdown and SARIF; the text form above keeps its own layout.
  var asReport: Report {
    let walkthrough = shown.walkthrough
    var nodes: [ReportNode] = [
      .heading(
        "\(walkthrough.id) · step \(shown.position) of \(walkthrough.steps.count) · "
          + "\(shown.step.kind.rawValue) · \(shown.step.title)"),
      .paragraph(shown.step.text), .paragraph("why: \(shown.step.why)"),
    ]
    if let result = shown.result {
      nodes.append(.paragraph("\(result.outcome.rawValue): \(result.summary)"))
      if !result.details.isEmpty { nodes.append(.code(result.details.joined(separator: "\n"))) }
      nodes.append(.findings(result.findings))
    }
    nodes.append(.paragraph("next: \(shown.hint)"))
    return Report(nodes, data: json)
  }

  /// PROBLEM (the evidence shows it), CLEAR, or UNKNOWN (no evidence), padded alike.
  static func label(_ outcome: WalkOutcome, _ style: TextStyle) -> String {
    switch outcome {
    case .failed: style.paint("PROBLEM", .red)
    case .passed: style.paint("CLEAR  ", .green)
    case .unknown: style.paint("UNKNOWN", .yellow)
    }
  }

  /// `5`, or `5-7` while the branches still to come decide how many steps the walk takes.
  static func total(_ shown: WalkPresentation) -> String {
    let low = shown.position + shown.remaining.lowerBound
    let high = shown.position + shown.remaining.upperBound
    return low == high ? "\(low)" : "\(low)-\(high)"
  }

  /// The steps actually taken, numbered, with the answer each question holds now (on its last
  /// visit only: an earlier answer was replaced).
  static func path(_ shown: WalkPresentation) -> [String] {
    let path = shown.progress.path
    return path.enumerated().map { index, id in
      guard let step = shown.walkthrough.step(id) else { return "\(index + 1). \(id)" }
      var line = "\(index + 1). \(step.title)"
      if !path[(index + 1)...].contains(id), let key = step.question?.key,
        let answer = shown.progress.answers[key]
      {
        line += ": \(answer)"
      }
      return line
    }
  }

  private func finishedText(_ style: TextStyle) -> String {
    let progress = shown.progress
    let steps = Plural.count(progress.path.count, "step")
    var lines = [style.bold("\(shown.walkthrough.id) · complete after \(steps)")]
    lines.append("  path:")
    lines += Self.path(shown).map { "    " + $0 }
    if !progress.findingIDs.isEmpty { lines.append("  found: \(progress.findingIDs.joined(separator: ", "))") }
    if !progress.pathFacts.isEmpty {
      lines += progress.pathFacts.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
    }
    lines.append("next: \(shown.hint)")
    return lines.joined(separator: "\n")
  }

  var json: JSONValue {
    let progress = shown.progress
    return .object([
      ("walkthrough", .string(shown.walkthrough.id)),
      ("step", .string(shown.step.id)),
      ("kind", .string(shown.step.kind.rawValue)),
      ("position", .int(shown.position)),
      ("steps", .int(shown.position + shown.remaining.upperBound)),
      ("path", .array(progress.path.map(JSONValue.string))),
      ("title", .string(shown.step.title)),
      ("text", .string(shown.text)),
      ("why", .string(shown.step.why)),
      ("outcome", shown.result.map { .string($0.outcome.rawValue) } ?? .null),
      ("summary", shown.result.map { .string($0.summary) } ?? .null),
      ("details", .array((shown.result?.details ?? []).map(JSONValue.string))),
      ("findings", .array((shown.result?.findings ?? []).map(\.json))),
      ("answers", .object(progress.answers.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
      ("finished", .bool(progress.finished)),
      ("next", .string(shown.hint)),
    ])
  }
}
