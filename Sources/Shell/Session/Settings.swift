import Findings
/// The session's settings, changed with `set`.
public struct Settings: Sendable, Equatable {
  /// When colour is used. `auto`: on a terminal without `NO_COLOR`; `on`: also when output is
  /// not a terminal (for `less -R`), but never with `NO_COLOR`; `off`: never.
  public enum ColorMode: String, Sendable, CaseIterable {
    case auto, on, off
  }

  public var format: OutputFormat = .text
  public var color: ColorMode = .auto
  /// The placement rule pack address verdicts and checks use (`set rules NAME`).
  public var rules = "azure-current"

  public init() {}
}

/// What the process's surroundings allow, decided once at start-up.
public struct Surroundings: Sendable, Equatable {
  /// Standard output is a terminal (and `TERM` is not `dumb`).
  public var outputIsTerminal: Bool
  /// Standard input is a terminal: `pause` and `--step` can wait for Enter.
  public var inputIsTerminal: Bool
  /// `NO_COLOR` is set to a non-empty value (no-color.org).
  public var noColor: Bool

  public init(outputIsTerminal: Bool, inputIsTerminal: Bool, noColor: Bool) {
    self.outputIsTerminal = outputIsTerminal
    self.inputIsTerminal = inputIsTerminal
    self.noColor = noColor
  }

  /// Neither terminal nor colour: how transcripts and tests run.
  public static let batch = Surroundings(outputIsTerminal: false, inputIsTerminal: false, noColor: true)
}

/// Something a command asks of whoever runs the session (the interpreter), since commands only
/// return values.
public enum SessionRequest: Sendable, Equatable {
  case quit
  /// Wait for Enter before going on (lessons).
  case pause
  /// Run the commands of a file in this session.
  case source(FileReference)
  /// From now on, also write everything as a transcript to the file (created already, holding
  /// `preamble`).
  case startRecording(FileReference, preamble: String)
  case stopRecording
}
