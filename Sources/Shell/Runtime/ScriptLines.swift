import Findings

/// Logical command lines from a script: lines ending in `\` continue on the next, undecodable
/// lines become errors with their line number, and in a transcript (`.hbt`) only the
/// prompt-prefixed input lines count.
public struct ScriptLines {
  public enum Next {
    /// A command line, the physical lines it came from, and where it started.
    case line(String, physical: [String], origin: SourceLocation)
    case failure(ShellError, SourceLocation)
    /// A `# base: DIR` line before the first command (see `ScriptPreamble`).
    case base(String)
  }

  private var reader: LineReader
  private let file: FileReference
  private let transcriptPrompts: Bool
  /// True once a command was returned: a `# base:` line counts only before (among comments).
  private var started = false

  public init(reader: LineReader, file: FileReference, transcriptPrompts: Bool = false) {
    self.reader = reader
    self.file = file
    self.transcriptPrompts = transcriptPrompts
  }

  public mutating func next() -> Next? {
    var physical: [String] = []
    var logical = ""
    var firstNumber = 0
    while let raw = reader.next() {
      let origin = SourceLocation(file, line: raw.number)
      let text: String
      switch LineDecoding.decode(raw) {
      case .failure(let error):
        if physical.isEmpty { return .failure(error, origin) }
        return .failure(error, origin)
      case .success(let decoded):
        text = decoded
      }
      var content = text
      if physical.isEmpty, !started, let base = ScriptPreamble.base(in: text) {
        return .base(base)
      }
      if physical.isEmpty {
        if transcriptPrompts {
          guard let input = TranscriptPrompt.input(in: text) else { continue }
          content = input
        }
        firstNumber = raw.number
      }
      physical.append(content)
      if let continued = Continuation.strip(content) {
        logical += continued
        continue
      }
      logical += content
      let trimmed = logical.trimmingBlanks()
      if !trimmed.isEmpty, !trimmed.hasPrefix("#") { started = true }
      return .line(logical, physical: physical, origin: SourceLocation(file, line: firstNumber))
    }
    guard !physical.isEmpty else { return nil }
    return .line(logical, physical: physical, origin: SourceLocation(file, line: firstNumber))
  }
}

/// A line ending in a single `\` continues on the next line.
public enum Continuation {
  /// The line without its continuation backslash, or nil when it does not continue.
  public static func strip(_ line: String) -> String? {
    guard line.hasSuffix("\\"), !line.hasSuffix("\\\\") else { return nil }
    return String(line.dropLast())
  }
}
