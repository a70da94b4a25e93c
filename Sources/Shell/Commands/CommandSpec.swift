/// What kind of value an argument or option takes. The kind drives parsing (choices and numbers
/// are checked), completion (files, names from the environment) and help.
public enum ValueKind: Sendable, Equatable {
  case text
  /// An existing file to read; relative paths resolve against the session's base directory.
  case file
  /// A file to write (may not exist yet).
  case outputFile
  case number
  case choice([String])
  /// A name the session knows (an environment, a vnet, a DN, a walkthrough), completed from it.
  case name(NameKind)
}

/// The families of names the loaded state can offer to completion.
public struct NameKind: RawRepresentable, Sendable, Hashable {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Any command word (for `help COMMAND`).
  public static let command = NameKind(rawValue: "command")
}

/// A positional argument.
public struct ArgumentSpec: Sendable, Equatable {
  public enum Arity: Sendable, Equatable {
    case required
    case optional
    /// One or more (`minimum` 1) or any number (`minimum` 0).
    case variadic(minimum: Int)
  }

  public var name: String
  public var kind: ValueKind
  public var arity: Arity
  public var help: String

  public init(_ name: String, _ kind: ValueKind = .text, _ arity: Arity = .required, help: String) {
    self.name = name
    self.kind = kind
    self.arity = arity
    self.help = help
  }

  /// `FILE`, `[FILE]`, `ADDRESS...`, `[WORD...]`, as usage lines show it.
  public var usage: String {
    switch arity {
    case .required: name
    case .optional: "[\(name)]"
    case .variadic(let minimum): minimum > 0 ? "\(name)..." : "[\(name)...]"
    }
  }
}

/// A `--name` option: a flag when `value` is nil, otherwise `--name VALUE` or `--name=VALUE`.
public struct OptionSpec: Sendable, Equatable {
  public var name: String
  public var value: ValueKind?
  public var valueName: String
  public var help: String

  public init(_ name: String, value: ValueKind? = nil, valueName: String = "VALUE", help: String) {
    self.name = name
    self.value = value
    self.valueName = valueName
    self.help = help
  }

  /// Every command accepts `--format` to override the session's format once.
  public static let format = OptionSpec(
    "format", value: .choice(ReportFormat.allCases.map(\.rawValue)),
    valueName: ReportFormat.allCases.map(\.rawValue).joined(separator: "|"),
    help: "output format for this command (default: the session's, see 'set format')")

  /// Every command can write its output to a file instead of printing it.
  public static let out = OptionSpec(
    "out", value: .outputFile, valueName: "FILE",
    help: "write the output to FILE instead of printing it (atomic, sha256 reported)")

  /// Replacing a file `--out` (or the command itself) would write.
  public static let force = OptionSpec("force", help: "replace FILE if it exists")

  /// Findings as failures, for CI.
  public static let failOn = OptionSpec(
    "fail-on", value: .choice(["error", "warning"]), valueName: "error|warning",
    help: "exit status 1 when this command reports a finding at or above this severity")

  /// The options every command takes, implemented once by the interpreter.
  public static let everyCommand = [format, out, force, failOn]
}

/// What a command does with its parsed invocation and the session it runs in.
public typealias CommandAction = @Sendable (Invocation, inout Session) throws -> any CommandOutput

/// A command, declared once: the declaration drives parsing, help, completion and `?`.
public struct CommandSpec: Sendable {
  /// The command words, e.g. `["record", "start"]`.
  public var path: [String]
  public var summary: String
  public var discussion: String?
  public var arguments: [ArgumentSpec]
  public var options: [OptionSpec]
  public var examples: [String]
  public var action: CommandAction

  public init(
    _ path: [String], summary: String, discussion: String? = nil,
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], examples: [String] = [],
    action: @escaping CommandAction
  ) {
    self.path = path
    self.summary = summary
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.examples = examples
    self.action = action
  }

  public var name: String { path.joined(separator: " ") }

  /// The options this command takes, the ones every command takes included (a command's own
  /// `--force` stands for both).
  public var allOptions: [OptionSpec] {
    options
      + OptionSpec.everyCommand.filter { global in !options.contains { $0.name == global.name } }
  }

  /// `record start FILE [--force]`.
  public var usage: String {
    var parts = path + arguments.map(\.usage)
    for option in options {
      parts.append(option.value == nil ? "[--\(option.name)]" : "[--\(option.name) \(option.valueName)]")
    }
    return parts.joined(separator: " ")
  }
}
