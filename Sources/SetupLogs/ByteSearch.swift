import Findings

/// Substring search on bytes (memchr on the first byte, then a compare), so the per-line checks
/// of the log scanners never build a `String`.
enum ByteSearch {
  /// The offset of the first occurrence of `needle` in `m`. memchr looks for the needle's first
  /// non-space byte (spaces are too common to anchor on), then the rest is compared in place.
  static func index(_ m: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int = 0) -> Int? {
    let count = needle.utf8CodeUnitCount
    guard let base = m.baseAddress, count > 0, m.count - from >= count else { return nil }
    let bytes = needle.utf8Start
    var anchor = 0
    while anchor < count - 1, bytes[anchor] == 0x20 { anchor += 1 }
    let last = m.count - count
    var start = from + anchor
    while start <= last + anchor,
      let hit = memchr(base + start, Int32(bytes[anchor]), last + anchor - start + 1)
    {
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
      var k = 0
      while k < count, base[at + k] == bytes[k] { k += 1 }
      if k == count { return at }
      start = at + anchor + 1
    }
    return nil
  }

  /// True when `m[..<end]` ends with `suffix`.
  @inline(__always)
  static func hasSuffix(_ m: UnsafeBufferPointer<UInt8>, end: Int, _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard end >= count, end <= m.count else { return false }
    let bytes = suffix.utf8Start
    guard m[end - 1] == bytes[count - 1] else { return false }
    var k = 0
    while k < count, m[end - count + k] == bytes[k] { k += 1 }
    return k == count
  }

  /// The offset of the last occurrence of `needle` in `m`.
  static func lastIndex(_ m: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Int? {
    var found: Int?
    var from = 0
    while let at = index(m, needle, from: from) {
      found = at
      from = at + 1
    }
    return found
  }

  /// True when `m` starts with `prefix`.
  @inline(__always)
  static func hasPrefix(_ m: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard let base = m.baseAddress, m.count >= count else { return false }
    return memcmp(base, prefix.utf8Start, count) == 0
  }

  /// True when `m` is exactly `text`.
  @inline(__always)
  static func equals(_ m: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    m.count == text.utf8CodeUnitCount && hasPrefix(m, text)
  }
}
