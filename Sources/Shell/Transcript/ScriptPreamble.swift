/// Directives in the comment lines before a script's or transcript's first command.
///
/// - `# base: DIR`: relative paths in the file resolve against DIR (itself relative to the file's
///   folder) instead of the file's folder. Recording and `save session` write it when the
///   session's directory is not the file's, so a recording replays wherever it was written.
/// - `# needs: FILE...`: files the transcript reads that a test builds beside it; `check` skips
///   the transcript, saying so, when one is missing, instead of failing on the first command.
public enum ScriptPreamble {
  static let basePrefix = "# base: "
  static let needsPrefix = "# needs: "

  /// The directory a `# base:` line names, if `line` is one.
  public static func base(in line: String) -> String? {
    guard line.hasPrefix(basePrefix) else { return nil }
    let value = String(line.dropFirst(basePrefix.count)).trimmingBlanks()
    return value.isEmpty ? nil : value
  }

  /// The files a `# needs:` line names, if `line` is one.
  static func needs(in line: String) -> [String] {
    guard line.hasPrefix(needsPrefix) else { return [] }
    return line.dropFirst(needsPrefix.count).split(separator: " ").map(String.init)
  }

  /// The `# base:` line for a file written in `fileDirectory` by a session whose relative paths
  /// resolve against `sessionDirectory` (both absolute); nil when they are the same directory.
  static func baseLine(fileDirectory: String, sessionDirectory: String) -> String? {
    let relative = relativePath(from: fileDirectory, to: sessionDirectory)
    return relative == "." ? nil : basePrefix + relative
  }

  /// The directory relative paths resolve against for a file in `fileDirectory` with `base`.
  static func directory(fileDirectory: String, base: String?) -> String {
    guard let base else { return fileDirectory }
    return normalized(Invocation.resolve(base, against: fileDirectory))
  }

  /// `to` relative to `from`; both absolute.
  static func relativePath(from: String, to: String) -> String {
    let source = components(normalized(from))
    let target = components(normalized(to))
    var common = 0
    while common < source.count, common < target.count, source[common] == target[common] {
      common += 1
    }
    let parts = Array(repeating: "..", count: source.count - common) + target[common...]
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }

  /// An absolute path without `.`, `..` or repeated slashes.
  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  private static func components(_ path: String) -> [Substring] {
    path.split(separator: "/")
  }
}

extension String {
  /// This text without leading and trailing blanks (spaces, tabs, a CR).
  func trimmingBlanks() -> String {
    var scalars = Substring(self).unicodeScalars[...]
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
