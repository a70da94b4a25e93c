import EnvironmentModel
import Findings

/// The line loop: physical lines found in place, folds (a line starting with one space
/// continues the previous one, RFC 2849) undone only for text values, base64 values decoded
/// across their folds in one pass.
extension LDIFImporter {
  /// Reads `text` (a whole file, or a part that starts at a record boundary), numbering lines
  /// from 1; returns the number of physical lines read.
  mutating func scan(_ text: UnsafeBufferPointer<UInt8>) throws -> Int {
    guard let base = text.baseAddress else { return 0 }
    let end = text.count
    var p = 0
    if end >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { p = 3 }
    var line = 0
    try FoldedBase64Decoder.withTables { tables in
      while p < end {
        line += 1
        let lineStart = p
        let lf = Self.lineFeed(base, from: p, end: end)
        p = min(lf + 1, end)
        let stop = lf > lineStart && base[lf - 1] == 0x0D ? lf - 1 : lf
        if stop == lineStart {
          endRecord()
          if recordCount == 64 { reserveObjects(consumed: p) }
          continue
        }
        switch base[lineStart] {
        case UInt8(ascii: "#"):
          // A comment, and any lines folded into it.
          while p < end, base[p] == 0x20 {
            line += 1
            p = min(Self.lineFeed(base, from: p, end: end) + 1, end)
          }
          continue
        case 0x20:
          throw fail(
            "expected 'attribute: value' (RFC 2849); a line starting with a space continues "
              + "the line before it, and there is none", line)
        default: break
        }
        try logicalLine(base, lineStart, stop, end, &p, &line, tables)
      }
    }
    return line
  }

  /// One attribute line starting at `start` (its first physical line ends at `stop`, before
  /// any CR LF); moves `p` and `line` past any folded continuation. `cutShort` tells whether
  /// the text ends inside this line (known from `base` itself unless it is an unfolded copy).
  private mutating func logicalLine(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ stop: Int, _ end: Int,
    _ p: inout Int, _ line: inout Int, _ tables: FoldedBase64Decoder.Tables,
    cutShort: Bool? = nil
  ) throws {
    let found = Self.colon(base, start, stop)
    if found == nil || found.map({ $0 + 2 >= stop }) == true, p < end, base[p] == 0x20 {
      // The fold falls in the name or the separator: unfold the whole line first.
      try unfoldedLine(base, start, stop, end, &p, &line, tables)
      return
    }
    guard let colon = found else {
      throw fail("expected 'attribute: value' (RFC 2849), found a line without ':'", line)
    }
    let name = UnsafeBufferPointer(start: base + start, count: colon - start)
    var valueStart = colon + 1
    var isBase64 = false
    if valueStart < stop {
      if base[valueStart] == UInt8(ascii: ":") {
        isBase64 = true
        valueStart += 1
      } else if base[valueStart] == UInt8(ascii: "<") {
        throw fail(
          "':<' URL values are not read (RFC 2849 allows them; export the value inline)",
          line, colon - start + 1)
      }
    }
    while valueStart < stop, base[valueStart] == 0x20 { valueStart += 1 }
    let firstLine = line
    let column = valueStart - start + 1
    if isBase64 {
      let out = arena.base + arenaUsed
      var decoder = FoldedBase64Decoder(tables, out: out, lineStart: start)
      switch decoder.decode(base, from: valueStart, to: end) {
      case .invalid(let at):
        throw badBase64(base[at], line + decoder.folds, at - decoder.lineStart + 1)
      case .lineFeed(let at):
        p = at + 1
      case .end:
        p = end
      }
      line += decoder.folds
      guard decoder.finish() else {
        let truncated = cutShort ?? (p == end && (end == 0 || base[end - 1] != 0x0A))
        let hint = truncated ? " (the file ends inside this value: truncated?)" : ""
        throw fail("expected base64 after '::'\(hint)", firstLine, column)
      }
      let value = UnsafeBufferPointer(
        start: UnsafePointer(out), count: out.distance(to: decoder.out))
      try attribute(name, value, isBase64: true, line: firstLine, column: column)
      return
    }
    guard p < end, base[p] == 0x20 else {
      let value = UnsafeBufferPointer(start: base + valueStart, count: stop - valueStart)
      try attribute(name, value, isBase64: false, line: firstLine, column: column)
      return
    }
    // A folded text value (a long DN): unfolded, then read as one line.
    try unfoldedLine(base, valueStart, stop, end, &p, &line, tables, name: name, at: column)
  }

  /// Unfolds the logical line at `start` (continuations at `p`) into a buffer of our own and
  /// reads it: as a whole line, or as the value of `name` when given. Positions in it are
  /// reported on its first line, as columns of the unfolded text.
  private mutating func unfoldedLine(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ stop: Int, _ end: Int,
    _ p: inout Int, _ line: inout Int, _ tables: FoldedBase64Decoder.Tables,
    name: UnsafeBufferPointer<UInt8>? = nil, at column: Int = 1
  ) throws {
    let firstLine = line
    var buffer: [UInt8] = []
    swap(&buffer, &unfolded)
    defer { swap(&buffer, &unfolded) }
    buffer.removeAll(keepingCapacity: true)
    buffer.append(contentsOf: UnsafeBufferPointer(start: base + start, count: stop - start))
    while p < end, base[p] == 0x20 {
      line += 1
      let next = Self.lineFeed(base, from: p, end: end)
      let nextStop = next > p && base[next - 1] == 0x0D ? next - 1 : next
      buffer.append(contentsOf: UnsafeBufferPointer(start: base + p + 1, count: nextStop - p - 1))
      p = min(next + 1, end)
    }
    let cutShort = p == end && base[end - 1] != 0x0A
    try buffer.withUnsafeBufferPointer { whole in
      guard let name else {
        var wholeEnd = whole.count
        var wholeLine = firstLine
        guard let wholeBase = whole.baseAddress else { return }
        try logicalLine(
          wholeBase, 0, whole.count, whole.count, &wholeEnd, &wholeLine, tables, cutShort: cutShort)
        return
      }
      try attribute(name, whole, isBase64: false, line: firstLine, column: column)
    }
  }

  private func badBase64(_ byte: UInt8, _ line: Int, _ column: Int) -> InputError {
    let shown =
      byte >= 0x21 && byte < 0x7F
      ? "'\(Character(Unicode.Scalar(byte)))'"
      : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    return fail(
      "expected base64 after '::' (A-Z a-z 0-9 + / and '=' padding at the end), "
        + "found \(shown)", line, column)
  }

  /// The index of the next line feed at or after `from`, or `end`.
  @inline(__always)
  static func lineFeed(_ base: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
    guard from < end, let hit = memchr(base + from, 0x0A, end - from) else { return end }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  /// The index of the first ':' in `start ..< stop` when it is not the first byte.
  private static func colon(_ base: UnsafePointer<UInt8>, _ start: Int, _ stop: Int) -> Int? {
    var i = start
    while i < stop {
      if base[i] == UInt8(ascii: ":") { return i > start ? i : nil }
      i += 1
    }
    return nil
  }
}
