/// Plain-text tables: columns padded to their widest cell, two spaces apart.
enum Table {
  static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
    guard let columns = rows.map(\.count).max() else { return [] }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      var line = ""
      for (index, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[index] - cell.count)
        let isLast = index == row.count - 1
        line += rightAligned.contains(index) ? pad + cell : cell + (isLast ? "" : pad)
        if !isLast { line += "  " }
      }
      return line
    }
  }
}
