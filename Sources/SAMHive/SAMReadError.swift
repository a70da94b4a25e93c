import Findings

/// Builds the `InputError`s the reader throws. A hive has no lines, so the location is the file
/// with line and column 1; the message carries the key path, the byte offset and what was expected.
enum SAMReadError {
  static func at(_ path: String, _ message: String) -> InputError {
    InputError(message, at: SourceLocation(file: path, line: 1, column: 1))
  }
}
