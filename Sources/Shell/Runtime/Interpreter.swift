import Artifacts
import Findings
import TextInput

/// How a run treats its commands.
public struct RunOptions: Sendable, Equatable {
  /// Print each command, prompt-prefixed, before its output: the transcript format.
  public var echo = false
  /// Stop at the first command that fails.
  public var bail = false
  /// Wait for Enter before each command (teaching).
  public var step = false

  public init(echo: Bool = false, bail: Bool = false, step: Bool = false) {
    self.echo = echo
    self.bail = bail
    self.step = step
  }
}

/// Where a line came from, for error messages in scripts (`lesson.hb:12:5: error: ...`).
public struct LineOrigin: Sendable, Equatable {
  public var file: String
  public var line: Int
}

/// Runs command lines in a session and writes what they produce: the loop every mode shares
/// (the interactive shell, scripts, `-c`, transcript checks).
public struct Interpreter: Sendable {
  public var session: Session
  public var console: Console
  public var options: RunOptions
  /// Commands that failed so far.
  public private(set) var failures = 0
  /// Stop reading: `quit`, or `--bail` after a failure.
  public private(set) var isFinished = false
  private var recording: Recording?
  private var sourceDepth = 0

  /// A transcript being recorded by `record start`.
  struct Recording: Sendable {
    var path: String
    var shownAs: String
    var force: Bool
    var text = ""
  }

  public init(session: Session, console: Console, options: RunOptions) {
    self.session = session
    self.console = console
    self.options = options
  }

  /// Runs one logical line (continuations joined). `physicalLines` are echoed as typed.
  /// Returns false when any command on it failed.
  @discardableResult
  public mutating func run(_ line: String, physicalLines: [String]? = nil, origin: LineOrigin? = nil)
    -> Bool
  {
    guard !isFinished else { return false }
    let echoed = physicalLines ?? [line]
    // Lines run by 'source' are not echoed with a prompt: a transcript would replay them twice.
    let stepping = options.step && session.surroundings.inputIsTerminal
    if (options.echo || stepping || recording != nil) && sourceDepth == 0 {
      var text = session.prompt + (echoed.first ?? "")
      for more in echoed.dropFirst() { text += "\n" + more }
      if stepping {
        // Teaching: show the command, then wait for Enter before running it.
        console.write(text)
        console.flush()
        Self.waitForEnter()
      } else if options.echo {
        console.line(text)
      }
      recording?.text += text + "\n"
    }
    if let help = helpRequest(line) {
      emit(help)
      return true
    }
    let commands: [CommandWords]
    do {
      commands = try CommandLexer.commands(in: line)
    } catch {
      fail(error, line: line, origin: origin)
      return false
    }
    if !commands.isEmpty, origin == nil || sourceDepth == 0 {
      if HistoryEntry.isWorthKeeping(line) { session.commandHistory.append(line) }
    }
    var succeeded = true
    for command in commands {
      do {
        let (output, format) = try session.run(command)
        render(output, format)
      } catch {
        fail(error, line: line, origin: origin)
        succeeded = false
      }
      handleRequests()
      if isFinished { break }
    }
    console.flush()
    return succeeded
  }

  /// Flushes output and writes any recording still open (as at `quit`).
  public mutating func finish() {
    if recording != nil { stopRecording() }
    console.flush()
  }

  /// Reports a problem that is not a command's (unreadable input line, missing script file).
  public mutating func reportInputProblem(_ error: ShellError, origin: LineOrigin?) {
    fail(error, line: nil, origin: origin)
  }

  // MARK: - Output

  private mutating func render(_ output: any CommandOutput, _ format: OutputFormat) {
    if output is EmptyOutput { return }
    switch format {
    case .text: emit(output.text(session.style))
    case .json: emit(output.json.prettyText)
    }
  }

  private mutating func emit(_ text: String) {
    guard !text.isEmpty else { return }
    console.line(text)
    recording?.text += text + "\n"
  }

  private mutating func fail(_ error: any Error, line: String?, origin: LineOrigin?) {
    failures += 1
    let report = ErrorReport(error: error, line: line, origin: options.echo ? nil : origin)
    let text = session.settings.format == .json ? report.json.compactText : report.text(session.style)
    console.errorLine(text)
    recording?.text += ErrorReport(error: error, line: line, origin: nil).text(.plain) + "\n"
    if options.bail { isFinished = true }
  }

  /// A line ending in an unquoted `?` asks for help at that position instead of running.
  private func helpRequest(_ line: String) -> String? {
    var trimmed = line
    while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
    guard trimmed.hasSuffix("?") else { return nil }
    let before = String(trimmed.dropLast())
    let partial = CommandLexer.partial(before)
    guard partial.openQuote == nil, !partial.inComment else { return nil }
    return session.catalog.registry.explain(before)
  }

  // MARK: - Requests

  private mutating func handleRequests() {
    let requests = session.requests
    session.requests = []
    for request in requests {
      switch request {
      case .quit:
        isFinished = true
      case .pause:
        if session.surroundings.inputIsTerminal {
          console.write("(press Enter to continue)")
          console.flush()
          Self.waitForEnter()
        }
      case .source(let path, let shownAs):
        source(path, shownAs: shownAs)
      case .startRecording(let path, let shownAs, let force):
        if recording != nil { stopRecording() }
        recording = Recording(path: path, shownAs: shownAs, force: force)
      case .stopRecording:
        stopRecording()
      }
    }
  }

  private mutating func stopRecording() {
    guard let finished = recording else { return }
    recording = nil
    do {
      let written = try ArtifactWriter().write(finished.text, to: finished.path, force: finished.force)
      emit(ArtifactOutput(written, shownAs: finished.shownAs, detail: "transcript").text(session.style))
    } catch {
      fail(error, line: nil, origin: nil)
    }
  }

  private mutating func source(_ path: String, shownAs: String) {
    guard sourceDepth < 16 else {
      fail(ShellError("source: files nest more than 16 deep (a file sources itself?)"), line: nil, origin: nil)
      return
    }
    let bytes: [UInt8]
    do throws(FileReadError) {
      bytes = try InputFile.text(path, shownAs: shownAs)
    } catch {
      fail(ShellError("source: \(error.description)"), line: nil, origin: nil)
      return
    }
    sourceDepth += 1
    defer { sourceDepth -= 1 }
    var script = ScriptLines(
      reader: LineReader(bytes: bytes), file: path, transcriptPrompts: path.hasSuffix(".hbt"))
    while !isFinished, let next = script.next() {
      switch next {
      case .failure(let error, let origin): reportInputProblem(error, origin: origin)
      case .line(let text, _, let origin): run(text, physicalLines: nil, origin: origin)
      }
    }
  }

  static func waitForEnter() {
    var byte: UInt8 = 0
    while read(STDIN_FILENO, &byte, 1) == 1, byte != 0x0A {}
  }
}

/// Which lines belong in history and saved sessions.
enum HistoryEntry {
  static func isWorthKeeping(_ line: String) -> Bool {
    line.utf8.count <= 4096 && line.unicodeScalars.contains { $0 != " " && $0 != "\t" }
  }
}
