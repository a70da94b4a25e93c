import Findings

/// The decoding layer for files read in chunks (million-line address lists, logs): the first
/// chunk decides the encoding, a BOM is skipped, UTF-16 is transcoded to UTF-8 chunk by chunk,
/// and a control byte near the start marks the file as not text. Line breaks (CRLF included)
/// are left to the line splitter.
public struct TextChunks {
  public private(set) var encoding: TextEncoding?
  /// Set when the start of the file holds a control byte: its offset and value.
  public private(set) var notText: (offset: Int, byte: UInt8)?
  private var transcoder: UTF16Transcoder?

  public init() {}

  /// Decodes `chunk` and hands the UTF-8 result to `body` (nothing once the file is not text).
  public mutating func feed(
    _ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard notText == nil else { return }
    var rest = chunk
    if encoding == nil {
      let (found, bom) = TextEncoding.detect(chunk)
      encoding = found
      if found == .utf16LE || found == .utf16BE {
        transcoder = UTF16Transcoder(bigEndian: found == .utf16BE)
      }
      rest = UnsafeBufferPointer(rebasing: chunk[bom...])
      if transcoder == nil, let offset = TextDecoding.firstControlByte(rest) {
        notText = (bom + offset, rest[offset])
        return
      }
    }
    if transcoder != nil {
      transcoder?.transcode(rest)
      transcoder?.output.withUnsafeBufferPointer { decoded in
        if notText == nil, let offset = TextDecoding.firstControlByte(decoded, sample: 4096) {
          notText = (offset * 2, decoded[offset])
        }
        if notText == nil { body(decoded) }
      }
    } else {
      body(rest)
    }
  }
}

extension InputFile {
  /// Streams `file` as UTF-8 chunks through `TextChunks`; refuses a file that is not text with
  /// one `FileReadError`.
  public static func textChunks(
    _ file: FileReference, chunkSize: Int = chunkSize,
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) throws(FileReadError) -> TextEncoding {
    var decoder = TextChunks()
    try chunks(file, chunkSize: chunkSize) { decoder.feed($0, body) }
    if let (offset, byte) = decoder.notText {
      throw FileReadError(file: file, reason: .notText(offset: offset, byte: byte))
    }
    return decoder.encoding ?? .utf8
  }
}
