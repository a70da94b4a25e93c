import Findings

/// Splits a byte stream fed in chunks into lines, carrying a partial line across chunk
/// boundaries, dropping CR before LF, and handing each line to a consumer without copying when
/// the line lies inside one chunk. Lines longer than `maxLine` are cut so memory stays bounded.
struct LineSplitter {
  static let maxLine = 1 << 20
  private var carry: [UInt8] = []
  private(set) var lineNumber = 0
  private var continuing = false

  /// Feeds the next chunk (already UTF-8 or single-byte text).
  mutating func feed<C: LineConsumer>(_ chunk: UnsafeBufferPointer<UInt8>, to consumer: inout C) {
    guard let base = chunk.baseAddress, chunk.count > 0 else { return }
    var start = 0
    let end = chunk.count
    if !carry.isEmpty {
      guard let newline = Self.find(base, from: 0, to: end) else {
        appendCarry(UnsafeBufferPointer(start: base, count: end), to: &consumer)
        return
      }
      appendCarry(UnsafeBufferPointer(start: base, count: newline), to: &consumer)
      emitCarry(to: &consumer)
      start = newline + 1
    }
    while start < end {
      guard let newline = Self.find(base, from: start, to: end) else {
        appendCarry(UnsafeBufferPointer(start: base + start, count: end - start), to: &consumer)
        return
      }
      emit(UnsafeBufferPointer(start: base + start, count: newline - start), to: &consumer)
      start = newline + 1
    }
  }

  /// Emits the last line when the input did not end with a line break.
  mutating func finish<C: LineConsumer>(to consumer: inout C) {
    if !carry.isEmpty { emitCarry(to: &consumer) }
  }

  @inline(__always)
  private static func find(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
    guard let hit = memchr(base + from, 0x0A, to - from) else { return nil }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  @inline(__always)
  private mutating func emit<C: LineConsumer>(
    _ line: UnsafeBufferPointer<UInt8>, to consumer: inout C
  ) {
    var count = line.count
    if count > 0, line[count - 1] == 0x0D { count -= 1 }
    if !continuing { lineNumber += 1 }
    continuing = false
    consumer.consume(UnsafeBufferPointer(rebasing: line[0..<count]), number: lineNumber)
  }

  private mutating func appendCarry<C: LineConsumer>(
    _ bytes: UnsafeBufferPointer<UInt8>, to consumer: inout C
  ) {
    carry.append(contentsOf: bytes)
    if carry.count >= Self.maxLine {
      emitCarry(to: &consumer)
      continuing = true
    }
  }

  private mutating func emitCarry<C: LineConsumer>(to consumer: inout C) {
    carry.withUnsafeBufferPointer { emit($0, to: &consumer) }
    carry.removeAll(keepingCapacity: true)
  }
}
