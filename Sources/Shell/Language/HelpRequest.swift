/// When a `?` asks for help instead of being text.
///
/// Only a `?` after a blank (`load ?`, `show vnet ?`) or alone on the line asks; a `?` that ends
/// a word (`say Ready?`), or one inside quotes or a comment, is part of the text. Typed at the
/// terminal and read from a script, the rule is the same.
public enum HelpRequest {
  /// Whether a `?` typed after `before` asks for help at that position.
  public static func asks(after before: String) -> Bool {
    guard before.isEmpty || before.hasSuffix(" ") || before.hasSuffix("\t") else { return false }
    let partial = CommandLexer.partial(before)
    return partial.openQuote == nil && !partial.inComment
  }

  /// The text before the `?` when the whole `line` is a help request (it ends in ` ?`, trailing
  /// blanks aside), else nil.
  public static func position(in line: String) -> String? {
    var trimmed = Substring(line)
    while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
    guard trimmed.hasSuffix("?") else { return nil }
    let before = String(trimmed.dropLast())
    return asks(after: before) ? before : nil
  }
}
