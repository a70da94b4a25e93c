/// Where input bytes stop being UTF-8 text: the question every reader of answer files,
/// transcripts and short logs asks before parsing (reading is `TextInput.InputFile`'s job).
public enum InputBytes {
  /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
  /// (overlong forms and encoded surrogates included), or nil when all of it is UTF-8.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let length: Int
      switch bytes[index] {
      case 0..<0x80:
        index += 1
        continue
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= bytes.count,
        String(validating: bytes[index..<index + length], as: UTF8.self) != nil
      else { return index }
      index += length
    }
    return nil
  }
}

/// `1 finding`, `3 findings`, `2 entries`: a count with its noun in the right number.
public enum Plural {
  public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
  }
}
