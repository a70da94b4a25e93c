/// Recognises the prompts that start input lines in a transcript: `hb> ` and `hb[NAME]> `.
public enum TranscriptPrompt {
  /// The command after the prompt, or nil when the line is not an input line.
  public static func input(in line: String) -> String? {
    let utf8 = line.utf8
    guard utf8.starts(with: "hb".utf8) else { return nil }
    var index = utf8.index(utf8.startIndex, offsetBy: 2)
    if index < utf8.endIndex, utf8[index] == UInt8(ascii: "[") {
      guard let close = utf8[index...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
      index = utf8.index(after: close)
    }
    guard index < utf8.endIndex, utf8[index] == UInt8(ascii: ">") else { return nil }
    index = utf8.index(after: index)
    if index == utf8.endIndex { return "" }
    guard utf8[index] == UInt8(ascii: " ") else { return nil }
    return String(line[utf8.index(after: index)...])
  }
}
