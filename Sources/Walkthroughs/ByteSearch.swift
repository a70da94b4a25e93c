#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search on bytes (memchr on the first byte, then a compare), so the per-line checks
/// of the log scanners never build a `String`.
enum ByteSearch {
  /// The offset of the first occurrence of `needle` in `m`.
  static func index(_ m: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int = 0) -> Int? {
    let count = needle.utf8CodeUnitCount
    guard let base = m.baseAddress, count > 0, m.count - from >= count else { return nil }
    let first = needle.utf8Start.pointee
    var start = from
    let last = m.count - count
    while start <= last, let hit = memchr(base + start, Int32(first), last - start + 1) {
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + at, needle.utf8Start, count) == 0 { return at }
      start = at + 1
    }
    return nil
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
