import ArgumentParser
import Shell

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options every mode shares.
struct CommonOptions: ParsableArguments {
  @Option(help: "Output format: text or json (the 'set format' command changes it in a session).")
  var format: Format = .text

  @Option(help: "Colour: auto (only on a terminal), on, or off. NO_COLOR always turns it off.")
  var color: ColorMode = .auto

  @Flag(help: "Print each command, prompt-prefixed, before its output (the transcript format).")
  var echo = false

  @Flag(help: "Stop at the first command that fails (exit status 1).")
  var bail = false

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
  enum ColorMode: String, ExpressibleByArgument, CaseIterable { case auto, on, off }

  func program(step: Bool = false) -> ShellProgram {
    var settings = Settings()
    settings.format = OutputFormat(rawValue: format.rawValue) ?? .text
    settings.color = Settings.ColorMode(rawValue: color.rawValue) ?? .auto
    return ShellProgram(
      catalog: .standard, settings: settings,
      options: RunOptions(echo: echo, bail: bail, step: step),
      environment: ProcessInfoEnvironment.current)
  }
}

/// A mode that runs and reports an exit status instead of throwing.
protocol Mode: ParsableCommand {
  func status() -> Int32
}

@main
struct Hybridbench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hybridbench",
    abstract: "A workbench for hybrid Windows / Active Directory / Azure infrastructure.",
    discussion: """
      With no arguments on a terminal, starts the interactive shell; with standard input from a \
      file or pipe, runs each line as a command; words after the options run as one command \
      (hybridbench addr 10.0.0.1). 'hybridbench -c help' lists the shell's commands. Exit \
      status: 0 when every command succeeded, 1 when any failed, 2 for usage errors.
      """,
    version: ShellProgram.version,
    subcommands: [Interactive.self, Run.self, Check.self],
    defaultSubcommand: Interactive.self)

  static func main() {
    do {
      var command = try parseAsRoot(routed(Array(CommandLine.arguments.dropFirst())))
      if let mode = command as? any Mode { Glibc.exit(mode.status()) }
      try command.run()  // ArgumentParser's own commands: help
      Glibc.exit(0)
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        Glibc.exit(0)
      }
      FileHandleOutput.standardError(message)
      Glibc.exit(2)
    }
  }
}

extension Hybridbench {
  /// Words after the options are one shell command, as the README promises. The one word that
  /// is also a mode, `check`, checks transcripts (`hybridbench check lesson.hbt`) unless its
  /// first word names one of the shell's `check` subcommands, which then runs
  /// (`hybridbench check addresses --file plan.txt`); `./addresses` is a file of that name.
  static func routed(_ arguments: [String]) -> [String] {
    let valued: Set<String> = ["--format", "--color", "-c"]
    var index = 0
    while index < arguments.count, arguments[index].hasPrefix("-") {
      index += valued.contains(arguments[index]) ? 2 : 1
    }
    guard index < arguments.count, arguments[index] == Check.configuration.commandName else {
      return arguments
    }
    guard let word = arguments[(index + 1)...].first(where: { !$0.hasPrefix("-") }) else {
      return arguments
    }
    let registry = CommandCatalog.standard.registry
    let check = registry.root.children.first { $0.word == Check.configuration.commandName }
    let subcommands = check?.children.map(\.word) ?? []
    guard subcommands.contains(where: { $0.hasPrefix(word.lowercased()) }) else { return arguments }
    return [Interactive.configuration.commandName ?? "shell"] + arguments
  }

  struct Interactive: Mode {
    static let configuration = CommandConfiguration(
      commandName: "shell",
      abstract: "The interactive shell, or a script on standard input, or commands with -c.")

    @Option(name: .customShort("c"), help: "Run these commands (separated by ';' or newlines) and exit.")
    var commands: String?

    @OptionGroup var common: CommonOptions

    @Argument(
      parsing: .captureForPassthrough,
      help: "One command to run and exit, as separate words (hybridbench addr 10.0.0.1).")
    var command: [String] = []

    func validate() throws {
      if command.first == "--help" || command.first == "-h" { throw CleanExit.helpRequest(self) }
      if let first = command.first, first.hasPrefix("-") {
        throw ValidationError("unknown option '\(first)'")
      }
      if commands != nil, !command.isEmpty {
        throw ValidationError("give commands either with -c or as words, not both")
      }
    }

    func status() -> Int32 {
      let program = common.program()
      if let commands { return program.commands(commands, exitWhenDone: true) }
      if !command.isEmpty {
        return program.commands(ShellProgram.commandLine(from: command), exitWhenDone: true)
      }
      return program.standardInput()
    }
  }

  struct Run: Mode {
    static let configuration = CommandConfiguration(
      abstract: "Replay scripts (or the inputs of .hbt transcripts) in one session.")

    @Argument(help: "The scripts to run, in order.")
    var files: [String]

    @Flag(help: "Wait for Enter before each command (teaching).")
    var step = false

    @OptionGroup var common: CommonOptions

    func status() -> Int32 {
      common.program(step: step).scripts(files)
    }
  }

  struct Check: Mode {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Replay transcripts (.hbt) and show a unified diff of any output that differs.",
      discussion: """
        A first word that names one of the shell's own 'check' subcommands runs it instead \
        (hybridbench check addresses --file plan.txt); ./NAME is a file of that name.
        """)

    @Argument(help: "The transcripts to check.")
    var files: [String]

    @Flag(help: "Rewrite the transcripts' expected output with what the commands print now.")
    var update = false

    func status() -> Int32 {
      CommonOptions.parseOrExit([]).program().check(files, update: update)
    }
  }
}

/// The process environment as a dictionary, read once.
enum ProcessInfoEnvironment {
  static var current: [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }
}

/// Usage errors go to standard error; this is the executable's only direct write.
enum FileHandleOutput {
  static func standardError(_ text: String) {
    let line = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
    _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}
