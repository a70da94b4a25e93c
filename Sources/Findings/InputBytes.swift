#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Input read whole, and where its bytes stop being UTF-8 text: the two questions every reader
/// of answer files, transcripts and short logs asks before parsing.
public enum InputBytes {
  /// The file's bytes, or nil when it cannot be opened or read, or is larger than `limit`.
  public static func read(_ path: String, limit: Int = 256 << 20) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      if n < 0 { return nil }
      if n == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return nil
  }

  /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
  /// (overlong forms and encoded surrogates included), or nil when all of it is UTF-8.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let length: Int
      switch bytes[index] {
      case 0..<0x80:
        index += 1
        continue
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= bytes.count,
        String(validating: bytes[index..<index + length], as: UTF8.self) != nil
      else { return index }
      index += length
    }
    return nil
  }
}

/// `1 finding`, `3 findings`, `2 entries`: a count with its noun in the right number.
public enum Plural {
  public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
  }
}
