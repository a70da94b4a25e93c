import Artifacts
import Findings

/// An error as the shell shows it: the message first, then the line with a caret under the
/// offending column when there is one, then a hint. The one place any error becomes text or JSON:
/// library errors arrive without paths or flags and are worded here.
struct ErrorReport {
  var error: any Error
  var line: String?
  /// The script line the command came from, when it came from a script.
  var origin: SourceLocation?

  /// The widest excerpt of the line shown above the caret.
  static let excerptWidth = 72

  /// A library error as one sentence: `path-as-typed:line:column: message`, with the shell's
  /// own hint for what the user can do (`--force` is the shell's flag, so the library never
  /// names it).
  static func sentence(_ error: any LocatedError) -> String {
    var text = error.description
    if case .exists? = error as? ArtifactError { text += " (add --force to replace it)" }
    return text
  }

  /// The message of any error: a shell error's own, a library error worded by `sentence`.
  static func message(_ error: any Error) -> String {
    switch error {
    case let error as ShellError: error.message
    case let error as any LocatedError: sentence(error)
    default: String(describing: error)
    }
  }

  /// The stable code of any error (`shell.usage` for the shell's own, `error` when unknown).
  static func code(_ error: any Error) -> String {
    switch error {
    case let error as ShellError: error.code
    case let error as any LocatedError: error.code
    default: "error"
    }
  }

  /// The script's file and line with the column on the command line: `lesson.hb:12:5`.
  var place: SourceLocation? {
    guard var place = origin else { return nil }
    place.column = (error as? ShellError)?.column
    return place
  }

  func text(_ style: TextStyle) -> String {
    let shellError = error as? ShellError
    let message = Self.message(error)
    let prefix = place.map { "\($0): " } ?? ""
    var lines = [prefix + style.error(message)]
    if let line, let column = shellError?.column {
      lines.append(contentsOf: Self.caret(under: column, in: line))
    }
    if let hint = shellError?.hint { lines.append("  " + hint) }
    return lines.joined(separator: "\n")
  }

  /// The JSON form, for `set format json` and a command's `--format json`:
  /// `{"error": {message, file, line, column, hint, code}}`.
  var json: JSONValue {
    let shellError = error as? ShellError
    return .object([
      (
        "error",
        .object([
          ("message", .string(Self.message(error))),
          ("file", origin?.file.map { .string($0.shown) } ?? .null),
          ("line", origin?.line.map { .int($0) } ?? .null),
          ("column", shellError?.column.map { .int($0) } ?? .null),
          ("hint", shellError?.hint.map(JSONValue.string) ?? .null),
          ("code", .string(Self.code(error))),
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
