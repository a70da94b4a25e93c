import EnvironmentModel
/// The fast path of base64 decoding for contiguous bytes (LDIF values decoded straight from
/// the line buffer): four table lookups per 4-character group, no per-byte appends.
extension Base64 {
  /// Decoding tables, one per position in a group, each value pre-shifted into place; an
  /// invalid character maps to a value with bits above the 24 data bits set.
  static let groupTables: [UInt32] = {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var t = [UInt32](repeating: 0xFF00_0000, count: 4 * 256)
    for (v, c) in alphabet.enumerated() {
      let value = UInt32(v)
      t[Int(c)] = value << 18
      t[256 + Int(c)] = value << 12
      t[512 + Int(c)] = value << 6
      t[768 + Int(c)] = value
    }
    return t
  }()

  /// Decoding tables for two characters at once: entry `c0 | c1 << 8` of the first half is
  /// the first two characters of a group shifted into place, of the second half the last two;
  /// a pair with a byte outside the alphabet maps to a value with bits above the 24 data bits
  /// set. Half the lookups of `groupTables`; the entries used fit in the first-level cache.
  static let pairTables: [UInt32] = {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var t = [UInt32](repeating: 0xFF00_0000, count: 2 << 16)
    for (v0, c0) in alphabet.enumerated() {
      for (v1, c1) in alphabet.enumerated() {
        let pair = Int(c0) | Int(c1) << 8
        t[pair] = UInt32(v0) << 18 | UInt32(v1) << 12
        t[1 << 16 + pair] = UInt32(v0) << 6 | UInt32(v1)
      }
    }
    return t
  }()

  /// Decodes contiguous base64 text; nil when it is not base64. Text with whitespace or
  /// without whole groups goes through the general decoder, which accepts the same inputs.
  public static func decode(_ text: UnsafeBufferPointer<UInt8>, padded: Bool = false) -> [UInt8]? {
    let n = text.count
    guard n > 0, n % 4 == 0, let src = text.baseAddress else {
      return decode(text as UnsafeBufferPointer, generic: padded)
    }
    var padding = 0
    if src[n - 1] == UInt8(ascii: "=") { padding = src[n - 2] == UInt8(ascii: "=") ? 2 : 1 }
    let groups = n / 4
    let outCount = groups * 3 - padding
    var valid = true
    let out = groupTables.withUnsafeBufferPointer { tables -> [UInt8] in
      let t = tables.baseAddress!
      return [UInt8](unsafeUninitializedCapacity: outCount) { buffer, initialized in
        let dst = buffer.baseAddress!
        var bad: UInt32 = 0
        var o = 0
        let full = padding > 0 ? groups - 1 : groups
        var p = src
        for _ in 0..<full {
          let x = t[Int(p[0])] | t[256 + Int(p[1])] | t[512 + Int(p[2])] | t[768 + Int(p[3])]
          bad |= x
          dst[o] = UInt8(truncatingIfNeeded: x >> 16)
          dst[o + 1] = UInt8(truncatingIfNeeded: x >> 8)
          dst[o + 2] = UInt8(truncatingIfNeeded: x)
          o += 3
          p += 4
        }
        if padding > 0 {
          var x = t[Int(p[0])] | t[256 + Int(p[1])]
          if padding == 1 { x |= t[512 + Int(p[2])] }
          bad |= x
          dst[o] = UInt8(truncatingIfNeeded: x >> 16)
          if padding == 1 { dst[o + 1] = UInt8(truncatingIfNeeded: x >> 8) }
        }
        valid = bad & 0xFF00_0000 == 0
        initialized = valid ? outCount : 0
      }
    }
    return valid ? out : decode(text as UnsafeBufferPointer, generic: padded)
  }

  /// The general decoder (whitespace skipped), for inputs the fast path does not take.
  private static func decode(_ text: UnsafeBufferPointer<UInt8>, generic padded: Bool) -> [UInt8]? {
    decode(text.lazy, padded: padded)
  }
}
