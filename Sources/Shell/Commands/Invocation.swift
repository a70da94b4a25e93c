import Findings

/// A command with its arguments and options parsed and checked against its declaration.
public struct Invocation: Sendable {
  public var spec: CommandSpec
  /// Positional values by argument name, in order.
  public var arguments: [String: [Word]]
  /// Option values by option name; a flag maps to an empty list.
  public var options: [String: [Word]]
  /// The directory relative file arguments resolve against.
  public var baseDirectory: String
  /// The column just past the command, for errors about something missing.
  public var endColumn: Int

  /// The value of a single argument, if given.
  public func value(_ name: String) -> String? { arguments[name]?.first?.text }

  /// All values of a (variadic) argument.
  public func values(_ name: String) -> [String] { arguments[name]?.map(\.text) ?? [] }

  /// The words of an argument, with their columns, for errors about a specific value.
  public func words(_ name: String) -> [Word] { arguments[name] ?? [] }

  public func flag(_ name: String) -> Bool { options[name] != nil }

  public func option(_ name: String) -> String? { options[name]?.last?.text }

  /// A file argument or option resolved against the base directory (`~` expanded).
  public func path(_ name: String) -> String? {
    guard let text = value(name) ?? option(name) else { return nil }
    return Self.resolve(text, against: baseDirectory)
  }

  /// Resolves `text` the way file arguments are: `~/` is the home directory, a relative path is
  /// relative to `base`.
  public static func resolve(_ text: String, against base: String, home: String? = nil) -> String {
    if text == "~" || text.hasPrefix("~/"), let home = home ?? ProcessEnvironment.home {
      return home + text.dropFirst()
    }
    if text.hasPrefix("/") || base.isEmpty { return text }
    return base.hasSuffix("/") ? base + text : base + "/" + text
  }

  /// The output format for this run of the command: `--format` if given, else the session's.
  public func format(default session: OutputFormat) -> OutputFormat {
    option("format").flatMap(OutputFormat.init(rawValue:)) ?? session
  }

  /// Parses the words after the command words against `spec`.
  static func parse(
    _ words: ArraySlice<Word>, for spec: CommandSpec, endColumn: Int, baseDirectory: String
  ) throws(ShellError) -> Invocation {
    var positional: [Word] = []
    var options: [String: [Word]] = [:]
    var index = words.startIndex
    var optionsEnded = false
    let all = spec.allOptions
    while index < words.endIndex {
      let word = words[index]
      index += 1
      guard !optionsEnded, !word.isQuoted, word.text.hasPrefix("--") else {
        positional.append(word)
        continue
      }
      if word.text == "--" {
        optionsEnded = true
        continue
      }
      var name = String(word.text.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      let option = try Self.option(named: name, in: all, word: word, spec: spec)
      guard let kind = option.value else {
        if inlineValue != nil {
          throw ShellError("--\(option.name) is a flag and takes no value", column: word.column)
        }
        options[option.name, default: []] = []
        continue
      }
      let value: Word
      if let inlineValue {
        value = Word(inlineValue, column: word.column + name.unicodeScalars.count + 3)
      } else if index < words.endIndex {
        value = words[index]
        index += 1
      } else {
        throw ShellError(
          "--\(option.name) needs a value (\(option.valueName))", column: endColumn)
      }
      try Self.check(value, is: kind, what: "--\(option.name)")
      options[option.name, default: []].append(value)
    }
    let arguments = try Self.assign(positional, to: spec, endColumn: endColumn)
    return Invocation(
      spec: spec, arguments: arguments, options: options, baseDirectory: baseDirectory,
      endColumn: endColumn)
  }

  private static func option(
    named name: String, in options: [OptionSpec], word: Word, spec: CommandSpec
  ) throws(ShellError) -> OptionSpec {
    if let exact = options.first(where: { $0.name == name }) { return exact }
    let matches = options.filter { $0.name.hasPrefix(name) && !name.isEmpty }
    if matches.count == 1 { return matches[0] }
    let known = options.map { "--\($0.name)" }.joined(separator: ", ")
    if matches.count > 1 {
      throw ShellError(
        "ambiguous option '--\(name)': it could be \(matches.map { "--\($0.name)" }.joined(separator: ", "))",
        column: word.column)
    }
    throw ShellError(
      "unknown option '--\(ShellError.abbreviated(name))' for '\(spec.name)'", column: word.column,
      hint: "it takes \(known)")
  }

  /// Hands positional words to the declared arguments in order.
  private static func assign(_ words: [Word], to spec: CommandSpec, endColumn: Int)
    throws(ShellError) -> [String: [Word]]
  {
    var result: [String: [Word]] = [:]
    var remaining = words[...]
    let required = spec.arguments.reduce(0) { count, argument in
      switch argument.arity {
      case .required: count + 1
      case .variadic(let minimum): count + minimum
      case .optional: count
      }
    }
    var requiredLeft = required
    for argument in spec.arguments {
      switch argument.arity {
      case .required:
        guard let word = remaining.popFirst() else {
          throw ShellError(
            "'\(spec.name)' needs \(argument.name): \(argument.help)", column: endColumn,
            hint: "usage: \(spec.usage)")
        }
        try check(word, is: argument.kind, what: argument.name)
        result[argument.name] = [word]
        requiredLeft -= 1
      case .optional:
        if remaining.count > requiredLeft, let word = remaining.popFirst() {
          try check(word, is: argument.kind, what: argument.name)
          result[argument.name] = [word]
        }
      case .variadic(let minimum):
        let take = max(0, remaining.count - (requiredLeft - minimum))
        let taken = Array(remaining.prefix(take))
        remaining = remaining.dropFirst(take)
        if taken.count < minimum {
          throw ShellError(
            "'\(spec.name)' needs at least \(minimum) \(argument.name): \(argument.help)",
            column: endColumn, hint: "usage: \(spec.usage)")
        }
        for word in taken { try check(word, is: argument.kind, what: argument.name) }
        result[argument.name] = taken
        requiredLeft -= minimum
      }
    }
    if let extra = remaining.first {
      throw ShellError(
        "unexpected argument '\(ShellError.abbreviated(extra.text))' for '\(spec.name)'",
        column: extra.column, hint: "usage: \(spec.usage)")
    }
    return result
  }

  private static func check(_ word: Word, is kind: ValueKind, what: String) throws(ShellError) {
    switch kind {
    case .choice(let choices):
      guard choices.contains(word.text) else {
        throw ShellError(
          "\(what) must be one of \(choices.joined(separator: ", ")), not '\(ShellError.abbreviated(word.text))'",
          column: word.column)
      }
    case .number:
      guard Int(word.text) != nil else {
        throw ShellError(
          "\(what) must be a whole number, not '\(ShellError.abbreviated(word.text))'",
          column: word.column)
      }
    case .text, .file, .outputFile, .name:
      break
    }
  }
}

/// Read-only facts from the process environment that value parsing needs.
enum ProcessEnvironment {
  static var home: String? {
    guard let value = getenv("HOME") else { return nil }
    return String(cString: value)
  }
}
