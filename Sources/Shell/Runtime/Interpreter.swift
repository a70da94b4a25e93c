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
  /// Count a command as failed when it reports a finding at or above this severity (CI).
  public var failOn: Severity?

  public init(echo: Bool = false, bail: Bool = false, step: Bool = false, failOn: Severity? = nil) {
    self.echo = echo
    self.bail = bail
    self.step = step
    self.failOn = failOn
  }
}

/// Runs command lines in a session and writes what they produce: the loop every mode shares
/// (the interactive shell, scripts, `-c`, transcript checks).
public struct Interpreter: Sendable {
  public var session: Session
  public var console: Console
  public var options: RunOptions
  /// Commands that failed so far.
  public private(set) var failures = 0
  /// Commands that reported a finding at or above `--fail-on` so far.
  public private(set) var findingFailures = 0

  /// The process exit status for what has run: 1 when any command failed, or reported a
  /// finding at the `--fail-on` severity; 0 otherwise.
  public var exitStatus: Int32 { failures + findingFailures == 0 ? 0 : 1 }
  /// Stop reading: `quit`, or `--bail` after a failure.
  public private(set) var isFinished = false
  private var recording: Recording?
  private var sourceDepth = 0

  /// A transcript being recorded by `record start`.
  struct Recording: Sendable {
    var file: FileReference
    var text: String
  }

  public init(session: Session, console: Console, options: RunOptions) {
    self.session = session
    self.console = console
    self.options = options
  }

  /// Runs one logical line (continuations joined). `physicalLines` are echoed as typed.
  /// Returns false when any command on it failed.
  @discardableResult
  public mutating func run(_ line: String, physicalLines: [String]? = nil, origin: SourceLocation? = nil)
    -> Bool
  {
    guard !isFinished else { return false }
    let echoed = physicalLines ?? [line]
    // Lines run by 'source' are not echoed with a prompt: a transcript would replay them twice.
    let stepping = options.step && session.surroundings.inputIsTerminal
    if (options.echo || stepping) && sourceDepth == 0 {
      let text = session.prompt + echoed.joined(separator: "\n")
      if stepping {
        // Teaching: show the command, then wait for Enter (or q) before running it.
        console.write(text)
        console.flush()
        if !Self.waitForEnter() {
          isFinished = true
          console.line("")
          return true
        }
      } else if options.echo {
        console.line(text)
      }
    }
    if let help = HelpRequest.position(in: line) {
      record(session.prompt + echoed.joined(separator: "\n"))
      emit(Completer(session: session).explain(help) ?? "")
      return true
    }
    let commands: [CommandWords]
    do {
      commands = try CommandLexer.commands(in: line)
    } catch {
      record(session.prompt + echoed.joined(separator: "\n"))
      fail(error, line: line, origin: origin)
      return false
    }
    if !commands.isEmpty, origin == nil || sourceDepth == 0 {
      if HistoryEntry.isWorthKeeping(line) { session.commandHistory.append(line) }
    }
    var succeeded = true
    for command in commands {
      let spec = try? session.catalog.registry.resolve(command.words).node.spec
      let replayed = spec?.isReplayed ?? true
      if replayed, sourceDepth == 0 {
        // Lines run by 'source' are its output, never prompts: a replay would run them twice.
        // Each command of a ';' line gets its own prompt, as the prompt stood when it ran, so
        // the recording replays command by command whatever the mode.
        let typed = commands.count == 1 ? echoed.joined(separator: "\n") : command.text
        record(session.prompt + typed)
      }
      do {
        let run = try session.run(command)
        try render(run)
        if let threshold = run.invocation.failOn ?? options.failOn,
          run.output.findings.contains(where: { $0.severity <= threshold })
        {
          findingFailures += 1
        }
        if let failure = (run.output as? any PartialOutput)?.failure {
          // What worked is shown; the command still failed, so a saved session leaves it out.
          fail(
            failure, line: line, origin: origin, command: commands.count == 1 ? nil : command,
            recorded: replayed, format: session.format(of: command))
          succeeded = false
        } else if replayed, sourceDepth == 0, HistoryEntry.isWorthKeeping(command.text) {
          session.completedCommands.append(command.text)
        }
      } catch {
        fail(
          error, line: line, origin: origin, command: commands.count == 1 ? nil : command,
          recorded: replayed, format: session.format(of: command))
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
  public mutating func reportInputProblem(_ error: ShellError, origin: SourceLocation?) {
    fail(error, line: nil, origin: origin)
  }

  // MARK: - Output

  /// Prints the output in the format asked for, or writes it to `--out FILE` through the
  /// artifact writer and prints what was written.
  private mutating func render(_ run: CommandRun) throws {
    if run.output is EmptyOutput { return }
    guard run.invocation.value(OptionSpec.out) == nil else {
      let text = rendered(run.output, run.format, .plain)
      let bytes = Array((text.isEmpty || text.hasSuffix("\n") ? text : text + "\n").utf8)
      let written = try run.invocation.writeArtifact(
        bytes, to: OptionSpec.out, detail: run.format.rawValue)
      session.written.append(written)
      emit(written.text(session.style), recorded: written.text(.plain))
      return
    }
    // A transcript is plain text whatever the terminal: colour goes to the screen only.
    let style = session.style
    let shown = rendered(run.output, run.format, style)
    let plain = style.color && recording != nil ? rendered(run.output, run.format, .plain) : shown
    emit(shown, recorded: plain)
  }

  private func rendered(_ output: any CommandOutput, _ format: ReportFormat, _ style: TextStyle)
    -> String
  {
    format.render(output, style, baseDirectory: session.baseDirectory)
  }

  private mutating func emit(_ text: String, recorded: String? = nil) {
    guard !text.isEmpty else { return }
    console.line(text)
    record(recorded ?? text)
  }

  /// Adds a line to the transcript being recorded, if any; lines run by `source` are its output.
  private mutating func record(_ text: String) {
    guard recording != nil, !text.isEmpty else { return }
    recording?.text += text + "\n"
  }

  /// Reports a failure, in the failed command's own `--format` (else the session's). `command`
  /// is the one of several on a `;` line that failed: the recording shows it on its own line, so
  /// its caret moves with it.
  private mutating func fail(
    _ error: any Error, line: String?, origin: SourceLocation?, command: CommandWords? = nil,
    recorded: Bool = true, format: OutputFormat? = nil
  ) {
    failures += 1
    let report = ErrorReport(error: error, line: line, origin: options.echo ? nil : origin)
    let json = (format ?? session.settings.format) == .json
    let text = json ? report.json.compactText : report.text(session.style)
    console.errorLine(text)
    if recording != nil, recorded {
      // Recorded as the replay will print it: in the same format, the caret on the command's
      // own line.
      var plain = ErrorReport(error: error, line: line, origin: nil)
      if let command, var shifted = error as? ShellError {
        shifted.column = shifted.column.map { $0 - command.startColumn + 1 }
        plain = ErrorReport(error: shifted, line: command.text, origin: nil)
      }
      record(json ? plain.json.compactText : plain.text(.plain))
    }
    if options.bail { isFinished = true }
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
          _ = Self.waitForEnter()
        }
      case .source(let file):
        source(file)
      case .startRecording(let file, let preamble):
        recording = Recording(file: file, text: preamble)
      case .stopRecording:
        stopRecording()
      }
    }
  }

