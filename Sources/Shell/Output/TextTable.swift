/// Rows of cells printed in aligned columns two spaces apart (the last column is not padded),
/// the shape every `show` listing takes.
struct TextTable {
  var header: [String]?
  var rows: [[String]]
  /// Columns whose cells are padded on the left (numbers such as RIDs).
  var rightAligned: Set<Int> = []

  init(header: [String]? = nil, _ rows: [[String]], rightAligned: Set<Int> = []) {
    self.header = header
    self.rows = rows
    self.rightAligned = rightAligned
  }

  /// The table's lines, each prefixed with `indent`.
  func lines(indent: String = "") -> [String] {
    let all = (header.map { [$0] } ?? []) + rows
    let columns = all.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in all {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    return all.map { row in
      var line = indent
      for (i, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        if rightAligned.contains(i) {
          line += pad + cell
          if i < row.count - 1 { line += "  " }
        } else {
          line += cell
          if i < row.count - 1 { line += pad + "  " }
        }
      }
      return line
    }
  }

  var text: String { lines().joined(separator: "\n") }

  /// Label/value lines (`  label  value`), skipping absent values, labels aligned.
  static func fields(_ pairs: [(String, String?)], indent: String = "  ") -> [String] {
    TextTable(pairs.compactMap { label, value in value.map { [label, $0] } }).lines(indent: indent)
  }

  /// A list for a cell: `a, b, c`, or `-` when empty.
  static func list(_ items: [String]) -> String {
    items.isEmpty ? "-" : items.joined(separator: ", ")
  }
}
