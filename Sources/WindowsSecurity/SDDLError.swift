import Findings

/// A string Windows would refuse (SDDL, a SID or a GUID in text): the 1-based column where it
/// stopped making sense and what was expected there.
public struct SDDLError: Error, Sendable, Hashable, CustomStringConvertible {
  /// 1-based column, counted in characters of the input.
  public var column: Int
  public var message: String

  public init(column: Int, _ message: String) {
    self.column = column
    self.message = message
  }

  public var description: String { "column \(column): \(message)" }
}

extension SDDLError {
  /// This error at its place in a file: `file:line:column: message`, the form every reader
  /// reports bad input in.
  public func located(file: FileReference, line: Int) -> InputError {
    InputError(message, at: SourceLocation(file: file, line: line, column: column))
  }
}
