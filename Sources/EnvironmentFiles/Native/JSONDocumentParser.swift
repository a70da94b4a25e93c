import EnvironmentModel
import Findings

/// A single-pass JSON (RFC 8259) parser over bytes that records the line and column of every
/// value; Foundation's JSONSerialization gives no locations.
public struct JSONDocumentParser {
  /// Deepest nesting accepted, so hostile input cannot exhaust the stack.
  public static let maxDepth = 200

  private let bytes: [UInt8]
  private let file: FileReference
  private var pos = 0
  private var line: Int
  private var lineStart = 0
  private var colCachePos = 0
  private var colCacheValue = 1

  /// Parses `bytes` (UTF-8) read from `file`; `firstLine` numbers the first byte's line.
  public static func parse(_ bytes: [UInt8], file: FileReference, firstLine: Int = 1) throws -> DocNode {
    var parser = JSONDocumentParser(bytes: bytes, file: file, line: firstLine)
    parser.skipBOM()
    parser.skipSpace()
    guard parser.pos < bytes.count else {
      throw parser.error("expected a JSON value, found an empty file")
    }
    let root = try parser.value(depth: 0)
    parser.skipSpace()
    if parser.pos < bytes.count {
      throw parser.error("expected end of file after the JSON value")
    }
    return root
  }

  private init(bytes: [UInt8], file: FileReference, line: Int) {
    self.bytes = bytes
    self.file = file
    self.line = line
  }

  private mutating func skipBOM() {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
    lineStart = pos
    colCachePos = pos
  }

  /// Column (in characters) of `pos`, computed incrementally so minified files stay linear.
  private mutating func column() -> Int {
    if colCachePos < lineStart || colCachePos > pos {
      colCachePos = lineStart
      colCacheValue = 1
    }
    while colCachePos < pos {
      if bytes[colCachePos] & 0xC0 != 0x80 { colCacheValue += 1 }
      colCachePos += 1
    }
    return colCacheValue
  }

  private mutating func error(_ message: String) -> InputError {
    InputError(message, at: SourceLocation(file: file, line: line, column: column()))
  }

  private mutating func skipSpace() {
    while pos < bytes.count {
      switch bytes[pos] {
      case 0x20, 0x09, 0x0D: pos += 1
      case 0x0A:
        pos += 1
        line += 1
        lineStart = pos
      default: return
      }
    }
  }

  private mutating func value(depth: Int) throws -> DocNode {
    guard depth < Self.maxDepth else {
      throw error("nesting deeper than \(Self.maxDepth) levels is not accepted")
    }
    guard pos < bytes.count else { throw error("expected a value, found end of file (truncated?)") }
    let (l, c) = (line, column())
    switch bytes[pos] {
    case UInt8(ascii: "{"): return DocNode(try object(depth: depth), line: l, column: c)
    case UInt8(ascii: "["): return DocNode(try array(depth: depth), line: l, column: c)
    case UInt8(ascii: "\""): return DocNode(.scalar(try string(), quoted: true), line: l, column: c)
    case UInt8(ascii: "t"):
      try literal("true")
      return DocNode(.scalar("true", quoted: false), line: l, column: c)
    case UInt8(ascii: "f"):
      try literal("false")
      return DocNode(.scalar("false", quoted: false), line: l, column: c)
    case UInt8(ascii: "n"):
      try literal("null")
      return DocNode(.null, line: l, column: c)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return DocNode(.scalar(try number(), quoted: false), line: l, column: c)
    default:
      throw error("expected a JSON value (object, array, string, number, true, false or null)")
    }
  }

  private mutating func literal(_ word: String) throws {
    let n = word.utf8.count
    guard pos + n <= bytes.count, bytes[pos..<(pos + n)].elementsEqual(word.utf8) else {
      throw error("expected '\(word)'")
    }
    pos += n
  }

