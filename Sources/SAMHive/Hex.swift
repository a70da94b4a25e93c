/// Fixed-width lower-case hex text for flags, masks and offsets in messages and JSON.
enum Hex {
  /// `0x` and at least four hex digits: the form for 16-bit flag words.
  static func word(_ value: UInt16) -> String { padded(UInt64(value), digits: 4) }

  /// `0x` and at least `digits` hex digits.
  static func padded(_ value: UInt64, digits: Int) -> String {
    let text = String(value, radix: 16)
    let zeros = max(0, digits - text.count)
    return "0x" + String(repeating: "0", count: zeros) + text
  }

  /// `0x..` for any unsigned value, without padding.
  static func plain<T: BinaryInteger>(_ value: T) -> String { "0x" + String(value, radix: 16) }

  /// Bytes as `11 00` (two hex digits each, space separated), as a diff shows them.
  static func bytes(_ bytes: [UInt8]) -> String {
    bytes.map { byte in
      let text = String(byte, radix: 16)
      return text.count == 1 ? "0" + text : text
    }.joined(separator: " ")
  }
}
