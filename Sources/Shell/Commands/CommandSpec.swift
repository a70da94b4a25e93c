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
  /// A value whose kind the session's state decides (the walk's current question: one of its
  /// choices, a file, or text); the catalog's `valueKinds` says which.
  case contextual(NameKind)
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
  /// A word that comes before the value (`load FILE as NAME`): an optional argument with a
  /// keyword is given as both words or not at all.
  public var keyword: String?
  /// Literal words accepted and offered beside the values of `kind` (`demo` for `load`'s FILE).
  public var suggestions: [String]
  /// A name of this kind is accepted in place of a file (`analyze unattend app1`: a loaded
  /// machine's answer file), and offered beside the paths.
  public var orName: NameKind?

  public init(
    _ name: String, _ kind: ValueKind = .text, _ arity: Arity = .required, keyword: String? = nil,
    suggestions: [String] = [], orName: NameKind? = nil, help: String
  ) {
    self.name = name
    self.kind = kind
    self.arity = arity
    self.keyword = keyword
    self.suggestions = suggestions
    self.orName = orName
    self.help = help
  }

  /// `FILE`, `[FILE]`, `[as NAME]`, `ADDRESS...`, `[WORD...]`, as usage lines show it.
  public var usage: String {
    let value = keyword.map { "\($0) \(name)" } ?? name
    switch arity {
    case .required: return value
    case .optional: return "[\(value)]"
    case .variadic(let minimum): return minimum > 0 ? "\(value)..." : "[\(value)...]"
    }
  }
}

/// A `--name` option: a flag when `value` is nil, otherwise `--name VALUE` or `--name=VALUE`.
public struct OptionSpec: Sendable, Equatable {
  public var name: String
  public var value: ValueKind?
  public var valueName: String
  public var help: String
  /// The option must be given (`ipv6 tunnel --server IPv4`).
  public var isRequired: Bool
  /// The option must be given unless this flag is (`sam fix --to COPY`, unless `--plan`).
  public var unless: String?

  public init(
    _ name: String, value: ValueKind? = nil, valueName: String = "VALUE", required: Bool = false,
    unless: String? = nil, help: String
  ) {
    self.name = name
    self.value = value
    self.valueName = valueName
    self.isRequired = required || unless != nil
    self.unless = unless
    self.help = help
  }

  /// `--to COPY`, `--plan`: the option as usage lines and help show it.
  public var usage: String { value == nil ? "--\(name)" : "--\(name) \(valueName)" }

  /// Every command accepts `--format text|json` to override the session's format once.
  public static let format = OptionSpec(
    "format", value: .choice(["text", "json"]), valueName: "text|json",
    help: "output format for this command (default: the session's, see 'set format')")

  /// Every command accepts `--help`: its full help instead of running (as `help COMMAND`).
  public static let help = OptionSpec("help", help: "show this help instead of running")
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
  /// False for the session's own controls (`record start`, `record stop`, `save session`): a
  /// recording and a saved script leave them out, since replaying them would write the very
  /// file being replayed.
  public var isReplayed: Bool
  public var action: CommandAction

  public init(
    _ path: [String], summary: String, discussion: String? = nil,
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], examples: [String] = [],
    isReplayed: Bool = true, action: @escaping CommandAction
  ) {
    self.isReplayed = isReplayed
    self.path = path
    self.summary = summary
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.examples = examples
    self.action = action
  }

  public var name: String { path.joined(separator: " ") }

  /// How `--NAME` (the text after the dashes) finds an option: the exact name, else the one
  /// option it is a prefix of. Parsing, `?` and Tab all ask this, so they agree.
  public enum OptionMatch: Sendable, Equatable {
    case found(OptionSpec)
    case ambiguous([OptionSpec])
    case unknown
  }

  public func option(matching name: Substring) -> OptionMatch {
    let all = allOptions
    if let exact = all.first(where: { $0.name == name }) { return .found(exact) }
    let matches = name.isEmpty ? [] : all.filter { $0.name.hasPrefix(name) }
    if matches.count == 1 { return .found(matches[0]) }
    return matches.isEmpty ? .unknown : .ambiguous(matches)
  }

  /// The option a whole `--NAME` word names, if exactly one.
  public func option(named word: String) -> OptionSpec? {
    guard word.hasPrefix("--"), case .found(let option) = option(matching: word.dropFirst(2))
    else { return nil }
    return option
  }

  /// The options this command takes, `--format` and `--help` included.
  public var allOptions: [OptionSpec] { options + [.format, .help] }

  /// `record start FILE [--force]`, `sam fix FILE --account NAME (--to COPY | --plan) [--force]`:
  /// required options as required, optional ones in brackets.
  public var usage: String { usage(showingOptional: true) }

  /// The one usage generator: help, `?`, errors and the command list all use it; the list
  /// leaves the optional options out (`showingOptional` false).
  public func usage(showingOptional: Bool) -> String {
    var parts = path + arguments.map(\.usage)
    let alternatives = Set(options.compactMap(\.unless))
    for option in options where option.isRequired {
      if let unless = option.unless, let other = options.first(where: { $0.name == unless }) {
        parts.append("(\(option.usage) | \(other.usage))")
      } else {
        parts.append(option.usage)
      }
    }
    if showingOptional {
      for option in options where !option.isRequired && !alternatives.contains(option.name) {
        parts.append("[\(option.usage)]")
      }
    }
    return parts.joined(separator: " ")
  }
}
