import Findings

/// A command that could not run: what was wrong, where on the line (when a word is to blame),
/// and a hint toward the fix. A library's error reaches the user inside one of these, worded by
/// `ErrorReport` (the one place errors become text or JSON), with the caret under the word that
/// named the file.
public struct ShellError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A stable identifier: the library error's code, or `shell.usage` for the command's own.
  public var code: String
  public var message: String
  /// Where on the command line: the column the caret goes under, when one word is to blame.
  /// The file and line are the script's, which only the interpreter knows.
  public var location: SourceLocation
  /// A second line pointing at the fix ("did you mean 'help'?").
  public var hint: String?
  /// The library error this one presents, if any.
  public var cause: (any LocatedError)?

  public init(_ message: String, column: Int? = nil, hint: String? = nil) {
    self.code = "shell.usage"
    self.message = message
    self.location = SourceLocation(column: column)
    self.hint = hint
  }

  /// Presents a library error, worded with the path as typed and the shell's hints.
  public init(_ error: any LocatedError, column: Int? = nil, hint: String? = nil) {
    self.code = error.code
    self.message = ErrorReport.sentence(error)
    self.location = SourceLocation(column: column)
    self.hint = hint
    self.cause = error
  }

  public static func == (lhs: ShellError, rhs: ShellError) -> Bool {
    lhs.code == rhs.code && lhs.message == rhs.message && lhs.location == rhs.location
      && lhs.hint == rhs.hint
  }

  /// The column on the command line, when one word is to blame.
  public var column: Int? {
    get { location.column }
    set { location.column = newValue }
  }

  public var description: String { message }
}
