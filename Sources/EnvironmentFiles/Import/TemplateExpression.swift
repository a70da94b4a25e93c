import EnvironmentModel
/// Evaluates the part of the ARM template expression language that literals can decide:
/// `parameters()` with a literal default, `variables()`, `concat()`, `resourceId()` and string
/// literals. Anything else is unresolved (nil), never guessed.
struct TemplateExpression {
  let parameters: [String: DocNode]
  let variables: [String: DocNode]
  /// Values from a deployment parameters file (`parameters.NAME.value`): they win over the
  /// template's `defaultValue`, as in a deployment.
  var values: [String: DocNode] = [:]

  /// True for `[...]` strings (but not `[[`, the escape for a literal bracket).
  static func isExpression(_ s: String) -> Bool {
    s.hasPrefix("[") && s.hasSuffix("]") && !s.hasPrefix("[[")
  }

  /// Resolves `node` when it is an expression; other nodes are returned as they are.
  func resolve(_ node: DocNode, depth: Int = 0) -> DocNode? {
    guard let text = node.text, case .scalar(_, true) = node.value, Self.isExpression(text) else {
      return node
    }
    guard depth < 16 else { return nil }
    var parser = Parser(scalars: Array(text.unicodeScalars.dropFirst().dropLast()))
    guard let value = parser.expression(self, depth: depth), parser.atEnd else { return nil }
    switch value {
    case .node(let n): return n
    case .given(let n): return n.placed(line: node.line, column: node.column)
    case .text(let s): return DocNode(.scalar(s, quoted: true), line: node.line, column: node.column)
    }
  }

  enum Value {
    case text(String)
    case node(DocNode)
    /// A value from the parameters file: its lines belong to that file, so it takes the place
    /// of the template expression that asked for it.
    case given(DocNode)

    var string: String? {
      switch self {
      case .text(let s): s
      case .node(let n), .given(let n): n.text
      }
    }
  }

  func call(_ name: String, _ args: [Value], depth: Int) -> Value? {
    switch name.lowercased() {
    case "parameters":
      guard args.count == 1, let key = args[0].string else { return nil }
      // ARM matches parameter names case-insensitively.
      let lowered = key.lowercased()
      if let given = values.first(where: { $0.key.lowercased() == lowered })?.value {
        return .given(given)
      }
      guard let p = parameters.first(where: { $0.key.lowercased() == lowered })?.value,
        let value = p["defaultValue"]
      else { return nil }
      return resolve(value, depth: depth + 1).map(Value.node)
    case "variables":
      guard args.count == 1, let key = args[0].string, let v = variables[key] else { return nil }
      return resolve(v, depth: depth + 1).map(Value.node)
    case "concat":
      let parts = args.compactMap(\.string)
      return parts.count == args.count ? .text(parts.joined()) : nil
    case "resourceid":
      let parts = args.compactMap(\.string)
      guard parts.count == args.count,
        let typeIndex = parts.firstIndex(where: { $0.contains("/") })
      else { return nil }
      // resourceId('NS/type1/type2', name1, name2) → /providers/NS/type1/name1/type2/name2
      let typeParts = parts[typeIndex].split(separator: "/").map(String.init)
      let names = Array(parts[(typeIndex + 1)...])
      guard typeParts.count >= 2, names.count == typeParts.count - 1 else { return nil }
      var id = "/providers/" + typeParts[0]
      for (type, name) in zip(typeParts.dropFirst(), names) { id += "/\(type)/\(name)" }
      return .text(id)
    default:
      return nil
    }
  }

  /// A recursive-descent reader of one expression.
  struct Parser {
    let scalars: [Unicode.Scalar]
    var i = 0

    var atEnd: Bool {
      var j = i
      while j < scalars.count, scalars[j] == " " { j += 1 }
      return j == scalars.count
    }

    mutating func skip() { while i < scalars.count, scalars[i] == " " { i += 1 } }

    mutating func expression(_ env: TemplateExpression, depth: Int) -> Value? {
      skip()
      guard i < scalars.count, depth < 32 else { return nil }
      if scalars[i] == "'" {
        i += 1
        var s = String.UnicodeScalarView()
        while i < scalars.count {
          if scalars[i] == "'" {
            if i + 1 < scalars.count, scalars[i + 1] == "'" {
              s.append("'")
              i += 2
              continue
            }
            i += 1
            return .text(String(s))
          }
          s.append(scalars[i])
          i += 1
        }
        return nil
      }
      var name = String.UnicodeScalarView()
      while i < scalars.count, scalars[i].properties.isAlphabetic || scalars[i] == "_"
        || ("0"..."9").contains(scalars[i])
      {
        name.append(scalars[i])
        i += 1
      }
      skip()
      guard !name.isEmpty, i < scalars.count, scalars[i] == "(" else { return nil }
      i += 1
      var args: [Value] = []
      skip()
      if i < scalars.count, scalars[i] == ")" {
        i += 1
      } else {
        while true {
          guard let arg = expression(env, depth: depth + 1) else { return nil }
          args.append(arg)
          skip()
          guard i < scalars.count else { return nil }
          if scalars[i] == "," {
            i += 1
            continue
          }
          guard scalars[i] == ")" else { return nil }
          i += 1
          break
        }
      }
      skip()
      // Property access and indexing are not evaluated.
      if i < scalars.count, scalars[i] == "." || scalars[i] == "[" { return nil }
      return env.call(String(name), args, depth: depth)
    }
  }
}
