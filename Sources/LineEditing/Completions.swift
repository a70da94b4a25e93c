/// What Tab can put in place of the word before the cursor.
public struct Completions: Sendable, Equatable {
  /// One possible completion.
  public struct Candidate: Sendable, Equatable {
    /// The text that replaces the typed word, already quoted for the command language.
    public var insertion: String
    /// How the candidate is shown in a list (a command name, a file name with `/`).
    public var display: String
    /// True when nothing more follows inside this word (a space is added); false for a
    /// directory, where the user goes on typing the path.
    public var isFinal: Bool

    public init(insertion: String, display: String? = nil, isFinal: Bool = true) {
      self.insertion = insertion
      self.display = display ?? insertion
      self.isFinal = isFinal
    }
  }

  /// The word being completed, exactly as typed (quotes included).
  public var typed: String
  public var candidates: [Candidate]

  public init(typed: String, candidates: [Candidate]) {
    self.typed = typed
    self.candidates = candidates
  }

  /// The longest prefix, in whole characters, that every string shares.
  public static func longestCommonPrefix(_ strings: [String]) -> String {
    guard var prefix = strings.first.map(Array.init) else { return "" }
    for string in strings.dropFirst() {
      var count = 0
      for (a, b) in zip(prefix, string) {
        guard a == b else { break }
        count += 1
      }
      prefix.removeSubrange(count...)
      if prefix.isEmpty { break }
    }
    return String(prefix)
  }

  /// Lays out names in columns that fit `width`, row by row, as `ls` does.
  public static func columns(_ names: [String], width: Int) -> String {
    guard let longest = names.map(\.count).max() else { return "" }
    let cell = longest + 2
    let perRow = max(1, width / cell)
    var lines: [String] = []
    var index = 0
    while index < names.count {
      let row = names[index..<min(index + perRow, names.count)]
      var line = ""
      for (offset, name) in row.enumerated() {
        line += name
        if offset < row.count - 1 { line += String(repeating: " ", count: cell - name.count) }
      }
      lines.append(line)
      index += perRow
    }
    return lines.joined(separator: "\n")
  }
}
