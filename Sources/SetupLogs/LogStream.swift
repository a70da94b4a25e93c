import Findings
import TextInput

/// Drives a `LineConsumer` over a file read in fixed-size chunks (memory stays flat whatever the
/// file size) or over bytes in memory, detecting the encoding from the first chunk.
struct LogStream {
  static let chunkSize = 4 << 20
  /// Bytes seen before there are enough to judge the encoding.
  static let headSize = 512
  private var encoding: LogEncoding?
  private var head: [UInt8] = []
  private var transcoder: UTF16Transcoder?
  private var splitter = LineSplitter()
  /// Files on disk are refused when a control byte starts them (not a log at all); bytes in
  /// memory (pasted excerpts, appended fragments) are analysed whatever they hold.
  private var refusesBinary = false
  /// A control byte at the start of the file (after decoding), when `refusesBinary`.
  private(set) var notText: (offset: Int, byte: UInt8)?

  /// The number of lines seen so far.
  var lineCount: Int { splitter.lineNumber }

  /// Runs `consumer` over `file` (read through the one `InputFile` reader); returns the
  /// detected encoding and line count.
  static func run<C: LineConsumer>(
    file: FileReference, into consumer: inout C
  ) throws(FileReadError) -> (LogEncoding, lines: Int) {
    var stream = LogStream()
    stream.refusesBinary = true
    try InputFile.chunks(file, chunkSize: chunkSize) { chunk in
      stream.feed(chunk, into: &consumer)
    }
    stream.finish(into: &consumer)
    if let (offset, byte) = stream.notText {
      throw FileReadError(file: file, reason: .notText(offset: offset, byte: byte))
    }
    return (stream.encoding ?? .utf8, stream.lineCount)
  }

  /// Runs `consumer` over `bytes`; returns the detected encoding and line count.
  static func run<C: LineConsumer>(
    bytes: [UInt8], into consumer: inout C
  ) -> (LogEncoding, lines: Int) {
    var stream = LogStream()
    bytes.withUnsafeBufferPointer { stream.feed($0, into: &consumer) }
    stream.finish(into: &consumer)
    return (stream.encoding ?? .utf8, stream.lineCount)
  }

  mutating func feed<C: LineConsumer>(_ chunk: UnsafeBufferPointer<UInt8>, into consumer: inout C) {
    if encoding == nil {
      if head.isEmpty, chunk.count >= Self.headSize {
        start(chunk, into: &consumer)
        return
      }
      head.append(contentsOf: chunk)
      guard head.count >= Self.headSize else { return }
      let buffered = head
      head = []
      buffered.withUnsafeBufferPointer { start($0, into: &consumer) }
      return
    }
    decode(chunk, into: &consumer)
  }

  /// Judges the encoding from the first bytes, skips the BOM and decodes them.
  private mutating func start<C: LineConsumer>(
    _ chunk: UnsafeBufferPointer<UInt8>, into consumer: inout C
  ) {
    let (found, bom) = LogEncoding.detect(chunk)
    encoding = found
    if refusesBinary, found == .utf8 || found == .utf8BOM,
      let offset = TextDecoding.firstControlByte(UnsafeBufferPointer(rebasing: chunk[bom...]))
    {
      notText = (bom + offset, chunk[bom + offset])
      return
    }
    if found == .utf16LE || found == .utf16BE {
      transcoder = UTF16Transcoder(bigEndian: found == .utf16BE)
    }
    decode(UnsafeBufferPointer(rebasing: chunk[bom...]), into: &consumer)
  }

  private mutating func decode<C: LineConsumer>(
    _ chunk: UnsafeBufferPointer<UInt8>, into consumer: inout C
  ) {
    guard notText == nil else { return }
    if transcoder != nil {
      transcoder?.transcode(chunk)
      transcoder?.output.withUnsafeBufferPointer { splitter.feed($0, to: &consumer) }
    } else {
      splitter.feed(chunk, to: &consumer)
    }
  }

  mutating func finish<C: LineConsumer>(into consumer: inout C) {
    if encoding == nil, !head.isEmpty {
      let buffered = head
      head = []
      buffered.withUnsafeBufferPointer { start($0, into: &consumer) }
    }
    splitter.finish(to: &consumer)
  }
}

/// Turning the bytes of an interesting line into text: UTF-8 when valid, otherwise
/// Windows-1252, with NUL bytes and a stray BOM dropped, and typographic quotes (a paste through
/// a word processor, in either encoding) straightened to the ones the log wrote.
enum LogText {
  /// The text of `line`, and whether the Windows-1252 fallback was used.
  static func decode(_ line: UnsafeBufferPointer<UInt8>) -> (text: String, ansi: Bool) {
    var bytes = Array(line)
    bytes.removeAll { $0 == 0 }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let text = String(validating: bytes, as: UTF8.self) {
      return (PastedLine.straightened(text), false)
    }
    var scalars = String.UnicodeScalarView()
    for byte in bytes { scalars.append(windows1252(byte)) }
    return (PastedLine.straightened(String(scalars)), true)
  }

  /// Code page 1252: Latin-1 except 0x80-0x9F, which hold typographic characters.
  private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
    guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
    let table: [UInt32] = [
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
    return Unicode.Scalar(table[Int(byte - 0x80)]) ?? "\u{FFFD}"
  }
}

/// The encoding a log was read in: the one `TextEncoding` of the decoding layer.
public typealias LogEncoding = TextEncoding
