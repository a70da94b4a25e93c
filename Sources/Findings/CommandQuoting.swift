/// Quoting for commands printed as advice to copy and paste, so a path or account name with a
/// blank pastes as one word.
public enum CommandQuoting {
  /// `text` as one word of the workbench's command language: bare when it has nothing special,
  /// else in single quotes, else (it holds a single quote) in double quotes with `\"` and `\\`.
  public static func word(_ text: String) -> String {
    let special: Set<Unicode.Scalar> = [" ", "\t", "'", "\"", ";", "#", "\\"]
    if !text.isEmpty, !text.unicodeScalars.contains(where: special.contains) { return text }
    if !text.contains("'") { return "'" + text + "'" }
    var out = "\""
    for c in text.unicodeScalars {
      if c == "\"" || c == "\\" { out += "\\" }
      out.unicodeScalars.append(c)
    }
    return out + "\""
  }

  /// `text` as one argument of a Windows command line (cmd.exe, `net user`): in double quotes
  /// when it has a blank or is empty. Windows account names cannot contain `"` (MS docs:
  /// "User account names are limited to 20 characters and cannot contain `"/\[]:;|=,+*?<>`").
  public static func windows(_ text: String) -> String {
    text.isEmpty || text.contains(" ") || text.contains("\t") ? "\"" + text + "\"" : text
  }
}
