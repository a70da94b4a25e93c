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

  /// Every command accepts `--format text|json` to override the session's format once.
  public static let format = OptionSpec(
    "format", value: .choice(["text", "json"]), valueName: "text|json",
    help: "output format for this command (default: the session's, see 'set format')")
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

  /// The options this command takes, `--format` included (a command that writes a file in
  /// several formats declares its own `--format`, which replaces the shared one).
  public var allOptions: [OptionSpec] {
    options.contains { $0.name == "format" } ? options : options + [.format]
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
