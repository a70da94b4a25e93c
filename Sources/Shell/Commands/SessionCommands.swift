import Artifacts
import Findings
import TextInput

/// The commands about the session itself: help, history, recording, saving, sourcing, settings,
/// lessons and quitting.
public enum SessionCommands {
  public static var all: [CommandSpec] {
    [
      help, history, recordStart, recordStop, saveSession, source, set, setFormat, setColor, say,
      pause, quit, exit,
    ]
  }

  static let helpCommand = ArgumentSpec(
    "COMMAND", .name(.command), .variadic(minimum: 0),
    help: "the command words, abbreviations allowed")

  static let help = CommandSpec(
    ["help"], summary: "list the commands, or show one command in full",
    arguments: [helpCommand],
    examples: ["help", "help record start", "help rec sta"]
  ) { invocation, session in
    let registry = session.catalog.registry
    let words = invocation.words(helpCommand)
    let text = words.isEmpty ? registry.overview() : try registry.help(for: words)
    return TextOutput(text)
  }

  static let history = CommandSpec(
    ["history"], summary: "list the commands entered in this session",
    discussion: "Up and Down recall lines from earlier runs too; that history is kept in $XDG_STATE_HOME/hybridbench/history (else ~/.local/state/hybridbench/history), readable by you only."
  ) { _, session in
    let entries = session.commandHistory
    let width = String(entries.count).count
    let text = entries.enumerated().map { index, line in
      let number = String(index + 1)
      return String(repeating: " ", count: width - number.count) + number + "  " + line
    }.joined(separator: "\n")
    return StructuredOutput(
      text: text, json: .object([("history", .array(entries.map(JSONValue.string)))]))
  }

  static let recordStartFile = ArgumentSpec("FILE", .outputFile, help: "the transcript to write")

  static let recordStart = CommandSpec(
    ["record", "start"], summary: "record what follows as a transcript (.hbt) in FILE",
    discussion: "Every command after this one is written to FILE with its own prompt and its output, as plain text, when 'record stop' runs (or the shell ends). FILE is created at once, so a path that cannot be written is refused here, not at the end. When FILE is not in the current directory, its first line '# base: DIR' says where the recorded relative paths resolve, so 'hybridbench check' and 'run' replay it from anywhere. The file is a script 'hybridbench run' replays and a test 'hybridbench check' verifies.",
    arguments: [recordStartFile],
    options: [OptionSpec("force", help: "replace FILE if it exists")],
    examples: ["record start lessons/first-look.hbt"],
    isReplayed: false
  ) { invocation, session in
    guard let file = invocation.file(recordStartFile) else {
      throw ShellError("record start needs FILE")
    }
    if let current = session.recordingTo {
      throw ShellError(
        "already recording to \(current)", column: invocation.word(recordStartFile)?.column,
        hint: "'record stop' writes it; then start the new recording")
    }
    let preamble = ScriptPreamble.baseLine(
      fileDirectory: ShellProgram.directory(of: file.path), sessionDirectory: session.baseDirectory)
      .map { $0 + "\n" } ?? ""
    // Written now, through the one writer, so a directory or an unwritable path fails here.
    _ = try invocation.writeArtifact(Array(preamble.utf8), to: recordStartFile)
    session.recordingTo = file.shown
    session.requests.append(.startRecording(file, preamble: preamble))
    return TextOutput("recording to \(file.shown)")
  }

  static let recordStop = CommandSpec(
    ["record", "stop"], summary: "stop recording and write the transcript", isReplayed: false
  ) { _, session in
    guard session.recordingTo != nil else {
      throw ShellError("nothing is being recorded", hint: "'record start FILE' starts a recording")
    }
    session.requests.append(.stopRecording)
    return EmptyOutput()
  }

  static let saveSessionFile = ArgumentSpec("FILE", .outputFile, help: "the script to write")

  static let saveSession = CommandSpec(
    ["save", "session"], summary: "write the commands of this session as a script",
    discussion: "One command per line, each one that ran without error, in order; the session's own controls (record, save session) are left out, so the script replays cleanly with 'hybridbench run'. When FILE is not in the current directory, its first line '# base: DIR' says where relative paths resolve.",
    arguments: [saveSessionFile],
    options: [OptionSpec("force", help: "replace FILE if it exists")],
    examples: ["save session lab-check.hb"],
    isReplayed: false
  ) { invocation, session in
    let path = try invocation.path(of: saveSessionFile)
    let commands = session.completedCommands
    var lines = commands
    if let base = ScriptPreamble.baseLine(
      fileDirectory: ShellProgram.directory(of: path), sessionDirectory: session.baseDirectory)
    {
      lines.insert(base, at: 0)
    }
    let text = lines.map { $0 + "\n" }.joined()
    return try invocation.writeArtifact(
      Array(text.utf8), to: saveSessionFile, detail: Plural.count(commands.count, "command"))
  }

