extension String {
  /// This text with control characters written as `\n`, `\r`, `\t` or `\u{1B}`, so a value quoted
  /// in a one-line message stays on one line and shows what it holds.
  public var visibleControls: String {
    var out = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
