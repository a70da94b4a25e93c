import Findings
import EnvironmentModel
/// Decides a file's kind from its first bytes.
public enum FileSniffer {
  /// The kind of `bytes` (the whole file or its first 64 KB) named `file`.
  public static func kind(of bytes: [UInt8], file: FileReference) -> FileKind {
    let start = contentStart(bytes)
    guard start.offset < bytes.count else { return .unknown }
    let head = String(decoding: bytes[start.offset..<min(bytes.count, start.offset + 65536)],
      as: UTF8.self)
    let lower = head.lowercased()
    switch bytes[start.offset] {
    case UInt8(ascii: "<"):
      if lower.contains("<networkconfiguration") { return .networkConfiguration }
      if lower.contains("<unattend") { return .unattend }
      return .unknown
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      return jsonKind(lower)
    default:
      break
    }
    let firstLine = lower.prefix { $0 != "\n" }.trimmingSpaces
    if firstLine.hasPrefix("dn:") || firstLine.hasPrefix("version:") { return .ldif }
    // LDAP attribute dumps without dn: lines go to the LDIF reader, which names the problem.
    if lower.contains("\nobjectclass: ") || lower.contains("\ndistinguishedname: ") { return .ldif }
    if lower.contains("windows ip configuration") || lower.range(of: " adapter ")
      .map({ _ in adapterHeader(lower) }) == true
    {
      return .ipconfig
    }
    if IPConfigImporter.foreignHeader(in: head) != nil { return .ipconfig }
    if lower.contains("\nresource ") && lower.contains("'microsoft.") || firstLine.hasPrefix("param ")
      || firstLine.hasPrefix("@description(")
    {
      return .bicep
    }
    let name = file.path.lowercased()
    if name.hasSuffix(".ldif") || name.hasSuffix(".ldf") { return .ldif }
    return .nativeYAML
  }

  private static func adapterHeader(_ lower: String) -> Bool {
    lower.split(separator: "\n").contains { line in
      let t = line.trimmingSpaces
      return t.hasSuffix(":") && t.contains(" adapter ")
    }
  }

  private static func jsonKind(_ lower: String) -> FileKind {
    if lower.contains("deploymentparameters.json") { return .armParameters }
    if lower.contains("deploymenttemplate.json") || lower.contains("\"resources\"") {
      return .armTemplate
    }
    if lower.contains("\"microsoft.network/") || lower.contains("\"addressspace\"")
      || lower.contains("\"responses\"")
    {
      return .azureResources
    }
    return .nativeJSON
  }

  /// Where content starts: after a UTF-8 BOM, blank lines and leading `#` comment lines (such
  /// as a `# SOURCE:` provenance line), with the 1-based line number there.
  static func contentStart(_ bytes: [UInt8]) -> (offset: Int, line: Int) {
    var i = 0
    var line = 1
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 || b == 0x0D {
        i += 1
      } else if b == 0x0A {
        i += 1
        line += 1
      } else if b == UInt8(ascii: "#") {
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
      } else {
        break
      }
    }
    // Back up to the start of the content line so columns stay right.
    var lineStart = i
    while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
    return (lineStart, line)
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and carriage returns.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[first...last])
    return String(out)
  }
}
