/// A GUID as AD uses it for schemaIDGUID, rightsGuid and ACE object types ([MS-DTYP] 2.3.4).
///
/// Kept as the 16 bytes of its text order (`bf967aba-0de6-…` → bf 96 7a ba 0d e6 …). The binary
/// form in ACEs is the mixed-endian `GUID` structure ([MS-DTYP] 2.3.4.2): Data1, Data2 and Data3
/// little-endian, Data4 as is, the order Python calls `bytes_le`.
public struct GUID: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The first 8 bytes of the text order, big-endian.
  public var high: UInt64
  /// The last 8 bytes of the text order, big-endian.
  public var low: UInt64

  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (either case). Braces, missing hyphens and
  /// surrounding spaces are refused, as Windows and Samba refuse them in SDDL.
  public init(parsing text: String) throws(SDDLError) {
    let bytes = Array(text.utf8)
    self = try Self.parse(bytes, from: 0, to: bytes.count)
  }

  static func parse(_ bytes: [UInt8], from start: Int, to end: Int) throws(SDDLError) -> GUID {
    guard end - start == 36 else {
      throw SDDLError(
        column: columnOf(bytes, start),
        "a GUID is 36 characters (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), found \(end - start)")
    }
    var high: UInt64 = 0
    var low: UInt64 = 0
    var nibbles = 0
    for i in start..<end {
      let position = i - start
      if position == 8 || position == 13 || position == 18 || position == 23 {
        guard bytes[i] == UInt8(ascii: "-") else {
          throw SDDLError(column: columnOf(bytes, i), "expected '-' in the GUID")
        }
        continue
      }
      guard let digit = hexValue(bytes[i]) else {
        throw SDDLError(column: columnOf(bytes, i), "expected a hexadecimal digit in the GUID")
      }
      if nibbles < 16 { high = high << 4 | UInt64(digit) } else { low = low << 4 | UInt64(digit) }
      nibbles += 1
    }
    return GUID(high: high, low: low)
  }

  /// Lower-case text, as Windows writes GUIDs in SDDL.
  public var description: String {
    var out = [UInt8]()
    out.reserveCapacity(36)
    let digits = Array("0123456789abcdef".utf8)
    for n in 0..<32 {
      if n == 8 || n == 12 || n == 16 || n == 20 { out.append(UInt8(ascii: "-")) }
      let word = n < 16 ? high : low
      out.append(digits[Int((word >> UInt64(60 - 4 * (n % 16))) & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The 16 bytes as stored in an object ACE (mixed-endian).
  public var bytes: [UInt8] {
    var text = [UInt8]()
    text.reserveCapacity(16)
    for shift in stride(from: 56, through: 0, by: -8) { text.append(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
    for shift in stride(from: 56, through: 0, by: -8) { text.append(UInt8(truncatingIfNeeded: low >> UInt64(shift))) }
    return [text[3], text[2], text[1], text[0], text[5], text[4], text[7], text[6]] + text[8...]
  }

  /// Reads the mixed-endian form at `offset`; nil when fewer than 16 bytes remain.
  public init?(bytes: [UInt8], at offset: Int = 0) {
    guard offset >= 0, offset + 16 <= bytes.count else { return nil }
    let b = bytes[offset..<(offset + 16)].map { $0 }
    let text = [b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]] + b[8...]
    high = text[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
    low = text[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
  }

  public static func < (lhs: GUID, rhs: GUID) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
}
