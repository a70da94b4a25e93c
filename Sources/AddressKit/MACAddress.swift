/// A 48-bit IEEE MAC address (EUI-48), as Windows (`34-56-78-9A-BC-DE`), Unix
/// (`34:56:78:9a:bc:de`) or Cisco (`3456.789a.bcde`) write it.
public struct MACAddress: Sendable, Hashable, CustomStringConvertible {
  /// The 48 bits in the low bits of the word.
  public let value: UInt64

  /// A MAC from its 48-bit value.
  public init(value: UInt64) { self.value = value & 0xFFFF_FFFF_FFFF }

  /// Parses the dash, colon or dotted-Cisco forms; refuses anything else with a column.
  public init(parsing text: String) throws(AddressParseError) {
    var digits: UInt64 = 0
    var count = 0
    var column = 0
    var separator: Character? = nil
    for ch in text {
      column += 1
      if let h = ch.hexDigitValue, ch.isASCII {
        digits = digits << 4 | UInt64(h)
        count += 1
        if count > 12 { throw AddressParseError(.badMAC(text), column: column) }
      } else if ch == "-" || ch == ":" || ch == "." {
        if separator == nil { separator = ch }
        if separator != ch { throw AddressParseError(.badMAC(text), column: column) }
      } else {
        throw AddressParseError(
          .unexpectedCharacter(String(ch), expected: "hex digits separated by '-', ':' or '.'"),
          column: column)
      }
    }
    guard count == 12 else { throw AddressParseError(.badMAC(text), column: 1) }
    value = digits
  }

  /// Byte `index` (0...5), most significant first.
  public func byte(_ index: Int) -> UInt8 {
    UInt8(truncatingIfNeeded: value >> UInt64((5 - index) * 8))
  }

  /// True for a locally administered MAC (the U/L bit, 0x02 of the first byte, is set).
  public var isLocallyAdministered: Bool { byte(0) & 0x02 != 0 }

  /// The Windows form: `34-56-78-9A-BC-DE`.
  public var windowsText: String {
    (0..<6).map { b -> String in
      let s = String(byte(b), radix: 16, uppercase: true)
      return s.count == 1 ? "0" + s : s
    }.joined(separator: "-")
  }

  /// The colon form: `34:56:78:9a:bc:de`.
  public var colonText: String {
    (0..<6).map { b -> String in
      let s = String(byte(b), radix: 16)
      return s.count == 1 ? "0" + s : s
    }.joined(separator: ":")
  }

  public var description: String { windowsText }
}
