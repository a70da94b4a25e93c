extension DistinguishedName {
  /// Parses an RFC 4514 DN string.
  ///
  /// Hand-written because no library in the dependency set parses DNs (Foundation has none on
  /// Linux). Accepted beyond the RFC's strict grammar, as AD and RFC 2253 readers accept it:
  /// blanks around `,`, `+` and `=` (dropped), and `OID.` before a numeric type. Refused with
  /// the column: empty RDNs, a missing `=`, bad escapes, unescaped `"` `;` `<` `>`, odd `#` hex.
  public init(parsing text: String) throws(DNParseError) {
    var parser = DNScanner(Array(text.utf8), text: text)
    self = try parser.parse()
  }
}

/// A single pass over the UTF-8 bytes of a DN string.
struct DNScanner {
  let bytes: [UInt8]
  let text: String
  var index = 0

  init(_ bytes: [UInt8], text: String) {
    self.bytes = bytes
    self.text = text
  }

  /// The 1-based character column of byte offset `offset`.
  func column(_ offset: Int) -> Int {
    String(decoding: bytes[..<min(offset, bytes.count)], as: UTF8.self).count + 1
  }

  func fail(_ reason: DNParseError.Reason, at offset: Int) -> DNParseError {
    DNParseError(reason, column: column(offset))
  }

  var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  mutating func skipBlanks() {
    while let byte = current, byte == 0x20 || byte == 0x09 { index += 1 }
  }

  mutating func parse() throws(DNParseError) -> DistinguishedName {
    skipBlanks()
    if current == nil { return .root }
    var rdns: [RelativeDistinguishedName] = []
    while true {
      var pairs: [AttributeTypeAndValue] = []
      while true {
        pairs.append(try pair())
        skipBlanks()
        if current == UInt8(ascii: "+") {
          index += 1
          continue
        }
        break
      }
      rdns.append(RelativeDistinguishedName(pairs))
      guard let byte = current else { break }
      if byte == UInt8(ascii: ",") {
        index += 1
        skipBlanks()
        if current == nil { throw fail(.emptyRDN, at: index) }
        continue
      }
      throw fail(.unescaped(Character(Unicode.Scalar(byte))), at: index)
    }
    return DistinguishedName(rdns: rdns)
  }

  static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  static func hexValue(_ b: UInt8) -> UInt8? {
    if isDigit(b) { return b - 0x30 }
    let lower = b | 0x20
    return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : nil
  }

