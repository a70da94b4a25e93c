import Findings

/// Values written into `cmd.exe` batch files, double-quoted.
///
/// Inside double quotes cmd.exe still expands `%NAME%` and ends the quoted run at the next `"`,
/// and a line break ends the command (Microsoft, "cmd" reference and "Using batch parameters";
/// SS64 "cmd.exe escape characters"); `^`, `&`, `|`, `<` and `>` are literal inside quotes but
/// become operators the moment a stray `"` closes them. No escape makes `%` and `"` safe in every
/// position (`%%` differs between a batch file and the prompt, `\"` is not cmd's), so values
/// holding any of these are refused, not escaped. Hand-written: no library quotes for cmd.exe.
public enum CmdQuoting {
  /// Characters a value written to a batch file may not contain.
  public static let refused: Set<Character> = ["\"", "%", "^", "&", "|", "<", ">", "\n", "\r"]

  /// Why a value cannot be written for cmd.exe.
  public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the value is (`--lan`).
    public var what: String
    public var value: String
    /// The first character refused, and its offset in the value (in characters).
    public var character: Character
    public var offset: Int

    public var description: String {
      let shown = character.isNewline ? "a line break" : "'\(character)'"
      return "\(what) '\(value.visibleControls)' contains \(shown) at "
        + "character \(offset + 1): cmd.exe cannot quote \", %, ^, &, |, <, >, or line breaks "
        + "safely, so the script is not written"
    }
  }

  /// `value` in double quotes, or a refusal naming the first character cmd.exe cannot quote;
  /// control characters are refused too (a batch file holds none).
  public static func quoted(_ value: String, what: String) throws(Refusal) -> String {
    for (offset, character) in value.enumerated()
    where refused.contains(character) || character.unicodeScalars.contains(where: isControl) {
      throw Refusal(what: what, value: value, character: character, offset: offset)
    }
    return "\"" + value + "\""
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar.value == 0x7F
  }
}
