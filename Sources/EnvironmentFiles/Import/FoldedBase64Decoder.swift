import EnvironmentModel
/// Decodes one base64 value of an LDIF file in place, across its folded lines, writing the
/// bytes straight into a load's arena: no unfolded copy of the text and no array per value.
///
/// Whole 4-character groups go through four table lookups (two groups at a time); the rest
/// (group ends split by a fold, padding, spaces) goes one character at a time.
struct FoldedBase64Decoder {
  /// Why `decode` stopped.
  enum Stop: Equatable {
    /// At the line feed at this index, which ends the value (no space follows it).
    case lineFeed(Int)
    /// At the end of the text.
    case end
    /// At this index, which holds a byte that cannot continue a base64 value.
    case invalid(Int)
  }

  /// The decoding tables, borrowed from `Base64` for the length of a read.
  struct Tables {
    /// `Base64.groupTables`: one table per position in a group, values pre-shifted into
    /// place, bits above the 24 data bits set for a byte outside the alphabet.
    let groups: UnsafePointer<UInt32>
    /// `Base64.pairTables`: the same for two characters at once.
    let pairs: UnsafePointer<UInt32>
  }

  /// Calls `body` with the tables.
  static func withTables<R>(_ body: (Tables) throws -> R) rethrows -> R {
    try Base64.groupTables.withUnsafeBufferPointer { groups in
      try Base64.pairTables.withUnsafeBufferPointer { pairs in
        // Both arrays are built non-empty once per process.
        try body(Tables(groups: groups.baseAddress!, pairs: pairs.baseAddress!))
      }
    }
  }

  let tables: UnsafePointer<UInt32>
  let pairs: UnsafePointer<UInt32>
  /// Where the next decoded byte goes. Each 4 characters write at most 4 bytes (3 kept), so
  /// the caller's region needs 3/4 of the text's length plus 4 bytes.
  private(set) var out: UnsafeMutablePointer<UInt8>
  /// Continuation lines crossed so far (a line feed followed by a space, RFC 2849 folding).
  private(set) var folds = 0
  /// Where the physical line being decoded starts (its leading space, after a fold).
  private(set) var lineStart: Int
  private var held: UInt32 = 0
  private var heldCount = 0
  private var padding = 0

  init(_ tables: Tables, out: UnsafeMutablePointer<UInt8>, lineStart: Int) {
    self.lineStart = lineStart
    self.tables = tables.groups
    self.pairs = tables.pairs
    self.out = out
  }

  /// Decodes `text[from...]` up to the line feed that ends the value, across folds; spaces,
  /// tabs and carriage returns are skipped (the plain decoder accepted them too).
  mutating func decode(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Stop {
    let t = tables
    var o = out
    defer { out = o }
    var i = start
    while i < end {
      if heldCount == 0, padding == 0 {
        let q = pairs
        while i &+ 8 <= end {
          let w = UInt64(littleEndian: UnsafeRawPointer(text + i).loadUnaligned(as: UInt64.self))
          let a =
            q[Int(truncatingIfNeeded: w & 0xFFFF)]
            | q[65536 &+ Int(truncatingIfNeeded: w &>> 16 & 0xFFFF)]
          let b =
            q[Int(truncatingIfNeeded: w &>> 32 & 0xFFFF)]
            | q[65536 &+ Int(truncatingIfNeeded: w &>> 48)]
          if (a | b) & 0xFF00_0000 != 0 { break }
          Self.store(a, at: o)
          Self.store(b, at: o + 3)
          o += 6
          i &+= 8
        }
        while i &+ 4 <= end {
          let p = text + i
          let a = t[Int(p[0])] | t[256 &+ Int(p[1])] | t[512 &+ Int(p[2])] | t[768 &+ Int(p[3])]
          if a & 0xFF00_0000 != 0 { break }
          Self.store(a, at: o)
          o += 3
          i &+= 4
        }
        if i >= end { break }
      }
      let c = text[i]
      switch c {
      case 0x0A:
        guard i + 1 < end, text[i + 1] == 0x20 else { return .lineFeed(i) }
        folds += 1
        lineStart = i + 1
        i += 1
      case 0x20, 0x09, 0x0D:
        break
      case UInt8(ascii: "="):
        padding += 1
        if padding > 2 || heldCount + padding > 4 { return .invalid(i) }
      default:
        // The last position's table holds the plain 6-bit values.
        let v = t[768 + Int(c)]
        if v > 63 || padding > 0 { return .invalid(i) }
        held = held << 6 | v
        heldCount += 1
        if heldCount == 4 {
          Self.store(held, at: o)
          o += 3
          held = 0
          heldCount = 0
        }
      }
      i += 1
    }
    return .end
  }

  /// Ends the value; false unless it was whole 4-character groups, padded as RFC 2045 writes
  /// them (which is how a value cut short by a truncated file is caught).
  mutating func finish() -> Bool {
    if padding == 0 { return heldCount == 0 }
    guard heldCount + padding == 4 else { return false }
    let x = held << UInt32(6 * padding)
    out[0] = UInt8(truncatingIfNeeded: x >> 16)
    if heldCount == 3 { out[1] = UInt8(truncatingIfNeeded: x >> 8) }
    out += heldCount - 1
    heldCount = 0
    padding = 0
    return true
  }

  /// Writes the 3 bytes of a decoded group with one 4-byte store; the fourth byte is
  /// overwritten by the next group or lies past the value's end.
  @inline(__always)
  private static func store(_ group: UInt32, at out: UnsafeMutablePointer<UInt8>) {
    UnsafeMutableRawPointer(out).storeBytes(of: (group << 8).bigEndian, as: UInt32.self)
  }
}
