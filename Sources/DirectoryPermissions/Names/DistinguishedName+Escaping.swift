extension DistinguishedName {
  /// A value escaped for a DN string (RFC 4514 section 2.4): `"+,;<>\` and NUL always, a
  /// leading space or `#`, and a trailing space. Everything else, non-ASCII included, is kept
  /// as UTF-8 text, as AD writes it.
  public static func escape(_ value: String) -> String {
    var out = ""
    out.reserveCapacity(value.utf8.count + 4)
    let characters = Array(value)
    for (index, character) in characters.enumerated() {
      switch character {
      case "\"", "+", ",", ";", "<", ">", "\\":
        out.append("\\")
        out.append(character)
      case "\u{0}":
        out.append("\\00")
      case "\n":
        // AD writes a line feed as `\0A` (deleted objects' `CN=x\0ADEL:guid`).
        out.append("\\0A")
      case "\r":
        out.append("\\0D")
      case " " where index == 0 || index == characters.count - 1:
        out.append("\\ ")
      case "#" where index == 0:
        out.append("\\#")
      default:
        out.append(character)
      }
    }
    return out
  }
}
