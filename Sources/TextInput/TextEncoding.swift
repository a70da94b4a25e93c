/// The text encoding of an input file, found from its first bytes: a BOM, or the zero bytes
/// UTF-16 text has (Windows PowerShell 5.1 `>`, Notepad and many exports write UTF-16 LE with a
/// BOM, or UTF-8 with a BOM). Without either, bytes are read as UTF-8 (the log analysers read
/// lines that are not valid UTF-8 as Windows-1252).
public enum TextEncoding: String, Sendable, Hashable {
  case utf8
  case utf8BOM = "utf-8-bom"
  case utf16LE = "utf-16le"
  case utf16BE = "utf-16be"

  /// The encoding and the length of its BOM, judged from the start of the file.
  public static func detect(
    _ head: UnsafeBufferPointer<UInt8>
  ) -> (TextEncoding, bomLength: Int) {
    if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { return (.utf8BOM, 3) }
    if head.count >= 2, head[0] == 0xFF, head[1] == 0xFE { return (.utf16LE, 2) }
    if head.count >= 2, head[0] == 0xFE, head[1] == 0xFF { return (.utf16BE, 2) }
    let sample = min(head.count, 512) & ~1
    guard sample >= 4 else { return (.utf8, 0) }
    var zeroOdd = 0
    var zeroEven = 0
    for index in stride(from: 0, to: sample, by: 2) {
      if head[index] == 0 { zeroEven += 1 }
      if head[index + 1] == 0 { zeroOdd += 1 }
    }
    let pairs = sample / 2
    if zeroOdd * 2 > pairs, zeroEven * 8 < pairs { return (.utf16LE, 0) }
    if zeroEven * 2 > pairs, zeroOdd * 8 < pairs { return (.utf16BE, 0) }
    return (.utf8, 0)
  }
}

/// Turns UTF-16 chunks into UTF-8 bytes, keeping an odd trailing byte and an unpaired high
/// surrogate for the next chunk. Unpaired surrogates become U+FFFD; nothing traps.
public struct UTF16Transcoder: Sendable {
  public let bigEndian: Bool
  private var pendingByte: UInt8?
  private var pendingHigh: UInt16?
  public private(set) var output: [UInt8] = []

  public init(bigEndian: Bool) {
    self.bigEndian = bigEndian
  }

  /// Transcodes `chunk`; the UTF-8 result is in `output` until the next call.
  public mutating func transcode(_ chunk: UnsafeBufferPointer<UInt8>) {
    output.removeAll(keepingCapacity: true)
    output.reserveCapacity(chunk.count)
    var index = 0
    if let first = pendingByte, chunk.count > 0 {
      push(unit(first, chunk[0]))
      pendingByte = nil
      index = 1
    }
    while index + 1 < chunk.count {
      push(unit(chunk[index], chunk[index + 1]))
      index += 2
    }
    if index < chunk.count { pendingByte = chunk[index] }
  }

  @inline(__always)
  private func unit(_ a: UInt8, _ b: UInt8) -> UInt16 {
    bigEndian ? UInt16(a) << 8 | UInt16(b) : UInt16(b) << 8 | UInt16(a)
  }

  private mutating func push(_ unit: UInt16) {
    if let high = pendingHigh {
      pendingHigh = nil
      if (0xDC00...0xDFFF).contains(unit) {
        let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
        append(scalar)
        return
      }
      append(0xFFFD)
    }
    switch unit {
    case 0xD800...0xDBFF: pendingHigh = unit
    case 0xDC00...0xDFFF: append(0xFFFD)
    default: append(UInt32(unit))
    }
  }

  private mutating func append(_ scalar: UInt32) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | scalar >> 6))
      output.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | scalar >> 12))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    default:
      output.append(UInt8(0xF0 | scalar >> 18))
      output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
