#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Findings

/// Feeds LDIF logical lines (RFC 2849 folding undone) to a consumer, reading a file in fixed
/// chunks so huge exports stream in bounded memory.
struct LDIFLineSource {
  static let chunkSize = 1 << 20

  /// Reads `path` chunk by chunk and calls `consume` with each logical line and the 1-based
  /// number of its first physical line; an empty line is passed as an empty buffer.
  static func lines(
    path: String, file: String,
    _ consume: (UnsafeBufferPointer<UInt8>, Int, _ endsWithNewline: Bool) throws -> Void
  ) throws {
    let fd = try openFile(path, file: file)
    defer { close(fd) }
    _ = try lines(fd: fd, range: 0..<Int.max, file: file, consume)
  }

  /// Opens `path` for reading, or throws the error a load reports.
  static func openFile(_ path: String, file: String) throws -> Int32 {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw InputError("cannot open the file", at: SourceLocation(file: file, line: 1))
    }
    return fd
  }

  /// Reads the bytes of `fd` in `range` (which starts at a line boundary) chunk by chunk and
  /// returns the number of physical lines read. Lines are numbered from 1 within the range.
  static func lines(
    fd: Int32, range: Range<Int>, file: String,
    _ consume: (UnsafeBufferPointer<UInt8>, Int, _ endsWithNewline: Bool) throws -> Void
  ) throws -> Int {
    var unfolder = Unfolder()
    unfolder.skippedBOM = range.lowerBound > 0
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    var offset = range.lowerBound
    while offset < range.upperBound {
      let want = min(chunkSize, range.upperBound - offset)
      let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(offset)) }
      if n < 0 { throw InputError("read error", at: SourceLocation(file: file, line: unfolder.line)) }
      if n == 0 { break }
      offset += n
      try chunk.withUnsafeBufferPointer { try unfolder.feed(UnsafeBufferPointer(rebasing: $0[0..<n]), consume) }
    }
    try unfolder.finish(consume)
    return unfolder.line
  }

  /// Same as `read(path:)` over bytes in memory.
  static func lines(
    bytes: [UInt8], _ consume: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void
  ) throws {
    var unfolder = Unfolder()
    try bytes.withUnsafeBufferPointer { try unfolder.feed($0, consume) }
    try unfolder.finish(consume)
  }

  /// Joins continuation lines (a line starting with one space continues the previous one).
  struct Unfolder {
    /// A logical line not yet known to be complete, still in the caller's buffer: most lines
    /// are not folded, so they are consumed where they lie instead of being copied.
    var pending: UnsafeBufferPointer<UInt8>?
    var logical: [UInt8] = []
    var partial: [UInt8] = []
    var hasLogical = false
    var logicalLine = 0
    var line = 0
    var skippedBOM = false

    init() {
      logical.reserveCapacity(4096)
    }

    mutating func feed(
      _ buffer: UnsafeBufferPointer<UInt8>,
      _ consume: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void
    ) throws {
      var start = 0
      if !skippedBOM, partial.isEmpty, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB,
        buffer[2] == 0xBF
      {
        start = 3
      }
      skippedBOM = true
      var i = start
      let count = buffer.count
      while i < count {
        // Find the end of this physical line.
        var j = count
        if let base = buffer.baseAddress,
          let hit = memchr(base + i, 0x0A, count - i)
        {
          j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        if j == count {
          partial.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<j]))
          materialize()
          return
        }
        if partial.isEmpty {
          try physical(UnsafeBufferPointer(rebasing: buffer[i..<j]), consume)
        } else {
          partial.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<j]))
          let whole = partial
          partial.removeAll(keepingCapacity: true)
          try whole.withUnsafeBufferPointer {
            try physical($0, consume)
            materialize()
          }
        }
        i = j + 1
      }
      materialize()
    }

    /// Copies a pending line out of a buffer that is about to go away.
    private mutating func materialize() {
      guard let line = pending else { return }
      logical.append(contentsOf: line)
      pending = nil
    }

    mutating func finish(_ consume: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void) throws {
      var endsWithNewline = true
      if !partial.isEmpty {
        endsWithNewline = false
        let whole = partial
        partial.removeAll()
        try whole.withUnsafeBufferPointer {
          try physical($0, consume)
          try flush(consume, endsWithNewline: false)
        }
        return
      }
      try flush(consume, endsWithNewline: endsWithNewline)
    }

    private mutating func physical(
      _ raw: UnsafeBufferPointer<UInt8>,
      _ consume: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void
    ) throws {
      line += 1
      var text = raw
      if let last = text.last, last == 0x0D { text = UnsafeBufferPointer(rebasing: text.dropLast()) }
      if let first = text.first, first == 0x20, hasLogical {
        materialize()
        logical.append(contentsOf: UnsafeBufferPointer(rebasing: text.dropFirst()))
        return
      }
      try flush(consume, endsWithNewline: true)
      if text.isEmpty {
        try [UInt8]().withUnsafeBufferPointer { try consume($0, line, true) }
        return
      }
      pending = text
      hasLogical = true
      logicalLine = line
    }

    private mutating func flush(
      _ consume: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void, endsWithNewline: Bool
    ) throws {
      guard hasLogical else { return }
      if let line = pending {
        pending = nil
        try consume(line, logicalLine, endsWithNewline)
      } else {
        try logical.withUnsafeBufferPointer { try consume($0, logicalLine, endsWithNewline) }
        logical.removeAll(keepingCapacity: true)
      }
      hasLogical = false
    }
  }
}