  private mutating func object(depth: Int) throws -> DocNode.Value {
    pos += 1
    var entries: [DocEntry] = []
    skipSpace()
    if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
      pos += 1
      return .mapping(entries)
    }
    while true {
      skipSpace()
      guard pos < bytes.count else { throw error("expected a key, found end of file (truncated?)") }
      guard bytes[pos] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
      let (l, c) = (line, column())
      let key = try string()
      skipSpace()
      guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
        throw error("expected ':' after key \"\(key)\"")
      }
      pos += 1
      skipSpace()
      entries.append(DocEntry(key: key, line: l, column: c, value: try value(depth: depth + 1)))
      skipSpace()
      guard pos < bytes.count else { throw error("expected ',' or '}', found end of file (truncated?)") }
      if bytes[pos] == UInt8(ascii: ",") {
        pos += 1
        continue
      }
      guard bytes[pos] == UInt8(ascii: "}") else { throw error("expected ',' or '}' after a member") }
      pos += 1
      return .mapping(entries)
    }
  }

  private mutating func array(depth: Int) throws -> DocNode.Value {
    pos += 1
    var items: [DocNode] = []
    skipSpace()
    if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
      pos += 1
      return .sequence(items)
    }
    while true {
      skipSpace()
      items.append(try value(depth: depth + 1))
      skipSpace()
      guard pos < bytes.count else { throw error("expected ',' or ']', found end of file (truncated?)") }
      if bytes[pos] == UInt8(ascii: ",") {
        pos += 1
        continue
      }
      guard bytes[pos] == UInt8(ascii: "]") else { throw error("expected ',' or ']' after an element") }
      pos += 1
      return .sequence(items)
    }
  }

  private mutating func number() throws -> String {
    let start = pos
    if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
    var digits = 0
    while pos < bytes.count {
      let b = bytes[pos]
      let ok = (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e")
        || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
      guard ok else { break }
      if b >= 0x30 && b <= 0x39 { digits += 1 }
      pos += 1
    }
    guard digits > 0 else { throw error("expected digits in a number") }
    return String(decoding: bytes[start..<pos], as: UTF8.self)
  }

  private mutating func string() throws -> String {
    pos += 1
    var out: [UInt8] = []
    var plainStart = pos
    while pos < bytes.count {
      let b = bytes[pos]
      if b == UInt8(ascii: "\"") {
        out.append(contentsOf: bytes[plainStart..<pos])
        pos += 1
        return String(decoding: out, as: UTF8.self)
      }
      if b == 0x0A { throw error("expected '\"' to close the string before the end of the line") }
      if b < 0x20 { throw error("control character in a string must be escaped") }
      if b == UInt8(ascii: "\\") {
        out.append(contentsOf: bytes[plainStart..<pos])
        try escape(into: &out)
        plainStart = pos
        continue
      }
      pos += 1
    }
    throw error("expected '\"' to close the string, found end of file (truncated?)")
  }

  private mutating func escape(into out: inout [UInt8]) throws {
    pos += 1
    guard pos < bytes.count else { throw error("expected an escape after '\\'") }
    let b = bytes[pos]
    pos += 1
    switch b {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(b)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try hex4()
      if scalar >= 0xD800 && scalar < 0xDC00, pos + 1 < bytes.count,
        bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u")
      {
        pos += 2
        let low = try hex4()
        if low >= 0xDC00 && low < 0xE000 {
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
      }
      let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
      out.append(contentsOf: String(Character(s)).utf8)
    default:
      pos -= 1
      throw error("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
    }
  }

  private mutating func hex4() throws -> UInt32 {
    guard pos + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[pos]
      let d: UInt8
      switch b {
      case 0x30...0x39: d = b - 0x30
      case 0x41...0x46: d = b - 0x41 + 10
      case 0x61...0x66: d = b - 0x61 + 10
      default: throw error("expected four hex digits after \\u")
      }
      v = v << 4 | UInt32(d)
      pos += 1
    }
    return v
  }
}
