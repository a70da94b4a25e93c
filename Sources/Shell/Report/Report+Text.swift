/// The text renderer: each node as the shell has always printed it, nodes one after another.
extension Report {
  public func text(_ style: TextStyle) -> String {
    Self.lines(nodes, style).joined(separator: "\n")
  }

  static func lines(_ nodes: [ReportNode], _ style: TextStyle) -> [String] {
    var lines: [String] = []
    for node in nodes {
      switch node {
      case .heading(let text), .paragraph(let text), .code(let text):
        lines.append(text)
      case .list(let items):
        lines += items.map { "  " + $0 }
      case .fields(let fields):
        lines += fields.map { "  \($0.label): \($0.value)" }
      case .table(let header, let rows, let rightAligned, let headerInText):
        let all = header.isEmpty || !headerInText ? rows : [header] + rows
        lines += TextTable(all, rightAligned: rightAligned).lines()
      case .findings(let findings):
        lines += findings.map { style.finding($0) }
      case .section(let title, let nodes):
        lines.append(style.bold(title))
        lines += Self.lines(nodes, style)
      }
    }
    return lines
  }
}
