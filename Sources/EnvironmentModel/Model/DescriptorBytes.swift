import Findings

/// The bytes of one binary security descriptor: a slice of a `ByteArena` that a whole load
/// shares (100,000 descriptors are one allocation, not 100,000 arrays), read like `[UInt8]`.
///
/// Equality and hashing are by content, wherever the bytes live.
public struct DescriptorBytes: RandomAccessCollection, Hashable, Sendable,
  CustomStringConvertible
{
  package let arena: ByteArena
  package let offset: Int
  /// The number of bytes.
  public let count: Int

  /// A descriptor held in its own storage (built by code or read from the native format).
  public init(_ bytes: [UInt8]) {
    arena = ByteArena(copying: bytes)
    offset = 0
    count = bytes.count
  }

  package init(arena: ByteArena, offset: Int, count: Int) {
    self.arena = arena
    self.offset = offset
    self.count = count
  }

  /// Always 0: indices count from the descriptor's first byte, as in an array.
  public var startIndex: Int { 0 }
  /// `count`.
  public var endIndex: Int { count }

  /// The byte at `index` (0 ..< count).
  public subscript(index: Int) -> UInt8 {
    precondition(index >= 0 && index < count, "DescriptorBytes index out of range")
    return arena.base[offset + index]
  }

  /// Calls `body` with the bytes in place (no copy).
  public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(start: arena.base + offset, count: count))
  }

  /// A copy as an array, for APIs that take `[UInt8]`.
  public var array: [UInt8] { withUnsafeBytes { Array($0) } }

  /// `"<n> bytes"`: the bytes themselves are shown by whoever decodes them.
  public var description: String { "\(count) bytes" }

  public static func == (lhs: DescriptorBytes, rhs: DescriptorBytes) -> Bool {
    guard lhs.count == rhs.count else { return false }
    return lhs.withUnsafeBytes { a in
      rhs.withUnsafeBytes { b in
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        return memcmp(pa, pb, a.count) == 0
      }
    }
  }

  public func hash(into hasher: inout Hasher) {
    withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}

/// One allocation holding the decoded binary values of a load; freed when the last
/// `DescriptorBytes` slicing it goes away. Written only while a load fills it (each thread in
/// its own region), read-only once the load has returned.
package final class ByteArena: @unchecked Sendable {
  package let base: UnsafeMutablePointer<UInt8>
  package let capacity: Int
  /// True when `base` came from mmap (large arenas), else from the allocator.
  private let mapped: Bool

  /// Arenas at least this large are mapped directly, with transparent huge pages requested:
  /// fewer page faults while 100 MB of descriptors are written.
  package static let mappingThreshold = 4 << 20

  /// An arena of `capacity` bytes, uninitialised; untouched pages of a mapped arena cost no
  /// memory.
  package init(capacity: Int) {
    let size = max(capacity, 1)
    if size >= Self.mappingThreshold,
      let raw = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
      raw != MAP_FAILED
    {
      #if os(Linux)
        _ = madvise(raw, size, MADV_HUGEPAGE)
      #endif
      base = raw.assumingMemoryBound(to: UInt8.self)
      mapped = true
    } else {
      base = .allocate(capacity: size)
      mapped = false
    }
    self.capacity = size
  }

  package convenience init(copying bytes: [UInt8]) {
    self.init(capacity: bytes.count)
    bytes.withUnsafeBufferPointer { source in
      if let from = source.baseAddress { base.initialize(from: from, count: source.count) }
    }
  }

  deinit {
    if mapped {
      munmap(base, capacity)
    } else {
      base.deallocate()
    }
  }
}
