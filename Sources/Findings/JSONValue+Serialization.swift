/// Writing JSON text: compact (one line, for streams) or pretty (two-space indent, for people).
extension JSONValue {
  /// One line, no spaces: the form for JSON Lines streams.
  public var compactText: String {
    var out = ""
    write(to: &out, indent: nil, depth: 0)
    return out
  }

  /// Two-space indented, `"key": value`, empty containers as `[]` and `{}`.
  public var prettyText: String {
    var out = ""
    write(to: &out, indent: "  ", depth: 0)
    return out
  }

  private func write(to out: inout String, indent: String?, depth: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += Self.format(d)
    case .string(let s): Self.writeString(s, to: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        Self.newline(&out, indent, depth + 1)
        item.write(to: &out, indent: indent, depth: depth + 1)
      }
      Self.newline(&out, indent, depth)
      out += "]"
    case .object(let pairs):
      if pairs.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, (key, value)) in pairs.enumerated() {
        if i > 0 { out += "," }
        Self.newline(&out, indent, depth + 1)
        Self.writeString(key, to: &out)
        out += indent == nil ? ":" : ": "
        value.write(to: &out, indent: indent, depth: depth + 1)
      }
      Self.newline(&out, indent, depth)
      out += "}"
    }
  }

  private static func newline(_ out: inout String, _ indent: String?, _ depth: Int) {
    guard let indent else { return }
    out += "\n"
    for _ in 0..<depth { out += indent }
  }

  private static func format(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
    return String(d)
  }

  /// Escapes per RFC 8259 section 7: quote, backslash and control characters.
  static func writeString(_ s: String, to out: inout String) {
    out += "\""
    var plainStart = s.unicodeScalars.startIndex
    var index = plainStart
    let scalars = s.unicodeScalars
    while index != scalars.endIndex {
      let c = scalars[index]
      let escape: String?
      switch c {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      case _ where c.value < 0x20 || c.value == 0x7F:
        let hex = String(c.value, radix: 16)
        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: escape = nil
      }
      if let escape {
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
        out += escape
        plainStart = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
    out += "\""
  }
}
