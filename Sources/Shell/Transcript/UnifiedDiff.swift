/// A unified diff of expected against actual lines, where "equal" means the expected line (with
/// its wildcards) matches the actual one.
public enum UnifiedDiff {
  /// Above this many cells the longest-common-subsequence table is not built; the whole block is
  /// shown as removed and added instead.
  static let largestTable = 4_000_000

  /// Diff lines: ` ` both, `-` only expected, `+` only actual.
  public static func lines(expected: [String], actual: [String]) -> [String] {
    let n = expected.count
    let m = actual.count
    guard n * m <= largestTable, n > 0, m > 0 else {
      return expected.map { "-" + $0 } + actual.map { "+" + $0 }
    }
    // lengths[i][j]: the LCS of expected[i...] and actual[j...], in one flat array.
    var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i * (m + 1) + j] =
          equal(expected[i], actual[j])
          ? lengths[(i + 1) * (m + 1) + j + 1] + 1
          : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
      }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, equal(expected[i], actual[j]) {
        out.append(" " + actual[j])
        i += 1
        j += 1
      } else if j < m, i == n || lengths[i * (m + 1) + j + 1] >= lengths[(i + 1) * (m + 1) + j] {
        out.append("+" + actual[j])
        j += 1
      } else {
        out.append("-" + expected[i])
        i += 1
      }
    }
    return out
  }

  private static func equal(_ expected: String, _ actual: String) -> Bool {
    LinePattern.trimmed(expected) == LinePattern.anyLines || LinePattern.matches(expected, actual)
  }
}
