/// Matching expected transcript output against actual output, with the `[..]` and `...`
/// wildcards. Trailing blanks are ignored on both sides.
public enum LinePattern {
  /// The wildcard for any text within a line.
  public static let anyText = "[..]"
  /// A line that matches any number of lines.
  public static let anyLines = "..."

  /// True when `actual` matches the expected `pattern` line.
  public static func matches(_ pattern: String, _ actual: String) -> Bool {
    let pattern = trimmed(pattern)
    let actual = trimmed(actual)
    guard pattern.contains(anyText) else { return pattern == actual }
    let parts = split(pattern, on: anyText)
    guard let first = parts.first, let last = parts.last, actual.hasPrefix(first) else { return false }
    var rest = actual.dropFirst(first.count)
    for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
      guard let range = rest.firstRange(of: middle) else { return false }
      rest = rest[range.upperBound...]
    }
    return rest.hasSuffix(last)
  }

  /// True when the actual lines match the expected lines, `...` lines included.
  public static func matches(_ expected: [String], _ actual: [String]) -> Bool {
    if !expected.contains(where: { trimmed($0) == anyLines }) {
      return expected.count == actual.count && zip(expected, actual).allSatisfy(matches)
    }
    var memo = Set<Int>()  // (i, j) pairs already known not to match
    func match(_ i: Int, _ j: Int) -> Bool {
      if i == expected.count { return j == actual.count }
      let key = i &* (actual.count + 1) &+ j
      if memo.contains(key) { return false }
      let result: Bool
      if trimmed(expected[i]) == anyLines {
        result = match(i + 1, j) || (j < actual.count && match(i, j + 1))
      } else {
        result = j < actual.count && matches(expected[i], actual[j]) && match(i + 1, j + 1)
      }
      if !result { memo.insert(key) }
      return result
    }
    return match(0, 0)
  }

  /// `text` cut at every occurrence of `separator`.
  static func split(_ text: String, on separator: String) -> [Substring] {
    var parts: [Substring] = []
    var rest = text[...]
    while let range = rest.firstRange(of: separator) {
      parts.append(rest[..<range.lowerBound])
      rest = rest[range.upperBound...]
    }
    parts.append(rest)
    return parts
  }

  static func trimmed(_ line: String) -> String {
    var line = Substring(line)
    while let last = line.last, last == " " || last == "\t" { line.removeLast() }
    return String(line)
  }
}
