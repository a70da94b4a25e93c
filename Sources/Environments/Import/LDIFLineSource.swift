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
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw InputError("cannot open the file", at: SourceLocation(file: file, line: 1))
    }
    defer { close(fd) }
    var unfolder = Unfolder()
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunkSize) }
      if n < 0 { throw InputError("read error", at: SourceLocation(file: file, line: unfolder.line)) }
      if n == 0 { break }
      try chunk.withUnsafeBufferPointer { try unfolder.feed(UnsafeBufferPointer(rebasing: $0[0..<n]), consume) }
    }
    try unfolder.finish(consume)
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
          return
        }
        if partial.isEmpty {
          try physical(UnsafeBufferPointer(rebasing: buffer[i..<j]), consume)
        } else {
          partial.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<j]))
          let whole = partial
          partial.removeAll(keepingCapacity: true)
          try whole.withUnsafeBufferPointer { try physical($0, consume) }
        }
        i = j + 1
      }
    }

    mutating func finish(_ consume: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void) throws {
      var endsWithNewline = true
      if !partial.isEmpty {
        endsWithNewline = false
        let whole = partial
        partial.removeAll()
        try whole.withUnsafeBufferPointer { try physical($0, consume) }
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
        logical.append(contentsOf: UnsafeBufferPointer(rebasing: text.dropFirst()))
        return
      }
      try flush(consume, endsWithNewline: true)
      if text.isEmpty {
        try [UInt8]().withUnsafeBufferPointer { try consume($0, line, true) }
        return
      }
      logical.append(contentsOf: text)
      hasLogical = true
      logicalLine = line
    }

    private mutating func flush(
      _ consume: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void, endsWithNewline: Bool
    ) throws {
      guard hasLogical else { return }
      try logical.withUnsafeBufferPointer { try consume($0, logicalLine, endsWithNewline) }
      logical.removeAll(keepingCapacity: true)
      hasLogical = false
    }
  }
}
