import Findings
import TextInput

/// Checks XML bytes before they reach FoundationXML's `XMLParser`, which traps (crashes the
/// process) on an element name that is not valid UTF-8 instead of reporting an error.
///
/// UTF-16 is transcoded to UTF-8 by the one decoding layer before libxml2 sees it (libxml2
/// crashed on mutated UTF-16, such as a lone surrogate after the BOM); a document that declares
/// an 8-bit encoding is left to libxml2; everything else must be UTF-8 (XML 1.0, section
/// 4.3.3), so invalid bytes are refused here with their line and column.
public enum XMLInput {
  /// The bytes to hand to `XMLParser`: UTF-8 (a BOM dropped) and checked, or a located error.
  public static func utf8(_ bytes: [UInt8], file: FileReference, lineOffset: Int = 0)
    throws(InputError) -> [UInt8]
  {
    let text: [UInt8]
    do {
      text = try TextDecoding.utf8(bytes, file: file)
    } catch {
      throw InputError(
        "expected XML text: \(error.message)",
        at: SourceLocation(file: file, line: 1 + lineOffset, column: 1))
    }
    try check(text, file: file, lineOffset: lineOffset)
    return text
  }

  public static func check(_ bytes: [UInt8], file: FileReference, lineOffset: Int = 0)
    throws(InputError)
  {
    if let encoding = declaredEncoding(bytes),
      !["utf-8", "utf8", "utf-16", "utf16", "ucs-2"].contains(encoding)
    {
      return
    }
    guard let bad = InputBytes.firstInvalidUTF8(bytes) else { return }
    var line = 1
    var lineStart = 0
    for index in 0..<bad where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1
    let hex = String(bytes[bad], radix: 16, uppercase: true)
    throw InputError(
      "byte 0x\(hex) is not valid UTF-8: an XML document without another declared encoding must be UTF-8",
      at: SourceLocation(file: file, line: line + lineOffset, column: column))
  }

  /// The `encoding` of the XML declaration, lower-cased, if the document starts with one.
  static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(256), as: UTF8.self)
    guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"),
      let end = head.firstRange(of: "?>"), let key = head[..<end.lowerBound].firstRange(of: "encoding")
    else { return nil }
    let rest = head[key.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
  }
}
