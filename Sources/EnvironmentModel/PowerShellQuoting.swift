/// Values written into PowerShell scripts as single-quoted string literals.
///
/// A single-quoted literal expands nothing (no `$`, no backtick escapes, no subexpressions);
/// the only way out of it is a quote character, and PowerShell's tokenizer takes four Unicode
/// quotes as `'` too: U+2018, U+2019, U+201A, U+201B (about_Quoting_Rules; the tokenizer's
/// `IsSingleQuote`). Each is doubled, which the tokenizer reads back as one. Hand-written: no
/// library quotes for PowerShell.
public enum PowerShellQuoting {
  /// `'`, `‘`, `’`, `‚`, `‛`: every character that opens or closes a single-quoted literal.
  public static let singleQuotes: Set<Character> = [
    "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}",
  ]

  /// `value` as a single-quoted literal with every quote character doubled.
  public static func literal(_ value: String) -> String {
    var out = "'"
    for character in value {
      out.append(character)
      if singleQuotes.contains(character) { out.append(character) }
    }
    return out + "'"
  }
}
