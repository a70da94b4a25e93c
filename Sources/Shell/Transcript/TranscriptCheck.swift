/// Replays a transcript in a fresh session and compares each command's output with what the
/// transcript expects.
public struct TranscriptCheck: Sendable {
  /// The outcome for one transcript file.
  public struct Result: Sendable {
    public var transcript: Transcript
    /// Actual output per block, by block index.
    public var actual: [[String]]
    /// The prompt the session showed before each block (`hb> `, `hb[lab]> `).
    public var prompts: [String]
    /// Indices of the blocks whose output differs.
    public var failing: [Int]

    public var passed: Bool { failing.isEmpty }

    /// A unified diff of every failing block, headed by the file and the command.
    public func diff(file: String) -> String {
      guard !failing.isEmpty else { return "" }
      var lines = ["--- \(file) (expected)", "+++ \(file) (actual)"]
      for index in failing {
        let block = transcript.blocks[index]
        lines.append("@@ line \(block.line): \(block.inputLines[0]) @@")
        let shown = prompts[index] + block.command
        if !block.inputLines[0].hasPrefix(prompts[index]) {
          lines += ["-" + block.inputLines[0], "+" + shown]
        }
        lines += UnifiedDiff.lines(expected: block.expected, actual: actual[index])
      }
      return lines.joined(separator: "\n")
    }

    /// The transcript rewritten with actual output where it differed; matching blocks keep their
    /// wildcards.
    public var updatedText: String {
      var updated = transcript
      for index in failing {
        updated.blocks[index].expected = actual[index]
        if let input = TranscriptPrompt.input(in: updated.blocks[index].inputLines[0]) {
          updated.blocks[index].inputLines[0] = prompts[index] + input
        }
      }
      return updated.text()
    }
  }

  public var makeSession: @Sendable (_ baseDirectory: String) -> Session

  public init(makeSession: @escaping @Sendable (_ baseDirectory: String) -> Session) {
    self.makeSession = makeSession
  }

  /// Runs every block of `transcript`; relative paths resolve against `baseDirectory`.
  public func check(_ transcript: Transcript, baseDirectory: String) -> Result {
    var interpreter = Interpreter(
      session: makeSession(baseDirectory), console: Console(.capture), options: RunOptions())
    var actual: [[String]] = []
    var prompts: [String] = []
    var failing: [Int] = []
    for (index, block) in transcript.blocks.enumerated() {
      prompts.append(interpreter.session.prompt)
      if !interpreter.isFinished { interpreter.run(block.command) }
      var output = interpreter.console.takeCaptured().split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
      if output.last == "" { output.removeLast() }
      actual.append(output)
      let promptMatches = block.inputLines[0].hasPrefix(prompts[index])
      if !promptMatches || !LinePattern.matches(block.expected, output) { failing.append(index) }
    }
    interpreter.finish()
    return Result(transcript: transcript, actual: actual, prompts: prompts, failing: failing)
  }
}
