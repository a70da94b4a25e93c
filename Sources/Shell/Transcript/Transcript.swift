/// A transcript (`.hbt`): prompt-prefixed commands, each followed by the output expected from it.
///
/// The same text is a replayable script, a recorded session and a golden test. Lines before the
/// first prompt are a preamble (kept, never run). In expected output, `[..]` matches any text
/// within a line and a line holding only `...` matches any number of lines.
public struct Transcript: Sendable, Equatable {
  /// One command and what it should print.
  public struct Block: Sendable, Equatable {
    /// The input as written: the prompt line and any continuation lines.
    public var inputLines: [String]
    /// The command with prompts removed and continuations joined.
    public var command: String
    /// 1-based line of the prompt line.
    public var line: Int
    public var expected: [String]
  }

  public var preamble: [String]
  public var blocks: [Block]

  /// Splits transcript text into preamble and blocks.
  public init(parsing text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    if lines.last == "" { lines.removeLast() }
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0].removeFirst() }
    var preamble: [String] = []
    var blocks: [Block] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      guard let input = TranscriptPrompt.input(in: line) else {
        if blocks.isEmpty {
          preamble.append(line)
        } else {
          blocks[blocks.count - 1].expected.append(line)
        }
        index += 1
        continue
      }
      var block = Block(inputLines: [line], command: "", line: index + 1, expected: [])
      var piece = input
      index += 1
      while let continued = Continuation.strip(piece), index < lines.count {
        block.command += continued
        piece = lines[index]
        block.inputLines.append(piece)
        index += 1
      }
      block.command += Continuation.strip(piece) ?? piece
      blocks.append(block)
    }
    self.preamble = preamble
    self.blocks = blocks
  }

  /// The directory its `# base:` line names, relative to its folder (see `ScriptPreamble`).
  public var base: String? { preamble.lazy.compactMap(ScriptPreamble.base(in:)).first }

  /// The files its `# needs:` lines name, which a test builds beside it.
  public var needs: [String] { preamble.flatMap(ScriptPreamble.needs(in:)) }

  /// The transcript as text, with `actual` output in place of the expected output of the
  /// blocks it names (for `--update`).
  public func text(replacing actual: [Int: [String]] = [:]) -> String {
    var lines = preamble
    for (index, block) in blocks.enumerated() {
      lines += block.inputLines
      lines += actual[index] ?? block.expected
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
