import WindowsSecurity

/// Bounds-checked reads over value bytes beyond the 16- and 32-bit ones WindowsSecurity
/// provides. Every read returns nil when the field would run past the end, so short F/V buffers
/// become typed errors, never traps.
extension Array where Element == UInt8 {
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
}
