import EnvironmentModel
import Findings

/// Writes a JSON value as block-style YAML that any YAML 1.1/1.2 reader reads back to the same
/// value: strings that could be read as another type are double-quoted.
enum YAMLWriter {
  static func write(_ value: JSONValue, header: String? = nil) -> String {
    var out = ""
    if let header {
      for line in header.split(separator: "\n", omittingEmptySubsequences: false) {
        out += line.isEmpty ? "#\n" : "# \(line)\n"
      }
    }
    if case .object(let pairs) = value, !pairs.isEmpty {
      writeMapping(pairs, indent: 0, to: &out)
    } else {
      out += inline(value) + "\n"
    }
    return out
  }

  private static func pad(_ n: Int) -> String { String(repeating: " ", count: n) }

  private static func writeMapping(_ pairs: [(String, JSONValue)], indent: Int, to out: inout String) {
    for (key, value) in pairs {
      out += pad(indent) + scalar(key) + ":"
      writeValue(value, indent: indent, to: &out)
    }
  }

  /// Writes what follows `key:` or `-`, ending with a newline.
  private static func writeValue(_ value: JSONValue, indent: Int, to out: inout String) {
    switch value {
    case .object(let pairs) where !pairs.isEmpty:
      out += "\n"
      writeMapping(pairs, indent: indent + 2, to: &out)
    case .array(let items) where !items.isEmpty:
      out += "\n"
      for item in items {
        out += pad(indent + 2) + "-"
        if case .object(let pairs) = item, !pairs.isEmpty {
          // First key on the dash line, the others aligned under it.
          var nested = ""
          writeMapping(pairs, indent: indent + 4, to: &nested)
          out += " " + nested.dropFirst(indent + 4)
        } else {
          writeValue(item, indent: indent + 2, to: &out)
        }
      }
    case .string(let s) where s.contains("\n"):
      out += " " + block(s, indent: indent + 2)
    default:
      out += " " + inline(value) + "\n"
    }
  }

  private static func inline(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .double(let d): String(d)
    case .string(let s): scalar(s)
    case .array: "[]"
    case .object: "{}"
    }
  }

  /// A literal block (`|`, `|-`) for multi-line text; quoted when a block cannot hold it exactly.
  private static func block(_ s: String, indent: Int) -> String {
    let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
    let body = s.hasSuffix("\n") ? lines.dropLast() : lines[...]
    let clean = !s.hasSuffix("\n\n") && !s.contains("\r") && !s.contains("\t")
      && !(body.first?.hasPrefix(" ") ?? true)
      && body.allSatisfy { !$0.hasSuffix(" ") && $0.unicodeScalars.allSatisfy { $0.value >= 0x20 } }
    guard clean else { return quoted(s) + "\n" }
    var out = s.hasSuffix("\n") ? "|\n" : "|-\n"
    for line in body { out += line.isEmpty ? "\n" : pad(indent) + line + "\n" }
    return out
  }

  private static let reserved: Set<String> = [
    "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
  ]

  /// Plain when unambiguous as a string, double-quoted otherwise.
  static func scalar(_ s: String) -> String {
    if reserved.contains(s.lowercased()) { return quoted(s) }
    guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else {
      return quoted(s)
    }
    if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`=".unicodeScalars.contains(first) {
      return quoted(s)
    }
    if s.contains(": ") || s.contains(" #") || s.hasSuffix(":") { return quoted(s) }
    if looksNumeric(s) { return quoted(s) }
    for c in s.unicodeScalars where c.value < 0x20 || c.value == 0x7F || c.value > 0x7E {
      return quoted(s)
    }
    return s
  }

  private static func looksNumeric(_ s: String) -> Bool {
    let digits = s.unicodeScalars.filter { $0.properties.numericType != nil }.count
    guard digits > 0, let first = s.unicodeScalars.first else { return false }
    let numericChars = "0123456789+-.eE_xXoObB:abcdefABCDEF".unicodeScalars
    let plausible = s.unicodeScalars.allSatisfy { numericChars.contains($0) }
    return plausible && ("0123456789+-.".unicodeScalars.contains(first)) && !s.contains("/")
      && s.filter({ $0 == "." }).count <= 1
  }

  static func quoted(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where c.value < 0x20 || c.value == 0x7F:
        let hex = String(c.value, radix: 16)
        out += "\\x" + (hex.count < 2 ? "0" : "") + hex
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }
}
