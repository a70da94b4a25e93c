import Findings
import SystemPackage

/// Why a file could not be read as text, worded one way for every reader: the path as the user
/// typed it, then the reason. No line or column: nothing inside the file was reached.
public struct FileReadError: LocatedError, Equatable {
  public enum Reason: Sendable, Equatable {
    /// open(2) or read(2) failed with this errno (missing, permission denied, ...).
    case unreadable(Errno)
    /// The path names a directory.
    case directory
    /// Larger than the reader's limit (bytes).
    case tooLarge(limit: Int)
    /// A control byte no text file holds (NUL, or C0 other than tab, LF, vertical tab, form feed
    /// and CR) at this offset of the file.
    case notText(offset: Int, byte: UInt8)
  }

  /// The file, named in every message as typed.
  public var file: FileReference
  public var reason: Reason

  public init(file: FileReference, reason: Reason) {
    self.file = file
    self.reason = reason
  }

  /// The error for a file that failed with this C `errno` (a shell's own stat of a FILE word).
  public init(file: FileReference, errno code: Int32) {
    self.init(
      file: file,
      reason: code == Errno.isDirectory.rawValue ? .directory : .unreadable(Errno(rawValue: code)))
  }

  public var code: String {
    switch reason {
    case .unreadable: "file.unreadable"
    case .directory: "file.directory"
    case .tooLarge: "file.too-large"
    case .notText: "file.not-text"
    }
  }

  public var message: String {
    switch reason {
    case .unreadable(let errno): "cannot be read: \(errno.description)"
    case .directory: "is a directory"
    case .tooLarge(let limit): "cannot be read: larger than \(limit >> 20) MiB"
    case .notText(let offset, let byte):
      "is not a text file (byte \(offset) is 0x\(Self.hex(byte)), a control character)"
    }
  }

  public var location: SourceLocation { SourceLocation(file) }

  public var cause: (any Error & Sendable)? {
    if case .unreadable(let errno) = reason { return errno }
    return nil
  }

  /// The one wording: `cannot read X: reason`, `X is a directory`, `X is not a text file (...)`.
  public var description: String {
    switch reason {
    case .unreadable(let errno): "cannot read \(file.shown): \(errno.description)"
    case .directory: "\(file.shown) is a directory"
    case .tooLarge(let limit): "cannot read \(file.shown): larger than \(limit >> 20) MiB"
    case .notText: "\(file.shown) \(message)"
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }
}
