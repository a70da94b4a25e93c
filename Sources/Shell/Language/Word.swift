/// One word of a command line after quoting is resolved: its text and where it started, so errors
/// can point a caret at it.
public struct Word: Sendable, Equatable {
  /// The text with quotes and escapes resolved.
  public var text: String
  /// The 1-based column (in Unicode scalars) where the word starts on its line.
  public var column: Int
  /// True when any part was quoted: a quoted word is always an argument, never a command name.
  public var isQuoted: Bool

  public init(_ text: String, column: Int, isQuoted: Bool = false) {
    self.text = text
    self.column = column
    self.isQuoted = isQuoted
  }
}

/// The words of one command: a line holds several, separated by `;`.
public struct CommandWords: Sendable, Equatable {
  public var words: [Word]
  /// The column just past the last character of this command, for "missing argument" carets.
  public var endColumn: Int
  /// The command as typed, without the `;` and the blanks around it: what a recording writes
  /// after its own prompt and what `save session` keeps.
  public var text: String
  /// The 1-based column where `text` starts on the line.
  public var startColumn: Int

  public init(words: [Word], endColumn: Int, text: String = "", startColumn: Int = 1) {
    self.words = words
    self.endColumn = endColumn
    self.text = text
    self.startColumn = startColumn
  }
}