  private mutating func stopRecording() {
    guard let finished = recording else { return }
    recording = nil
    session.recordingTo = nil
    do {
      // 'record start' created the file; this replaces what it holds.
      let written = try ArtifactWriter().write(finished.text, to: finished.file, force: true)
      let output = ArtifactOutput(written, detail: "transcript")
      session.written.append(output)
      emit(output.text(session.style))
    } catch {
      fail(error, line: nil, origin: nil)
    }
  }

  /// Runs a file's commands in this session; relative paths in it resolve against its folder
  /// (or its `# base:`), and the session's directory is restored afterwards.
  private mutating func source(_ file: FileReference) {
    guard sourceDepth < 16 else {
      fail(ShellError("source: files nest more than 16 deep (a file sources itself?)"), line: nil, origin: nil)
      return
    }
    let bytes: [UInt8]
    do throws(FileReadError) {
      bytes = try InputFile.text(file)
    } catch {
      fail(ShellError("source: \(error.description)"), line: nil, origin: nil)
      return
    }
    sourceDepth += 1
    let outer = session.baseDirectory
    defer {
      sourceDepth -= 1
      session.baseDirectory = outer
    }
    var script = ScriptLines(
      reader: LineReader(bytes: bytes), file: file, transcriptPrompts: file.path.hasSuffix(".hbt"))
    runScript(&script, directory: ShellProgram.directory(of: file.path))
  }

  /// Runs every line of a script whose own folder is `directory`, honouring its `# base:` line.
  mutating func runScript(_ script: inout ScriptLines, directory: String) {
    session.baseDirectory = directory
    while !isFinished, let next = script.next() {
      switch next {
      case .failure(let error, let origin):
        reportInputProblem(error, origin: origin)
      case .base(let base):
        session.baseDirectory = ScriptPreamble.directory(fileDirectory: directory, base: base)
      case .line(let text, let physical, let origin):
        run(text, physicalLines: sourceDepth == 0 ? physical : nil, origin: origin)
      }
    }
  }

  /// Waits for Enter; false when the user typed `q` (then Enter) or input ended: stop.
  static func waitForEnter() -> Bool {
    var typed: [UInt8] = []
    var byte: UInt8 = 0
    while read(STDIN_FILENO, &byte, 1) == 1 {
      if byte == 0x0A || byte == 0x0D { return !(typed == [UInt8(ascii: "q")]) }
      typed.append(byte)
    }
    return false
  }
}

/// Which lines belong in history and saved sessions.
enum HistoryEntry {
  static func isWorthKeeping(_ line: String) -> Bool {
    line.utf8.count <= 4096 && line.unicodeScalars.contains { $0 != " " && $0 != "\t" }
  }
}
