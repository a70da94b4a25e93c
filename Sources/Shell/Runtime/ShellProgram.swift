import Findings
import Artifacts
import LineEditing
import TextInput

/// The ways the shell runs, each returning the process exit status: 0 when every command
/// succeeded, 1 when any failed. (Usage errors, status 2, are the executable's.)
public struct ShellProgram: Sendable {
  public static let version = "0.1.0"

  public var catalog: CommandCatalog
  public var settings: Settings
  public var options: RunOptions
  public var environment: [String: String]

  public init(catalog: CommandCatalog, settings: Settings, options: RunOptions, environment: [String: String]) {
    self.catalog = catalog
    self.settings = settings
    self.options = options
    self.environment = environment
  }

  var surroundings: Surroundings {
    Surroundings(
      outputIsTerminal: Terminal.isInteractive(STDOUT_FILENO, environment: environment),
      inputIsTerminal: Terminal.isInteractive(STDIN_FILENO, environment: environment),
      noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
  }

  func makeInterpreter(baseDirectory: String, interactive: Bool = false) -> Interpreter {
    var session = Session(catalog: catalog, surroundings: surroundings, baseDirectory: baseDirectory)
    session.settings = settings
    // Only the interactive shell keeps walks across runs: a script, '-c' or a pipe never reads
    // or replaces the walk a person has in progress.
    if interactive, let state = Self.stateDirectory(environment: environment) {
      session.stateDirectory = state
      session.walks = WalkJournal.load(from: state)
    }
    let console = Console(.descriptors, errorsToOutput: options.echo, flushEachWrite: interactive)
    return Interpreter(session: session, console: console, options: options)
  }

  /// No arguments: the interactive shell on a terminal, else standard input read as a script.
  public func standardInput() -> Int32 {
    let cwd = Self.currentDirectory()
    if surroundings.inputIsTerminal && surroundings.outputIsTerminal && !options.echo {
      var interpreter = makeInterpreter(baseDirectory: cwd, interactive: true)
      Repl.run(&interpreter, historyFile: HistoryFile.standard(environment: environment))
      interpreter.finish()
      return interpreter.failures == 0 ? 0 : 1
    }
    var interpreter = makeInterpreter(baseDirectory: cwd)
    var lines = ScriptLines(reader: LineReader(fd: STDIN_FILENO), file: "<stdin>")
    interpreter.runScript(&lines, directory: cwd)
    interpreter.finish()
    return interpreter.failures == 0 ? 0 : 1
  }

  /// `-c 'cmd; cmd'`. With `exitWhenDone`, the process exits with the status once the output
  /// is flushed, without freeing the session first: tearing down a 100,000-object environment
  /// only to exit costs more than the OS takes to reclaim it.
  public func commands(_ text: String, exitWhenDone: Bool = false) -> Int32 {
    var interpreter = makeInterpreter(baseDirectory: Self.currentDirectory())
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !interpreter.isFinished {
      interpreter.run(String(line))
    }
    interpreter.finish()
    let status: Int32 = interpreter.failures == 0 ? 0 : 1
    if exitWhenDone { withExtendedLifetime(interpreter) { exit(status) } }
    return status
  }

  /// One command line from words the process was given, each quoted so it stays one word.
  public static func commandLine(from words: [String]) -> String {
    words.enumerated().map { index, word in
      index == 0 || !word.hasPrefix("--") ? CommandLexer.quote(word) : word
    }.joined(separator: " ")
  }

  /// `run FILE...`: each script in turn, in one session; relative paths inside a script resolve
  /// against the script's own directory.
  public func scripts(_ paths: [String]) -> Int32 {
    var interpreter = makeInterpreter(baseDirectory: Self.currentDirectory())
    if options.step, surroundings.inputIsTerminal {
      interpreter.console.line(Self.stepHelp)
    }
    for path in paths where !interpreter.isFinished {
      let bytes: [UInt8]
      do throws(FileReadError) {
        bytes = try InputFile.text(FileReference(path: path))
      } catch {
        interpreter.reportInputProblem(ShellError(error.description), origin: nil)
        continue
      }
      var lines = ScriptLines(
        reader: LineReader(bytes: bytes), file: FileReference(path: path),
        transcriptPrompts: path.hasSuffix(".hbt"))
      interpreter.runScript(&lines, directory: Self.directory(of: path))
    }
    interpreter.finish()
    return interpreter.failures == 0 ? 0 : 1
  }

  /// What `run --step` prints first: how to go on and how to stop.
  static let stepHelp = "Step by step: Enter runs the command shown, q then Enter stops (Ctrl-C too)."

  /// `check FILE.hbt...`: replays each transcript and prints a diff of what differs; with
  /// `update`, rewrites the expected output instead.
  public func check(_ paths: [String], update: Bool) -> Int32 {
    var console = Console(.descriptors)
    var failed = 0
    let catalog = self.catalog
    let checker = TranscriptCheck { base in
      Session(catalog: catalog, surroundings: .batch, baseDirectory: base)
    }
    for path in paths {
      let text: String
      do {
        let bytes = try InputFile.text(FileReference(path: path))
        guard let valid = String(validating: bytes, as: UTF8.self) else {
          let offset = InputBytes.firstInvalidUTF8(bytes) ?? 0
          throw ShellError("\(path) is not UTF-8 text (byte \(offset))")
        }
        text = valid
      } catch {
        console.errorLine("error: \(error)")
        failed += 1
        continue
      }
      let transcript = Transcript(parsing: text)
      let directory = Self.directory(of: path)
      let count = transcript.blocks.count
      guard count > 0 else {
        // Nothing ran, so nothing was checked: an empty file, a plain script or bare output.
        console.errorLine(
          "FAILED \(path): no commands (a transcript's commands start with 'hb> ' at the start of a line)")
        failed += 1
        continue
      }
      if let missing = transcript.needs.first(where: { !FileProbe.exists(directory + "/" + $0) }) {
        console.line("skipped \(path): it needs \(missing) beside it (see its first lines)")
        continue
      }
      let base = ScriptPreamble.directory(fileDirectory: directory, base: transcript.base)
      let result = checker.check(transcript, baseDirectory: base)
      if result.passed {
        console.line("ok \(path) (\(Plural.count(count, "command")))")
      } else if update {
        do {
          try ArtifactWriter().write(result.updatedText, to: FileReference(path: path), force: true)
          console.line("updated \(path) (\(result.failing.count) of \(Plural.count(count, "command")))")
        } catch {
          console.errorLine("error: \(ErrorReport.sentence(error))")
          failed += 1
        }
      } else {
        console.line(result.diff(file: path))
        console.line("FAILED \(path): \(result.failing.count) of \(Plural.count(count, "command")) differ")
        failed += 1
      }
    }
    console.flush()
    return failed == 0 ? 0 : 1
  }

  /// `$XDG_STATE_HOME/hybridbench`, else `~/.local/state/hybridbench` (where history lives too).
  static func stateDirectory(environment: [String: String]) -> String? {
    guard let history = HistoryFile.standard(environment: environment) else { return nil }
    return ArtifactWriter.directory(of: history.path)
  }

  static func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
  }

  /// The absolute directory holding `path`.
  static func directory(of path: String) -> String {
    ArtifactWriter.directory(of: path.hasPrefix("/") ? path : currentDirectory() + "/" + path)
  }
}

