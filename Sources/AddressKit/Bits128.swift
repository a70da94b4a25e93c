/// A 128-bit unsigned value as two words, the one representation the CIDR math runs on.
///
/// IPv4 values live in the low 32 bits of `low`; IPv6 values use both words. Kept internal and
/// tiny on purpose: only the operations prefix arithmetic needs, none of them trapping.
struct Bits128: Hashable, Comparable, Sendable {
  var high: UInt64
  var low: UInt64

  static let zero = Bits128(high: 0, low: 0)

  static func < (a: Bits128, b: Bits128) -> Bool {
    a.high != b.high ? a.high < b.high : a.low < b.low
  }

  static func & (a: Bits128, b: Bits128) -> Bits128 {
    Bits128(high: a.high & b.high, low: a.low & b.low)
  }

  static func | (a: Bits128, b: Bits128) -> Bits128 {
    Bits128(high: a.high | b.high, low: a.low | b.low)
  }

  static prefix func ~ (a: Bits128) -> Bits128 {
    Bits128(high: ~a.high, low: ~a.low)
  }

  /// The value with only the lowest `count` bits set (0...128).
  static func lowOnes(_ count: Int) -> Bits128 {
    if count <= 0 { return .zero }
    if count >= 128 { return Bits128(high: .max, low: .max) }
    if count >= 64 {
      let h = count == 64 ? 0 : (UInt64.max >> UInt64(128 - count))
      return Bits128(high: h, low: .max)
    }
    return Bits128(high: 0, low: UInt64.max >> UInt64(64 - count))
  }

  /// The host-bit mask of a prefix of `length` in an address of `width` bits.
  static func hostMask(length: Int, width: Int) -> Bits128 {
    lowOnes(width - length)
  }

  /// The network mask of a prefix of `length` in an address of `width` bits.
  static func networkMask(length: Int, width: Int) -> Bits128 {
    lowOnes(width) & ~lowOnes(width - length)
  }

  /// The value with only bit `index` set, counting from the least significant bit.
  static func bit(_ index: Int) -> Bits128 {
    if index < 0 || index >= 128 { return .zero }
    return index >= 64
      ? Bits128(high: 1 << UInt64(index - 64), low: 0) : Bits128(high: 0, low: 1 << UInt64(index))
  }

  /// Wrapping addition (callers check the range first).
  static func &+ (a: Bits128, b: Bits128) -> Bits128 {
    let (l, carry) = a.low.addingReportingOverflow(b.low)
    return Bits128(high: a.high &+ b.high &+ (carry ? 1 : 0), low: l)
  }

  /// Wrapping subtraction (callers check the range first).
  static func &- (a: Bits128, b: Bits128) -> Bits128 {
    let (l, borrow) = a.low.subtractingReportingOverflow(b.low)
    return Bits128(high: a.high &- b.high &- (borrow ? 1 : 0), low: l)
  }

  /// Adds a small number, wrapping.
  func adding(_ n: UInt64) -> Bits128 { self &+ Bits128(high: 0, low: n) }

  /// Number of trailing zero bits (128 for zero).
  var trailingZeroBitCount: Int {
    low != 0 ? low.trailingZeroBitCount : 64 + high.trailingZeroBitCount
  }

  /// Number of leading zero bits in a `width`-bit value.
  func leadingZeroBitCount(width: Int) -> Int {
    let full = high != 0 ? high.leadingZeroBitCount : 64 + low.leadingZeroBitCount
    return full - (128 - width)
  }

  /// Left shift by 0...127, dropping bits that fall off.
  func shiftedLeft(_ n: Int) -> Bits128 {
    if n <= 0 { return self }
    if n >= 128 { return .zero }
    if n >= 64 { return Bits128(high: low << UInt64(n - 64), low: 0) }
    return Bits128(high: (high << UInt64(n)) | (low >> UInt64(64 - n)), low: low << UInt64(n))
  }

  /// Logical right shift by 0...127.
  func shiftedRight(_ n: Int) -> Bits128 {
    if n <= 0 { return self }
    if n >= 128 { return .zero }
    if n >= 64 { return Bits128(high: 0, low: high >> UInt64(n - 64)) }
    return Bits128(high: high >> UInt64(n), low: (low >> UInt64(n)) | (high << UInt64(64 - n)))
  }
}
