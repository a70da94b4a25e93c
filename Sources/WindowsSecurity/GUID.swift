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
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(SDDLError) in try Self.parse(buffer, from: 0, to: buffer.count) }
    }
    self = try parsed.get()
  }

  static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) throws(SDDLError) -> GUID {
    guard end - start == 36 else {
      throw SDDLError(
        column: columnOf(bytes, start),
        "a GUID is 36 characters (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), found \(end - start)")
    }
    for dash in [8, 13, 18, 23] where bytes[start + dash] != UInt8(ascii: "-") {
      throw SDDLError(column: columnOf(bytes, start + dash), "expected '-' in the GUID")
    }
    // Hex runs at fixed places: 8 + 4 + 4 nibbles into `high`, 4 + 12 into `low`.
    var high: UInt64 = 0
    var low: UInt64 = 0
    var bad = -1
    func run(_ from: Int, _ count: Int, into word: inout UInt64) {
      var i = start + from
      let stop = i + count
      while i < stop {
        let v = hexNibble[Int(bytes[i])]
        if v > 0xF, bad < 0 { bad = i }
        word = word << 4 | UInt64(v & 0xF)
        i += 1
      }
    }
    run(0, 8, into: &high)
    run(9, 4, into: &high)
    run(14, 4, into: &high)
    run(19, 4, into: &low)
    run(24, 12, into: &low)
    if bad >= 0 {
      throw SDDLError(column: columnOf(bytes, bad), "expected a hexadecimal digit in the GUID")
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

/// Hex digit values by byte, 0xFF for a byte that is not one.
let hexNibble: [UInt8] = (0..<256).map { hexValue(UInt8($0)) ?? 0xFF }
