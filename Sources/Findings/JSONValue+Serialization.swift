/// Writing JSON text: compact (one line, for streams) or pretty (two-space indent, for people).
///
/// Written into a byte buffer in one pass: appending to a `String` piece by piece copied the
/// whole output on every string value (quadratic on large reports).
extension JSONValue {
  /// One line, no spaces: the form for JSON Lines streams.
  public var compactText: String {
    var out: [UInt8] = []
    write(to: &out, indent: false, depth: 0)
    return String(decoding: out, as: UTF8.self)
  }

  /// Two-space indented, `"key": value`, empty containers as `[]` and `{}`.
  public var prettyText: String {
    var out: [UInt8] = []
    write(to: &out, indent: true, depth: 0)
    return String(decoding: out, as: UTF8.self)
  }

  private func write(to out: inout [UInt8], indent: Bool, depth: Int) {
    switch self {
    case .null: out += Self.nullBytes
    case .bool(let b): out += b ? Self.trueBytes : Self.falseBytes
    case .int(let i): out += String(i).utf8
    case .double(let d): out += Self.format(d).utf8
    case .string(let s): Self.writeString(s, to: &out)
    case .array(let items):
      if items.isEmpty {
        out += [UInt8(ascii: "["), UInt8(ascii: "]")]
        return
      }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        Self.newline(&out, indent, depth + 1)
        item.write(to: &out, indent: indent, depth: depth + 1)
      }
      Self.newline(&out, indent, depth)
      out.append(UInt8(ascii: "]"))
    case .object(let pairs):
      if pairs.isEmpty {
        out += [UInt8(ascii: "{"), UInt8(ascii: "}")]
        return
      }
      out.append(UInt8(ascii: "{"))
      for (i, (key, value)) in pairs.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        Self.newline(&out, indent, depth + 1)
        Self.writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        if indent { out.append(UInt8(ascii: " ")) }
        value.write(to: &out, indent: indent, depth: depth + 1)
      }
      Self.newline(&out, indent, depth)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static let nullBytes = Array("null".utf8)
  private static let trueBytes = Array("true".utf8)
  private static let falseBytes = Array("false".utf8)

  private static func newline(_ out: inout [UInt8], _ indent: Bool, _ depth: Int) {
    guard indent else { return }
    out.append(UInt8(ascii: "\n"))
    for _ in 0..<(2 * depth) { out.append(UInt8(ascii: " ")) }
  }

  private static func format(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
    return String(d)
  }

  /// Escapes per RFC 8259 section 7: quote, backslash and control characters; everything else
  /// is copied as UTF-8.
  static func writeString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0..<0x20, 0x7F:
        let hex = Array("0123456789abcdef".utf8)
        out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
