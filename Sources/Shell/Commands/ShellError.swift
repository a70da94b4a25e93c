/// A command that could not run: what was wrong, where on the line (when a word is to blame),
/// and a hint toward the fix.
public struct ShellError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// The 1-based column the caret goes under, when the error is about one place in the line.
  public var column: Int?
  /// A second line pointing at the fix ("did you mean 'help'?").
  public var hint: String?

  public init(_ message: String, column: Int? = nil, hint: String? = nil) {
    self.message = message
    self.column = column
    self.hint = hint
  }

  public var description: String { message }
}
