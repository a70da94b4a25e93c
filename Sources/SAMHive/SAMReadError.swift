import Findings

/// Builds the `InputError`s the reader throws. A hive has no lines, so the location is the file
/// alone; the message carries the key path, the byte offset and what was expected.
enum SAMReadError {
  static func at(_ file: FileReference, _ message: String) -> InputError {
    InputError(message, at: SourceLocation(file), code: "sam.invalid-hive")
  }
}
