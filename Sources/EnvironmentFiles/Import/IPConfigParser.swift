import EnvironmentModel
import Findings

/// The line-by-line state of the `ipconfig /all` reader.
struct IPConfigParser {
  let file: FileReference
  var host = Host(name: "")
  var adapter: Interface?
  var lastKey = ""
  var sawHeaderOrAdapter = false

  init(file: FileReference) {
    self.file = file
  }

  mutating func line(_ raw: String, number: Int) throws {
    let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
    let text = line.trimmingSpaces
    if text.isEmpty || text.hasPrefix("#") { return }
    if text == "Windows IP Configuration" {
      sawHeaderOrAdapter = true
      host.origin = SourceLocation(file: file, line: number)
      adapter.map { host.interfaces.append($0) }
      adapter = nil
      return
    }
    if let header = Self.adapterHeader(text) {
      sawHeaderOrAdapter = true
      adapter.map { host.interfaces.append($0) }
      var i = Interface(name: header.name, kind: header.kind,
        origin: SourceLocation(file: file, line: number))
      if header.kind == .tunnel { i.tunnel = Self.tunnelKind(header.name) }
      adapter = i
      lastKey = ""
      return
    }
    let indent = line.prefix { $0 == " " || $0 == "\t" }.count
    if let (key, value) = Self.keyValue(text) {
      lastKey = key
      let column = indent + (text.firstRange(of: value).map {
        text.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0) + 1
      apply(key, value, SourceLocation(file: file, line: number, column: column))
    } else if indent >= 8, !lastKey.isEmpty {
      apply(lastKey, text, SourceLocation(file: file, line: number, column: indent + 1))
    } else if sawHeaderOrAdapter {
      throw InputError("expected 'Name . . . : value', an adapter header or a continued value",
        at: SourceLocation(file: file, line: number, column: indent + 1))
    }
  }

  /// `Ethernet adapter Local Area Connection:` → (kind, name).
  static func adapterHeader(_ text: String) -> (kind: InterfaceKind, name: String)? {
    guard text.hasSuffix(":"), let range = text.range(of: " adapter "),
      !text.contains(" . ") && !text.contains("..")
    else { return nil }
    let type = text[..<range.lowerBound].lowercased()
    let name = String(text[range.upperBound...].dropLast())
    let kind: InterfaceKind = switch type {
    case "ethernet": .ethernet
    case "wireless lan", "wireless": .wireless
    case "ppp": .ppp
    case "tunnel": .tunnel
    default: .unknown
    }
    return (kind, name)
  }

  static func tunnelKind(_ text: String) -> TunnelKind {
    let lower = text.lowercased()
    if lower.contains("isatap") { return .isatap }
    if lower.contains("teredo") { return .teredo }
    if lower.contains("6to4") { return .sixToFour }
    if lower.contains("ip-https") || lower.contains("iphttps") { return .ipHTTPS }
    return .other
  }

  /// Splits `Key . . . : value` / `Key.....: value`; the key's colon follows a dot or a space.
  static func keyValue(_ text: String) -> (String, String)? {
    let scalars = Array(text.unicodeScalars)
    var i = 1
    while i < scalars.count {
      if scalars[i] == ":", scalars[i - 1] == " " || scalars[i - 1] == "." {
        var keyEnd = i
        while keyEnd > 0, scalars[keyEnd - 1] == " " || scalars[keyEnd - 1] == "." { keyEnd -= 1 }
        guard keyEnd > 0 else { return nil }
        var key = String(String.UnicodeScalarView(scalars[0..<keyEnd]))
        key = key.trimmingSpaces
        let value = String(String.UnicodeScalarView(scalars[(i + 1)...])).trimmingSpaces
        return (key, value)
      }
      i += 1
    }
    return nil
  }
}
