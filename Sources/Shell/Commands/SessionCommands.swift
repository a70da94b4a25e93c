import Artifacts
import Findings
import TextInput

/// The commands about the session itself: help, history, recording, saving, sourcing, settings,
/// lessons and quitting.
public enum SessionCommands {
  public static var all: [CommandSpec] {
    [help, history, recordStart, recordStop, saveSession, source, set, setFormat, setColor, say, pause, quit]
  }

  static let help = CommandSpec(
    ["help"], summary: "list the commands, or show one command in full",
    arguments: [ArgumentSpec("COMMAND", .name(.command), .variadic(minimum: 0), help: "the command words, abbreviations allowed")],
    examples: ["help", "help record start", "help rec sta"]
  ) { invocation, session in
    let registry = session.catalog.registry
    let words = invocation.words("COMMAND")
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

  static let recordStart = CommandSpec(
    ["record", "start"], summary: "record what follows as a transcript (.hbt) in FILE",
    discussion: "Every command after this one is written, prompt-prefixed with its output, to FILE when 'record stop' runs (or the shell ends). The file is a script 'hybridbench run' replays and a test 'hybridbench check' verifies.",
    arguments: [ArgumentSpec("FILE", .outputFile, help: "the transcript to write")],
    options: [OptionSpec("force", help: "replace FILE if it exists")],
    examples: ["record start lessons/first-look.hbt"]
  ) { invocation, session in
    guard let path = invocation.path("FILE") else { throw ShellError("record start needs FILE") }
    if !invocation.flag("force"), FileProbe.exists(path) {
      throw ShellError(
        "\(invocation.value("FILE") ?? path) already exists (add --force to replace it)",
        column: invocation.words("FILE").first?.column)
    }
    let shownAs = invocation.value("FILE") ?? path
    session.requests.append(.startRecording(path: path, shownAs: shownAs, force: invocation.flag("force")))
    return TextOutput("recording to \(invocation.value("FILE") ?? path)")
  }

  static let recordStop = CommandSpec(
    ["record", "stop"], summary: "stop recording and write the transcript"
  ) { _, session in
    session.requests.append(.stopRecording)
    return EmptyOutput()
  }

  static let saveSession = CommandSpec(
    ["save", "session"], summary: "write the commands of this session as a script",
    arguments: [ArgumentSpec("FILE", .outputFile, help: "the script to write")],
    options: [OptionSpec("force", help: "replace FILE if it exists")],
    examples: ["save session lab-check.hb"]
  ) { invocation, session in
    let commands = session.commandHistory.dropLast()  // not this 'save session' itself
    let text = commands.map { $0 + "\n" }.joined()
    return try invocation.writeArtifact(Array(text.utf8), to: "FILE", detail: Plural.count(commands.count, "command"))
  }

  static let source = CommandSpec(
    ["source"], summary: "run the commands in FILE in this session",
    discussion: "A transcript (.hbt) may be sourced too: only its prompt-prefixed lines run.",
    arguments: [ArgumentSpec("FILE", .file, help: "a script or transcript")],
    examples: ["source examples/first-look.hb"]
  ) { invocation, session in
    guard let path = invocation.path("FILE") else { throw ShellError("source needs FILE") }
    let typed = invocation.value("FILE") ?? path
    try FileProbe.requireFile(path, typed: typed, column: invocation.words("FILE").first?.column)
    session.requests.append(.source(path: path, shownAs: typed))
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

  static let setFormat = CommandSpec(
    ["set", "format"], summary: "render every command's output as text or JSON",
    arguments: [ArgumentSpec("FORMAT", .choice(OutputFormat.allCases.map(\.rawValue)), help: "text or json")],
    examples: ["set format json"]
  ) { invocation, session in
    if let value = invocation.value("FORMAT"), let format = OutputFormat(rawValue: value) {
      session.settings.format = format
    }
    return EmptyOutput()
  }

  static let setColor = CommandSpec(
    ["set", "color"], summary: "use colour: auto (on a terminal), on, or off",
    discussion: "NO_COLOR (no-color.org) always wins: with it set there is no colour whatever this says.",
    arguments: [ArgumentSpec("MODE", .choice(Settings.ColorMode.allCases.map(\.rawValue)), help: "auto, on or off")]
  ) { invocation, session in
    if let value = invocation.value("MODE"), let mode = Settings.ColorMode(rawValue: value) {
      session.settings.color = mode
    }
    return EmptyOutput()
  }

  static let say = CommandSpec(
    ["say"], summary: "print TEXT (narration in lessons)",
    arguments: [ArgumentSpec("TEXT", .text, .variadic(minimum: 0), help: "the words to print")],
    examples: ["say 'Step 1: read the answer file.'"]
  ) { invocation, _ in
    TextOutput(invocation.values("TEXT").joined(separator: " "))
  }

  static let pause = CommandSpec(
    ["pause"], summary: "wait for Enter before going on (lessons; does nothing without a terminal)"
  ) { _, session in
    session.requests.append(.pause)
    return EmptyOutput()
  }

  static let quit = CommandSpec(
    ["quit"], summary: "leave the shell (Ctrl-D does the same)"
  ) { _, session in
    session.requests.append(.quit)
    return EmptyOutput()
  }
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
  static func requireFile(_ path: String, typed: String, column: Int?) throws(ShellError) {
    var info = stat()
    let error: FileReadError
    if stat(path, &info) != 0 {
      error = FileReadError(path: typed, errno: errno)
    } else if (info.st_mode & S_IFMT) == S_IFDIR {
      error = FileReadError(path: typed, reason: .directory)
    } else {
      return
    }
    throw ShellError(error.description, column: column)
  }
}
