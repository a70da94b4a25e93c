import Findings

/// An error as the shell shows it: the message first, then the line with a caret under the
/// offending column when there is one, then a hint.
struct ErrorReport {
  var error: any Error
  var line: String?
  var origin: LineOrigin?

  /// The widest excerpt of the line shown above the caret.
  static let excerptWidth = 72

  func text(_ style: TextStyle) -> String {
    let shellError = error as? ShellError
    let message = shellError?.message ?? String(describing: error)
    var prefix = ""
    if let origin {
      prefix = "\(origin.file):\(origin.line):"
      if let column = shellError?.column { prefix += "\(column):" }
      prefix += " "
    }
    var lines = [prefix + style.error(message)]
    if let line, let column = shellError?.column {
      lines.append(contentsOf: Self.caret(under: column, in: line))
    }
    if let hint = shellError?.hint { lines.append("  " + hint) }
    return lines.joined(separator: "\n")
  }

  /// The JSON form, for `set format json`: `{"error": {message, file, line, column, hint}}`.
  var json: JSONValue {
    let shellError = error as? ShellError
    return .object([
      (
        "error",
        .object([
          ("message", .string(shellError?.message ?? String(describing: error))),
          ("file", origin.map { .string($0.file) } ?? .null),
          ("line", origin.map { .int($0.line) } ?? .null),
          ("column", shellError?.column.map { .int($0) } ?? .null),
          ("hint", shellError?.hint.map(JSONValue.string) ?? .null),
        ])
      )
    ])
  }

  /// Two lines: an excerpt of `line` around `column`, and a caret under it. Long lines are cut
  /// to a window with `…` so the caret stays on screen.
  static func caret(under column: Int, in line: String) -> [String] {
    let scalars = Array(line.unicodeScalars)
    let index = max(0, min(column - 1, scalars.count))
    var start = 0
    var end = scalars.count
    if scalars.count > excerptWidth {
      start = max(0, index - excerptWidth / 2)
      end = min(scalars.count, start + excerptWidth)
      start = max(0, end - excerptWidth)
    }
    var excerpt = String(String.UnicodeScalarView(scalars[start..<end].map { $0.value < 0x20 ? " " : $0 }))
    var offset = index - start
    if start > 0 {
      excerpt = "…" + excerpt
      offset += 1
    }
    if end < scalars.count { excerpt += "…" }
    return ["  " + excerpt, "  " + String(repeating: " ", count: offset) + "^"]
  }
}
