import EnvironmentFiles
import EnvironmentModel
import Findings
import Walkthroughs

/// Everything a run of the shell knows: the commands, the settings, what has been typed, and
/// (as capabilities are added) the loaded environments and their state.
///
/// Commands receive the session `inout` and return an output; anything they need from the
/// interpreter (quit, pause, source a file, record) they ask for through `requests`.
public struct Session: Sendable {
  public let catalog: CommandCatalog
  public var settings = Settings()
  public let surroundings: Surroundings
  /// Relative file arguments resolve here: the current directory, or the directory of the
  /// script or transcript being run.
  public var baseDirectory: String
  /// The command lines entered in this session, in order (for `history` and `save session`).
  public var commandHistory: [String] = []
  /// The commands of this session that ran without error, one per command even when a line held
  /// several (`save session` writes them; the session's own controls are left out).
  public var completedCommands: [String] = []
  /// The transcript being recorded, as the user named it (nil when not recording).
  public var recordingTo: String?
  /// Requests made by the command that just ran; the interpreter drains them.
  public var requests: [SessionRequest] = []
  /// The loaded environments and which one is current.
  public var environments = EnvironmentStore()
  /// Walks in progress, one per environment (keyed by its name; `-` without one).
  public var walks: [String: WalkProgress] = [:]
  /// Where state that outlives the process is kept (`.../hybridbench`); nil keeps nothing
  /// (transcript checks, tests).
  public var stateDirectory: String?

  public init(catalog: CommandCatalog, surroundings: Surroundings, baseDirectory: String) {
    self.catalog = catalog
    self.surroundings = surroundings
    self.baseDirectory = baseDirectory
  }

  /// The prompt: `hb> `, or `hb[name]> ` when an environment is current.
  public var prompt: String {
    guard let name = promptContext else { return "hb> " }
    return "hb[\(name)]> "
  }

  /// The name shown in the prompt: the current environment's.
  public var promptContext: String? { environments.currentName }

  /// The text style for this session's output.
  public var style: TextStyle {
    switch settings.color {
    case .off: return .plain
    case .on: return TextStyle(color: !surroundings.noColor)
    case .auto: return TextStyle(color: surroundings.outputIsTerminal && !surroundings.noColor)
    }
  }

  /// The format a command asked for with `--format` (spelt as parsing accepts it), else the
  /// session's: a failed command's error follows it too.
  public func format(of command: CommandWords) -> OutputFormat {
    if let resolution = try? catalog.registry.resolve(command.words),
      let spec = resolution.node.spec,
      let invocation = try? Invocation.parse(
        command.words[resolution.consumed...], for: spec, endColumn: command.endColumn,
        baseDirectory: baseDirectory)
    {
      // Errors have two forms: JSON (asked for by json and sarif) and text.
      let format = invocation.format(default: settings.format)
      return format == .json || format == .sarif ? .json : .text
    }
    // The words did not parse: look for the option itself.
    let words = command.words.map(\.text)
    for (index, word) in words.enumerated() {
      if word.hasPrefix("--format="), let format = OutputFormat(rawValue: String(word.dropFirst(9))) {
        return format
      }
      if word == "--format", index + 1 < words.count,
        let format = OutputFormat(rawValue: words[index + 1])
      {
        return format
      }
    }
    return settings.format
  }

  /// The findings of the last command that checked something (none included), for
  /// `export findings`.
  public var lastFindings: ReportedFindings?

  /// Every file this session wrote, in order, for `export list`.
  public var written: [ArtifactOutput] = []

  /// Parses and runs one command, returning its output and how to render it.
  public mutating func run(_ command: CommandWords) throws -> CommandRun {
    let resolution = try catalog.registry.resolve(command.words)
    guard let spec = resolution.node.spec else {
      throw ShellError("incomplete command")
    }
    let rest = command.words[resolution.consumed...]
    let optionWords = rest.prefix { $0.isQuoted || $0.text != "--" }.filter { !$0.isQuoted }
    if optionWords.contains(where: { $0.text == "--\(OptionSpec.help.name)" }) {
      let help = CommandRegistry.fullHelp(spec, subcommands: resolution.node.children)
      let bare = Invocation(
        spec: spec, arguments: [:], options: [:], baseDirectory: baseDirectory,
        endColumn: command.endColumn)
      return CommandRun(output: TextOutput(help), format: .text, invocation: bare)
    }
    let invocation = try Invocation.parse(
      rest, for: spec, endColumn: command.endColumn, baseDirectory: baseDirectory
    ) { [self] kind in catalog.names(kind, in: self) }
    let output = try spec.action(invocation, &self)
    if let artifact = output as? ArtifactOutput { written.append(artifact) }
    if output.reportsFindings {
      lastFindings = ReportedFindings(command: spec.name, findings: output.findings)
    }
    return CommandRun(
      output: output, format: invocation.format(default: settings.format), invocation: invocation)
  }
}

/// A command that ran: its output and the invocation's choices about rendering it.
public struct CommandRun: Sendable {
  public var output: any CommandOutput
  public var format: ReportFormat
  public var invocation: Invocation
}

/// Findings one command reported, kept for `export findings`.
public struct ReportedFindings: Sendable {
  /// The command's name (`check all`, `analyze netsetup`).
  public var command: String
  public var findings: [Finding]
}
