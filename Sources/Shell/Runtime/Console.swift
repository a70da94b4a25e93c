import Findings

/// Where the shell's text goes: standard output and error (buffered), or a capture buffer when
/// a transcript is being checked. This is the one place the shell writes to the process's
/// output.
public struct Console: Sendable {
  public enum Destination: Sendable, Equatable {
    /// Standard output and standard error.
    case descriptors
    /// Everything, errors included, into `captured`, in order.
    case capture
  }

  public let destination: Destination
  /// Errors go to standard output too, so echoed transcripts keep their order.
  public var errorsToOutput: Bool
  /// Flush after every write: interactive use.
  public var flushEachWrite: Bool
  public private(set) var captured = ""
  private var buffer: [UInt8] = []

  public init(_ destination: Destination, errorsToOutput: Bool = false, flushEachWrite: Bool = false) {
    self.destination = destination
    self.errorsToOutput = errorsToOutput
    self.flushEachWrite = flushEachWrite
    buffer.reserveCapacity(1 << 16)
  }

  /// Writes text followed by a newline to standard output.
  public mutating func line(_ text: String) {
    write(text)
    write("\n")
  }

  public mutating func write(_ text: String) {
    switch destination {
    case .capture:
      captured += text
    case .descriptors:
      buffer.append(contentsOf: text.utf8)
      if flushEachWrite || buffer.count >= 1 << 16 { flush() }
    }
  }

  /// Writes an error line (to standard error unless errors go to output).
  public mutating func errorLine(_ text: String) {
    if destination == .capture || errorsToOutput {
      line(text)
      return
    }
    flush()
    Self.writeAll(Array((text + "\n").utf8), to: STDERR_FILENO)
  }

  public mutating func flush() {
    guard destination == .descriptors, !buffer.isEmpty else { return }
    Self.writeAll(buffer, to: STDOUT_FILENO)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Takes what was captured so far and clears it.
  public mutating func takeCaptured() -> String {
    defer { captured = "" }
    return captured
  }

  private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return  // a closed pipe: nothing sensible to do but stop writing
        }
        offset += n
      }
    }
  }
}
