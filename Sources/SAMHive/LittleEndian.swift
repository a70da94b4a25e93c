/// Bounds-checked little-endian reads and writes over value bytes. Every read returns nil when
/// the field would run past the end, so short F/V buffers become typed errors, never traps.
extension Array where Element == UInt8 {
  func le16(at offset: Int) -> UInt16? {
    guard offset >= 0, offset <= count - 2 else { return nil }
    return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
  }

  func le32(at offset: Int) -> UInt32? {
    guard offset >= 0, offset <= count - 4 else { return nil }
    var value: UInt32 = 0
    for i in 0..<4 { value |= UInt32(self[offset + i]) << (8 * UInt32(i)) }
    return value
  }

  func le64(at offset: Int) -> UInt64? {
    guard offset >= 0, offset <= count - 8 else { return nil }
    var value: UInt64 = 0
    for i in 0..<8 { value |= UInt64(self[offset + i]) << (8 * UInt64(i)) }
    return value
  }

  /// The bytes `offset ..< offset + length`, or nil when that range is not inside the array.
  func slice(at offset: Int, length: Int) -> [UInt8]? {
    guard offset >= 0, length >= 0, offset <= count, length <= count - offset else { return nil }
    return Array(self[offset..<(offset + length)])
  }

  mutating func setLE16(_ value: UInt16, at offset: Int) {
    self[offset] = UInt8(value & 0xff)
    self[offset + 1] = UInt8(value >> 8)
  }

  mutating func setLE32(_ value: UInt32, at offset: Int) {
    for i in 0..<4 { self[offset + i] = UInt8((value >> (8 * UInt32(i))) & 0xff) }
  }
}