  static let sourceFile = ArgumentSpec("FILE", .file, help: "a script or transcript")

  static let source = CommandSpec(
    ["source"], summary: "run the commands in FILE in this session",
    discussion: "Relative paths inside FILE resolve against FILE's own folder, as with 'hybridbench run'. A transcript (.hbt) may be sourced too: only its prompt-prefixed lines run.",
    arguments: [sourceFile],
    examples: ["source examples/first-look.hb"]
  ) { invocation, session in
    guard let file = invocation.file(sourceFile) else { throw ShellError("source needs FILE") }
    session.requests.append(.source(file))
    return EmptyOutput()
  }

  static let set = CommandSpec(
    ["set"], summary: "show the session's settings"
  ) { _, session in
    let settings = session.settings
    return StructuredOutput(
      text: "format  \(settings.format.rawValue)\ncolor   \(settings.color.rawValue)\nrules   \(settings.rules)",
      json: .object([
        ("format", .string(settings.format.rawValue)), ("color", .string(settings.color.rawValue)),
        ("rules", .string(settings.rules)),
      ]))
  }

  static let setFormatFormat = ArgumentSpec(
    "FORMAT", .choice(OutputFormat.allCases.map(\.rawValue)), help: "text or json")

  static let setFormat = CommandSpec(
    ["set", "format"], summary: "render every command's output as text or JSON",
    arguments: [setFormatFormat],
    examples: ["set format json"]
  ) { invocation, session in
    if let value = invocation.value(setFormatFormat), let format = OutputFormat(rawValue: value) {
      session.settings.format = format
    }
    return EmptyOutput()
  }

  static let setColorMode = ArgumentSpec(
    "MODE", .choice(Settings.ColorMode.allCases.map(\.rawValue)), help: "auto, on or off")

  static let setColor = CommandSpec(
    ["set", "color"], summary: "use colour: auto (on a terminal), on, or off",
    discussion: "NO_COLOR (no-color.org) always wins: with it set there is no colour whatever this says.",
    arguments: [setColorMode]
  ) { invocation, session in
    if let value = invocation.value(setColorMode), let mode = Settings.ColorMode(rawValue: value) {
      session.settings.color = mode
    }
    return EmptyOutput()
  }

  static let sayText = ArgumentSpec(
    "TEXT", .text, .variadic(minimum: 0), help: "the words to print")

  static let say = CommandSpec(
    ["say"], summary: "print TEXT (narration in lessons)",
    arguments: [sayText],
    examples: ["say 'Step 1: read the answer file.'"]
  ) { invocation, _ in
    TextOutput(invocation.values(sayText).joined(separator: " "))
  }

  static let pause = CommandSpec(
    ["pause"], summary: "wait for Enter before going on (lessons; does nothing without a terminal)"
  ) { _, session in
    session.requests.append(.pause)
    return EmptyOutput()
  }

  static let quit = CommandSpec(
    ["quit"], summary: "leave the shell (Ctrl-D and 'exit' do the same)"
  ) { _, session in
    session.requests.append(.quit)
    return EmptyOutput()
  }

  /// `exit`, as bash, psql and python spell it.
  static let exit = CommandSpec(
    ["exit"], summary: "leave the shell (the same as 'quit')", action: quit.action)
}

/// File-system questions the commands ask before acting.
enum FileProbe {
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Refuses a FILE argument that is missing or a directory before a command runs, worded as
  /// every reader words it (`FileReadError`): the path as typed, then the reason; the caret
  /// points at the word.
  static func requireFile(_ file: FileReference, column: Int?) throws(ShellError) {
    var info = stat()
    let error: FileReadError
    if stat(file.path, &info) != 0 {
      error = FileReadError(file: file, errno: errno)
    } else if (info.st_mode & S_IFMT) == S_IFDIR {
      error = FileReadError(file: file, reason: .directory)
    } else {
      return
    }
    throw ShellError(error, column: column)
  }
}
