import AddressKit
import Findings

/// `addr --file FILE`: the first lines classified one by one, or with `--summary` the count per
/// class; bad lines are listed by number (a few) and counted (all).
struct AddressFileReport: CommandOutput {
  /// One line of the file as the per-line listing shows it.
  enum Row {
    case address(line: Int, AddressClassification)
    case invalid(InputError)
  }

  var shownAs: String
  var summary: AddressSummary
  /// The per-line rows (empty with `--summary`).
  var rows: [Row]
  var perLine: Bool
  /// How many rows the listing was limited to.
  var limit: Int

  var valid: Int { summary.total - summary.invalid }
  var truncated: Bool { perLine && summary.total > rows.count }

  func text(_ style: TextStyle) -> String {
    var lines = [headline]
    if perLine {
      if rows.isEmpty { return headline }
      lines += listing(style)
      if truncated {
        lines.append(
          "  … \(summary.total - rows.count) more lines not listed (--limit N lists more; "
            + "--summary counts every line by class)")
      }
      return lines.joined(separator: "\n")
    }
    if !summary.byClass.isEmpty {
      let width = summary.byClass.map { String($0.1).count }.max() ?? 1
      lines += summary.byClass.map { name, count in
        let number = String(count)
        return "  " + String(repeating: " ", count: width - number.count) + number + "  " + name
      }
    }
    if !summary.badLines.isEmpty {
      let listed = summary.badLines.count
      lines.append(
        listed < summary.invalid
          ? "invalid lines (first \(listed) of \(summary.invalid)):" : "invalid lines:")
      lines += summary.badLines.map { "  \($0)" }
    }
    return lines.joined(separator: "\n")
  }

  /// The rows as a table; an invalid line keeps its number and says why, outside the columns.
  func listing(_ style: TextStyle) -> [String] {
    var table = [["LINE", "ADDRESS", "CLASS", "REACHABILITY"]]
    for row in rows {
      switch row {
      case .address(let line, let c):
        table.append([
          String(line), c.address.canonicalText, c.className, AddressReport.reachability(c),
        ])
      case .invalid(let error):
        table.append([error.location.line.map(String.init) ?? ""])
      }
    }
    let rendered = TextTable(table, rightAligned: [0]).lines()
    var lines = [rendered[0]]
    for (row, line) in zip(rows, rendered.dropFirst()) {
      if case .invalid(let error) = row {
        let place = error.message.contains("column") ? "" : "column \(error.location.column ?? 1): "
        lines.append(line + "  " + style.error(place + error.message))
      } else {
        lines.append(line)
      }
    }
    return lines.map { "  " + trimmed($0) }
  }

  private func trimmed(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }

  /// `addresses.txt: 998 addresses · 2 invalid lines`.
  var headline: String {
    var parts = ["\(shownAs): \(valid) address\(valid == 1 ? "" : "es")"]
    parts.append(Plural.count(summary.invalid, "invalid line"))
    if perLine, truncated { parts.append("first \(rows.count) lines listed") }
    return parts.joined(separator: " · ")
  }

  var json: JSONValue {
    guard perLine else { return summary.json }
    let results = rows.map { row -> JSONValue in
      switch row {
      case .address(let line, let c):
        guard case .object(let pairs) = c.json else { return .null }
        return .object([("line", .int(line))] + pairs)
      case .invalid(let error):
        return .object([
          ("line", error.location.line.map { .int($0) } ?? .null),
          (
            "error",
            .object([
              ("column", error.location.column.map { .int($0) } ?? .null),
              ("message", .string(error.message)),
            ])
          ),
        ])
      }
    }
    guard case .object(let counts) = summary.json else { return .array(results) }
    return .object([("results", .array(results)), ("truncated", .bool(truncated))] + counts)
  }
}
