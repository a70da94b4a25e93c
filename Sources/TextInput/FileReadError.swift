import SystemPackage

/// Why a file could not be read as text, worded one way for every reader: the path as the user
/// typed it, then the reason. No line or column: nothing inside the file was reached.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
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

  /// The path as the user typed it.
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// The error for a path that failed with this C `errno` (a shell's own stat of a FILE word).
  public init(path: String, errno code: Int32) {
    self.init(
      path: path,
      reason: code == Errno.isDirectory.rawValue ? .directory : .unreadable(Errno(rawValue: code)))
  }

  public var description: String {
    switch reason {
    case .unreadable(let errno): "cannot read \(path): \(errno.description)"
    case .directory: "\(path) is a directory"
    case .tooLarge(let limit): "cannot read \(path): larger than \(limit >> 20) MiB"
    case .notText(let offset, let byte):
      "\(path) is not a text file (byte \(offset) is 0x\(Self.hex(byte)), a control character)"
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }
}
