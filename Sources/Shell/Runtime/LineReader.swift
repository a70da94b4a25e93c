import Findings
/// Reads lines of bytes from a file descriptor in large chunks, one pass, no per-line system
/// calls. A line longer than `longestLine` is cut there and flagged instead of growing without
/// bound; CR before LF is dropped.
public struct LineReader {
  /// A line as read, before any decoding.
  public struct RawLine: Sendable {
    public var bytes: [UInt8]
    /// 1-based.
    public var number: Int
    /// The line went on past `longestLine` bytes; only the start is kept.
    public var isOverlong: Bool
  }

  public static let longestLine = 1 << 20

  private let fd: Int32
  private var chunk: [UInt8]
  private var start = 0
  private var end = 0
  private var atEOF = false
  private var number = 0

  public init(fd: Int32, chunkSize: Int = 1 << 16) {
    self.fd = fd
    chunk = [UInt8](repeating: 0, count: chunkSize)
  }

  /// Lines of a file already read and decoded (`InputFile.text`): scripts and transcripts.
  public init(bytes: [UInt8]) {
    fd = -1
    chunk = bytes
    end = bytes.count
    atEOF = true
  }

  public mutating func next() -> RawLine? {
    var line: [UInt8] = []
    var overlong = false
    while true {
      if start < end {
        let newline = chunk[start..<end].firstIndex(of: 0x0A)
        let stop = newline ?? end
        let room = Self.longestLine - line.count
        if room > 0 { line.append(contentsOf: chunk[start..<min(stop, start + room)]) }
        if stop - start > room { overlong = true }
        start = stop
        if newline != nil {
          start += 1
          return finish(line, overlong: overlong)
        }
      }
      if atEOF {
        return line.isEmpty && !overlong ? nil : finish(line, overlong: overlong)
      }
      refill()
    }
  }

  private mutating func finish(_ line: [UInt8], overlong: Bool) -> RawLine {
    number += 1
    var bytes = line
    if bytes.last == 0x0D { bytes.removeLast() }
    return RawLine(bytes: bytes, number: number, isOverlong: overlong)
  }

  private mutating func refill() {
    start = 0
    end = 0
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      if n <= 0 {
        atEOF = true
      } else {
        end = n
      }
      return
    }
  }
}

/// Turning raw bytes into a command line, refusing what is not text.
public enum LineDecoding {
  /// The decoded line, or why it is not a command: a NUL byte, invalid UTF-8 (with the column
  /// of the first bad byte), or a line past the length limit.
  public static func decode(_ raw: LineReader.RawLine) -> Result<String, ShellError> {
    if raw.isOverlong {
      return .failure(ShellError("line is longer than \(LineReader.longestLine) bytes; skipped"))
    }
    if let nul = raw.bytes.firstIndex(of: 0) {
      return .failure(ShellError("not text: a NUL byte at column \(nul + 1)", column: nil))
    }
    if let text = String(validating: raw.bytes, as: UTF8.self) {
      var line = text
      if raw.number == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      return .success(line)
    }
    let bad = InputBytes.firstInvalidUTF8(raw.bytes) ?? 0
    let hex = String(raw.bytes[bad], radix: 16, uppercase: true)
    return .failure(ShellError("not UTF-8 text: byte 0x\(hex) at byte \(bad + 1)"))
  }
}