  mutating func pair() throws(DNParseError) -> AttributeTypeAndValue {
    skipBlanks()
    let start = index
    if current == UInt8(ascii: ",") || current == UInt8(ascii: "+") || current == nil {
      throw fail(.emptyRDN, at: start)
    }
    while let byte = current,
      Self.isAlpha(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: ".")
    {
      index += 1
    }
    let type = String(decoding: bytes[start..<index], as: UTF8.self)
    let stray = current.map { $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: "=") } ?? false
    guard Self.validType(type), !stray else {
      var end = index
      while end < bytes.count, bytes[end] != UInt8(ascii: "="), bytes[end] != UInt8(ascii: ",") {
        end += 1
      }
      let shown = String(decoding: bytes[start..<end], as: UTF8.self)
      throw fail(.badAttributeType(shown.trimmingBlanks), at: start)
    }
    skipBlanks()
    guard current == UInt8(ascii: "=") else { throw fail(.missingEquals, at: index) }
    index += 1
    skipBlanks()
    if current == UInt8(ascii: "#") { return try hexPair(type: type) }
    return AttributeTypeAndValue(type: type, value: try stringValue())
  }

  /// `name` (letter, then letters, digits, hyphens) or a dotted OID, optionally `OID.`-prefixed.
  static func validType(_ type: String) -> Bool {
    var body = Substring(type)
    if body.lowercased().hasPrefix("oid.") { body = body.dropFirst(4) }
    guard let first = body.utf8.first else { return false }
    if isAlpha(first) { return body.utf8.allSatisfy { isAlpha($0) || isDigit($0) || $0 == 0x2D } }
    let arcs = body.split(separator: ".", omittingEmptySubsequences: false)
    return arcs.count >= 2 && arcs.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(isDigit) }
  }

  mutating func hexPair(type: String) throws(DNParseError) -> AttributeTypeAndValue {
    let start = index
    index += 1
    while let byte = current, Self.hexValue(byte) != nil { index += 1 }
    let digits = index - start - 1
    guard digits > 0, digits % 2 == 0 else { throw fail(.badHexValue, at: start) }
    let value = String(decoding: bytes[start..<index], as: UTF8.self)
    skipBlanks()
    if let byte = current, byte != UInt8(ascii: ","), byte != UInt8(ascii: "+") {
      throw fail(.badHexValue, at: index)
    }
    return AttributeTypeAndValue(type: type, value: value, isHexValue: true)
  }

  /// A string value up to an unescaped `,` or `+`; trailing unescaped blanks are dropped.
  mutating func stringValue() throws(DNParseError) -> String {
    var value: [UInt8] = []
    var significant = 0
    let start = index
    while let byte = current {
      switch byte {
      case UInt8(ascii: ","), UInt8(ascii: "+"):
        return try decode(value, count: significant, at: start)
      case UInt8(ascii: "\\"):
        guard index + 1 < bytes.count else { throw fail(.badEscape, at: index) }
        let next = bytes[index + 1]
        if let high = Self.hexValue(next), index + 2 < bytes.count,
          let low = Self.hexValue(bytes[index + 2])
        {
          value.append(high << 4 | low)
          index += 3
        } else if Self.escapable(next) {
          value.append(next)
          index += 2
        } else {
          throw fail(.badEscape, at: index)
        }
        significant = value.count
      case UInt8(ascii: "\""), UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0:
        throw fail(.unescaped(Character(Unicode.Scalar(byte))), at: index)
      default:
        value.append(byte)
        index += 1
        if byte != 0x20 && byte != 0x09 { significant = value.count }
      }
    }
    return try decode(value, count: significant, at: start)
  }

  static func escapable(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
      UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: " "),
      UInt8(ascii: "#"), UInt8(ascii: "="):
      true
    default: false
    }
  }

  func decode(_ value: [UInt8], count: Int, at start: Int) throws(DNParseError) -> String {
    guard let text = String(validating: value[..<count], as: UTF8.self) else {
      throw fail(.invalidUTF8, at: start)
    }
    return text
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  var trimmingBlanks: String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return String(slice)
  }
}

extension DistinguishedName {
  /// The comparison key of a DN string, without building the RDNs when the text is plain
  /// (ASCII, `type=value` parts with letter types, no escapes, `+`, `#` or blanks to fold): then
  /// the key is the text lowercased, exactly what the full parse gives. Anything else takes the
  /// full parse. Nil when the text is not a DN. Loads of 100,000 objects key every DN, member
  /// and memberOf value; nearly all are plain.
  public static func key(of text: String) -> String? {
    var plain = true
    var utf8 = text.utf8
    let result: String? = utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard let first = bytes.first, first != 0x20 else {
        plain = false
        return nil
      }
      var atTypeStart = true
      var inType = true
      var previous: UInt8 = 0
      for byte in bytes {
        switch byte {
        case 0x80...0xFF, UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "+"),
          UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), 0x09, 0:
          plain = false
          return nil
        case 0x20:
          if previous == 0x20 || previous == UInt8(ascii: ",") || previous == UInt8(ascii: "=")
            || inType
          {
            plain = false
            return nil
          }
        case UInt8(ascii: ","):
          if inType || previous == 0x20 || previous == UInt8(ascii: "=") {
            plain = false
            return nil
          }
          inType = true
          atTypeStart = true
        case UInt8(ascii: "="):
          if !inType || atTypeStart || previous == 0x20 {
            plain = false
            return nil
          }
          inType = false
        default:
          if inType {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let digit = byte >= 0x30 && byte <= 0x39
            if atTypeStart ? !letter : !(letter || digit || byte == UInt8(ascii: "-")) {
              plain = false
              return nil
            }
            atTypeStart = false
          }
        }
        previous = byte
      }
      guard !inType, previous != 0x20, previous != UInt8(ascii: "=") else {
        plain = false
        return nil
      }
      return text.lowercased()
    } ?? nil
    if plain, let result { return result }
    _ = utf8.isEmpty
    utf8 = text.utf8
    return (try? DistinguishedName(parsing: text))?.key
  }
}
