import Findings

/// The Markdown renderer (CommonMark plus GFM tables): a report a person reads. Findings become
/// a summary table, then one section per finding with its evidence, fix and sources.
extension Report {
  public var markdown: String {
    var blocks: [String] = []
    Self.blocks(nodes, level: 2, into: &blocks)
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func blocks(_ nodes: [ReportNode], level: Int, into out: inout [String]) {
    let hashes = String(repeating: "#", count: min(level, 6))
    for node in nodes {
      switch node {
      case .heading(let text): out.append("\(hashes) \(inline(text))")
      case .paragraph(let text): out.append(inline(text))
      case .code(let text): out.append(fenced(text))
      case .list(let items):
        out.append(items.map { "- " + inline($0) }.joined(separator: "\n"))
      case .fields(let fields):
        out.append(
          fields.map { "- **\(inline($0.label))**: \(inline($0.value))" }.joined(separator: "\n"))
      case .table(let header, let rows, _, _):
        out.append(
          table(header.isEmpty ? Array(repeating: "", count: rows.first?.count ?? 0) : header, rows)
        )
      case .findings(let findings):
        guard !findings.isEmpty else { continue }
        out.append(
          table(
            ["Severity", "Rule", "Subject", "Where"],
            findings.map { [$0.severity.rawValue, $0.id, $0.subject, where_($0)] }))
        for finding in findings { out.append(detail(finding, level: level + 1)) }
      case .section(let title, let nodes):
        out.append("\(hashes) \(inline(title))")
        blocks(nodes, level: level, into: &out)
      }
    }
  }

  /// One finding: its rule as a heading, the message, then evidence, fix and sources.
  private static func detail(_ finding: Finding, level: Int) -> String {
    let hashes = String(repeating: "#", count: min(level, 6))
    var lines = [
      "\(hashes) \(finding.severity.label) \(finding.id): \(inline(finding.rule.title))", "",
      "**\(inline(finding.subject))**: \(inline(finding.message))", "",
    ]
    let place = finding.place
    if place.file != nil || place.line != nil || place.text != nil {
      var evidence = "- Evidence:"
      let location = where_(finding)
      if !location.isEmpty { evidence += " \(codeSpan(location))" }
      if let text = place.text { evidence += (location.isEmpty ? " " : ": ") + codeSpan(text) }
      lines.append(evidence)
    }
    lines.append("- Fix: \(inline(finding.fix ?? finding.rule.fix))")
    let sources = finding.refs.isEmpty ? finding.rule.sources : finding.refs
    lines.append("- Sources:")
    lines += sources.map { "  - \(inline($0))" }
    return lines.joined(separator: "\n")
  }

  private static func where_(_ finding: Finding) -> String {
    switch (finding.place.file, finding.place.line) {
    case (let file?, let line?): "\(file):\(line)"
    case (let file?, nil): file
    case (nil, let line?): "line \(line)"
    case (nil, nil): ""
    }
  }

  private static func table(_ header: [String], _ rows: [[String]]) -> String {
    func row(_ cells: [String]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |" }
    var lines = [row(header), "|" + header.map { _ in " --- |" }.joined()]
    lines += rows.map(row)
    return lines.joined(separator: "\n")
  }

  /// A table cell: pipes escaped, line breaks as spaces.
  private static func cell(_ text: String) -> String {
    inline(text).replacingOccurrences("|", "\\|")
  }

  /// Running text with the characters that would start Markdown syntax escaped.
  static func inline(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "<", ">", "[", "]": out += "\\\(character)"
      case "\n", "\r": out += " "
      default: out.append(character)
      }
    }
    return out
  }

  /// Text as a code span, fenced with more backticks than any run inside it.
  static func codeSpan(_ text: String) -> String {
    let flat = text.replacingOccurrences("\n", " ")
    let fence = String(repeating: "`", count: longestRun(of: "`", in: flat) + 1)
    let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
    return fence + pad + flat + pad + fence
  }

  private static func fenced(_ text: String) -> String {
    let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
    return "\(fence)text\n\(text)\n\(fence)"
  }

  private static func longestRun(of character: Character, in text: String) -> Int {
    var longest = 0
    var run = 0
    for c in text {
      run = c == character ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }
}

extension String {
  /// This text with every `target` replaced (no Foundation in the shell).
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
