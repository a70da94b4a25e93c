import Findings

/// The JSON renderer: the command's contract when it has one; otherwise the tree walked into
/// the findings schema (`{"findings": [...]}`) plus whatever else the nodes hold.
extension Report {
  public var json: JSONValue {
    if let data { return data }
    var pairs: [(String, JSONValue)] = []
    var other: [JSONValue] = []
    Self.walk(nodes, into: &other)
    if !other.isEmpty { pairs.append(("report", .array(other))) }
    pairs.append(("findings", .array(findings.map(\.json))))
    return .object(pairs)
  }

  private static func walk(_ nodes: [ReportNode], into out: inout [JSONValue]) {
    for node in nodes {
      switch node {
      case .heading(let text): out.append(.object([("heading", .string(text))]))
      case .paragraph(let text): out.append(.object([("paragraph", .string(text))]))
      case .code(let text): out.append(.object([("code", .string(text))]))
      case .list(let items): out.append(.object([("list", .array(items.map(JSONValue.string)))]))
      case .fields(let fields):
        out.append(.object([("fields", .object(fields.map { ($0.label, .string($0.value)) }))]))
      case .table(let header, let rows, _, _):
        let objects = rows.map { row in
          JSONValue.object(zip(header, row).map { ($0, .string($1)) })
        }
        out.append(.object([("table", .array(objects))]))
      case .findings:
        break
      case .section(let title, let nodes):
        var inner: [JSONValue] = []
        walk(nodes, into: &inner)
        out.append(
          .object([
            ("section", .string(title)), ("nodes", .array(inner)),
            ("findings", .array(Report(nodes).findings.map(\.json))),
          ]))
      }
    }
  }
}
