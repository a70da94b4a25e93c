import Findings

/// Splits a byte stream into trimmed lines, chunk by chunk, in bounded memory.
///
/// Handles a UTF-8 BOM at the start, CRLF, surrounding blanks, blank lines and `#` comments
/// (skipped), and lines longer than `maxLineLength` (reported by number and length, never
/// buffered, so a 10 MB line costs no memory).
public struct LineSplitter: Sendable {
  /// One line handed to the caller.
  public enum Line {
    /// A non-blank line: the trimmed bytes and the 1-based line number.
    case text(UnsafeBufferPointer<UInt8>, line: Int)
    /// A line longer than the limit: its number and length in bytes.
    case overlong(line: Int, length: Int)
  }

  /// Lines longer than this are reported as overlong, never buffered.
  public let maxLineLength: Int
  var carry: [UInt8] = []
  var lineNumber = 1
  var overlongLength = 0

  /// `maxLineLength` bounds what is buffered across chunk boundaries.
  public init(maxLineLength: Int = 1024) {
    self.maxLineLength = maxLineLength
    carry.reserveCapacity(maxLineLength)
  }

  /// Feeds the next chunk; `body` runs for each complete line in it.
  public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (Line) -> Void) {
    let p = chunk.bindMemory(to: UInt8.self)
    var lineStart = 0
    let n = p.count
    guard let base = p.baseAddress else { return }
    while lineStart < n {
      guard let hit = memchr(base + lineStart, 0x0A, n - lineStart) else { break }
      let i = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
      finishLine(p, lineStart, i, body)
      lineStart = i + 1
    }
    // Keep the incomplete tail.
    let tail = n - lineStart
    if overlongLength > 0 {
      overlongLength += tail
    } else if carry.count + tail > maxLineLength {
      overlongLength = carry.count + tail
      carry.removeAll(keepingCapacity: true)
    } else if tail > 0 {
      carry.append(contentsOf: UnsafeBufferPointer(rebasing: p[lineStart..<n]))
    }
  }

  mutating func finishLine(
    _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ body: (Line) -> Void
  ) {
    let number = lineNumber
    lineNumber += 1
    if overlongLength > 0 {
      body(.overlong(line: number, length: overlongLength + end - start))
      overlongLength = 0
      return
    }
    if carry.isEmpty {
      if end - start > maxLineLength {
        body(.overlong(line: number, length: end - start))
        return
      }
      Self.emitTrimmed(p, start, end, number, body)
      return
    }
    if carry.count + end - start > maxLineLength {
      body(.overlong(line: number, length: carry.count + end - start))
      carry.removeAll(keepingCapacity: true)
      return
    }
    carry.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end]))
    let joined = carry
    carry.removeAll(keepingCapacity: true)
    joined.withUnsafeBufferPointer { Self.emitTrimmed($0, 0, $0.count, number, body) }
  }

  static func emitTrimmed(
    _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ number: Int,
    _ body: (Line) -> Void
  ) {
    var s = start
    var e = end
    if number == 1, e - s >= 3, p[s] == 0xEF, p[s + 1] == 0xBB, p[s + 2] == 0xBF { s += 3 }
    while s < e, p[s] == 0x20 || p[s] == 0x09 || p[s] == 0x0D { s += 1 }
    while e > s, p[e - 1] == 0x20 || p[e - 1] == 0x09 || p[e - 1] == 0x0D { e -= 1 }
    if s == e || p[s] == UInt8(ascii: "#") { return }
    body(.text(UnsafeBufferPointer(rebasing: p[s..<e]), line: number))
  }

  /// Ends the stream: the last line, when it had no newline.
  public mutating func finish(_ body: (Line) -> Void) {
    if overlongLength > 0 {
      body(.overlong(line: lineNumber, length: overlongLength))
      overlongLength = 0
    } else if !carry.isEmpty {
      let joined = carry
      carry.removeAll()
      joined.withUnsafeBufferPointer { Self.emitTrimmed($0, 0, $0.count, lineNumber, body) }
    }
  }
}
