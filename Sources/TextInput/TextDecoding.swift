import Findings

/// The one decoding layer every reader goes through: UTF-8 with or without BOM, UTF-16 LE/BE
/// (with BOM, or recognised by its zero bytes) turned into UTF-8, CRLF into LF, and binary input
/// refused before a parser (or the terminal) sees a control byte.
public enum TextDecoding {
  /// `bytes` as UTF-8 without BOM, with CRLF line breaks turned into LF. Invalid UTF-8 is left
  /// for the parser to locate; control bytes are refused.
  public static func utf8(_ bytes: [UInt8], file: FileReference) throws(FileReadError) -> [UInt8] {
    let (encoding, bom) = bytes.withUnsafeBufferPointer { TextEncoding.detect($0) }
    var text: [UInt8]
    switch encoding {
    case .utf8, .utf8BOM:
      if let offset = firstControlByte(bytes, from: bom) {
        throw FileReadError(file: file, reason: .notText(offset: offset, byte: bytes[offset]))
      }
      text = bom == 0 ? bytes : Array(bytes[bom...])
    case .utf16LE, .utf16BE:
      var transcoder = UTF16Transcoder(bigEndian: encoding == .utf16BE)
      bytes.withUnsafeBufferPointer {
        transcoder.transcode(UnsafeBufferPointer(rebasing: $0[bom...]))
      }
      text = transcoder.output
      if let offset = firstControlByte(text, from: 0) {
        throw FileReadError(
          file: file, reason: .notText(offset: bom + offset * 2, byte: text[offset]))
      }
    }
    return dropCarriageReturns(text)
  }

  /// The offset of the first byte at or after `start` that no text file holds: C0 controls
  /// other than tab, LF, vertical tab, form feed and CR.
  public static func firstControlByte(_ bytes: [UInt8], from start: Int = 0) -> Int? {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20, !isTextControl(byte) { return index }
      index += 1
    }
    return nil
  }

  /// Whether the first `sample` bytes of a streamed file are text (the readers of
  /// million-line address lists judge the first chunk, as git judges a file by its start).
  public static func firstControlByte(
    _ chunk: UnsafeBufferPointer<UInt8>, sample: Int = 8192
  ) -> Int? {
    let end = min(chunk.count, sample)
    var index = 0
    while index < end {
      let byte = chunk[index]
      if byte < 0x20, !isTextControl(byte) { return index }
      index += 1
    }
    return nil
  }

  @inline(__always)
  static func isTextControl(_ byte: UInt8) -> Bool {
    byte == 0x09 || byte == 0x0A || byte == 0x0B || byte == 0x0C || byte == 0x0D
  }

  /// CR LF becomes LF; a lone CR stays.
  static func dropCarriageReturns(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(0x0D) else { return bytes }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
        index += 1
        continue
      }
      out.append(byte)
      index += 1
    }
    return out
  }
}
