import Findings

/// What pasting a log into a ticket, a forum post or a chat does to its lines, undone on bytes:
/// blanks, quote marks (`>`) and table bars in front, table residue (`| |`) behind, and
/// typographic quotes where the log wrote straight ones.
enum PastedLine {
  /// The range of `line` that holds the log text, and whether it has typographic quotes
  /// (U+2018-U+201F in UTF-8) that `straightened` replaces.
  @inline(__always)
  static func bounds(_ line: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int, curly: Bool) {
    var start = 0
    var end = line.count
    if end >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF { start = 3 }
    while start < end, isFrontResidue(line[start]) { start += 1 }
    while end > start, isBackResidue(line[end - 1]) { end -= 1 }
    guard let base = line.baseAddress, end - start >= 3,
      let hit = memchr(base + start, 0xE2, end - start)
    else { return (start, end, false) }
    var at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    while at + 2 < end {
      if line[at] == 0xE2, line[at + 1] == 0x80, line[at + 2] & 0xF8 == 0x98 {
        return (start, end, true)
      }
      at += 1
    }
    return (start, end, false)
  }

  /// `part` with each typographic quote replaced by the straight one it stands for.
  static func straightened(_ part: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(part.count)
    var index = 0
    while index < part.count {
      let byte = part[index]
      if byte == 0xE2, index + 2 < part.count, part[index + 1] == 0x80,
        part[index + 2] & 0xF8 == 0x98
      {
        out.append(part[index + 2] < 0x9C ? 0x27 : 0x22)
        index += 3
        continue
      }
      out.append(byte)
      index += 1
    }
    return out
  }

  /// `text` with typographic quotes straightened (for lines already decoded to text).
  static func straightened(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0x2018...0x201F).contains($0.value) }) else {
      return text
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x2018...0x201B: scalars.append("'")
      case 0x201C...0x201F: scalars.append("\"")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Blanks, `>` quote marks and `|` table bars before the text.
  @inline(__always)
  private static func isFrontResidue(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x7C || b == 0x3E
  }

  /// Blanks, carriage returns and `|` table bars after the text.
  @inline(__always)
  private static func isBackResidue(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x7C || b == 0x0D
  }
}
