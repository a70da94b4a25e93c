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

  // Values are read through their declarations (`invocation.value(Self.file)`), so a command
  // cannot ask for a name it never declared and the kind it was checked as travels with it.

  /// The words given for an argument or option, with their columns (an option given twice:
  /// both, the last one wins in `value`).
  public func words(_ declaration: some ValueDeclaration) -> [Word] {
    (declaration.isOption ? options[declaration.name] : arguments[declaration.name]) ?? []
  }

  /// The one word of an argument (the first) or option (the last given), if any.
  public func word(_ declaration: some ValueDeclaration) -> Word? {
    declaration.isOption ? words(declaration).last : words(declaration).first
  }

  /// The text of a single argument or option, if given.
  public func value(_ declaration: some ValueDeclaration) -> String? { word(declaration)?.text }

  /// All values of a (variadic) argument.
  public func values(_ declaration: some ValueDeclaration) -> [String] {
    words(declaration).map(\.text)
  }

  /// True when a flag was given.
  public func flag(_ option: OptionSpec) -> Bool { options[option.name] != nil }

  /// A file argument or option resolved against the base directory (`~` expanded).
  public func path(_ declaration: some ValueDeclaration) -> String? {
    value(declaration).map { Self.resolve($0, against: baseDirectory) }
  }

  /// The word of a required option or argument (the parser refused the command without it).
  public func required(_ declaration: some ValueDeclaration) throws(ShellError) -> Word {
    guard let word = word(declaration) else {
      throw ShellError("'\(spec.name)' needs \(declaration.name)", column: endColumn)
    }
    return word
  }

  /// The resolved path of a required file argument.
  public func path(of declaration: some ValueDeclaration) throws(ShellError) -> String {
    Self.resolve(try required(declaration).text, against: baseDirectory)
  }

  /// A whole-number option (the parser checked it is one).
  public func number(_ option: OptionSpec) -> Int? { value(option).flatMap { Int($0) } }

  /// `--force`, which every writing command declares.
  var force: Bool { options["force"] != nil }

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
  /// A command that declares its own `--format` (the format of a file it writes) is printed in
  /// the session's format.
  public func format(default session: OutputFormat) -> ReportFormat {
    let own = spec.options.contains { $0.name == OptionSpec.format.name }
    let chosen = own ? nil : value(OptionSpec.format).flatMap(ReportFormat.init(rawValue:))
    return chosen ?? (session == .json ? .json : .text)
  }

  /// The severity `--fail-on` names, if given.
  public var failOn: Severity? { value(OptionSpec.failOn).flatMap(Severity.init(rawValue:)) }

  /// Parses the words after the command words against `spec`.
  ///
  /// Values are checked against their kind here, once for every command: choices, numbers, and
  /// files (a `.file` value must name a readable regular file, unless it is one of the
  /// argument's `suggestions` or a name `names` gives for its `orName`).
  static func parse(
    _ words: ArraySlice<Word>, for spec: CommandSpec, endColumn: Int, baseDirectory: String,
    names: @escaping (NameKind) -> [String] = { _ in [] }
  ) throws(ShellError) -> Invocation {
    let values = ValueCheck(baseDirectory: baseDirectory, names: names)
    var positional: [Word] = []
    var options: [String: [Word]] = [:]
    var index = words.startIndex
    var optionsEnded = false
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
      let option = try Self.option(named: name, word: word, spec: spec)
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
      try values.check(value, is: kind, what: "--\(option.name)")
      options[option.name, default: []].append(value)
    }
    for option in spec.options where option.isRequired && options[option.name] == nil {
      if let unless = option.unless, options[unless] != nil { continue }
      let alternative = option.unless.map { " (or --\($0))" } ?? ""
      throw ShellError(
        "'\(spec.name)' needs \(option.usage)\(alternative): \(option.help)", column: endColumn,
        hint: "usage: \(spec.usage)")
    }
    let arguments = try Self.assign(positional, to: spec, endColumn: endColumn, values: values)
    return Invocation(
      spec: spec, arguments: arguments, options: options, baseDirectory: baseDirectory,
      endColumn: endColumn)
  }

  private static func option(named name: String, word: Word, spec: CommandSpec)
    throws(ShellError) -> OptionSpec
  {
    switch spec.option(matching: name[...]) {
    case .found(let option):
      return option
    case .ambiguous(let matches):
      throw ShellError(
        "ambiguous option '--\(name)': it could be \(matches.map { "--\($0.name)" }.joined(separator: ", "))",
        column: word.column)
    case .unknown:
      let known = spec.allOptions.map { "--\($0.name)" }.joined(separator: ", ")
      throw ShellError(
        "unknown option '--\(ShellError.abbreviated(name))' for '\(spec.name)'", column: word.column,
        hint: "it takes \(known)")
    }
  }

  /// Hands positional words to the declared arguments in order.
  private static func assign(
    _ words: [Word], to spec: CommandSpec, endColumn: Int, values: ValueCheck
  ) throws(ShellError) -> [String: [Word]] {
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
        try values.check(word, for: argument)
        result[argument.name] = [word]
        requiredLeft -= 1
      case .optional:
        if let keyword = argument.keyword {
          guard let first = remaining.first, !first.isQuoted, first.text.lowercased() == keyword
          else { continue }
          remaining.removeFirst()
          guard remaining.count > requiredLeft, let word = remaining.popFirst() else {
            throw ShellError(
              "expected \(argument.name) after '\(keyword)': \(argument.help)", column: endColumn,
              hint: "usage: \(spec.usage)")
          }
          try values.check(word, for: argument)
          result[argument.name] = [word]
        } else if remaining.count > requiredLeft, let word = remaining.popFirst() {
          try values.check(word, for: argument)
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
        for word in taken { try values.check(word, for: argument) }
        result[argument.name] = taken
        requiredLeft -= minimum
      }
    }
    if let extra = remaining.first {
      if let index = spec.arguments.firstIndex(where: { $0.keyword != nil && result[$0.name] == nil }),
        let keyword = spec.arguments[index].keyword
      {
        let after = index > 0 ? " after \(spec.arguments[index - 1].name)" : ""
        throw ShellError(
          "expected '\(keyword) \(spec.arguments[index].name)'\(after)", column: extra.column,
          hint: "usage: \(spec.usage)")
      }
      throw ShellError(
        "unexpected argument '\(ShellError.abbreviated(extra.text))' for '\(spec.name)'",
        column: extra.column, hint: "usage: \(spec.usage)")
    }
    return result
  }
}

/// Checks a value against its declared kind, so no command checks its own files.
struct ValueCheck {
  var baseDirectory: String
  var names: (NameKind) -> [String]

  func check(_ word: Word, for argument: ArgumentSpec) throws(ShellError) {
    if argument.suggestions.contains(word.text) { return }
    if let kind = argument.orName, names(kind).contains(where: {
      $0.caseInsensitiveCompare(word.text) == .orderedSame
    }) {
      return
    }
    try check(word, is: argument.kind, what: argument.name)
  }

  func check(_ word: Word, is kind: ValueKind, what: String) throws(ShellError) {
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
    case .file:
      let file = FileReference(
        path: Invocation.resolve(word.text, against: baseDirectory), shown: word.text)
      try FileProbe.requireFile(file, column: word.column)
    case .text, .outputFile, .name, .contextual:
      break
    }
  }
}

/// An argument or option declaration: the key a command reads its parsed value with.
public protocol ValueDeclaration {
  var name: String { get }
  var isOption: Bool { get }
}

extension ArgumentSpec: ValueDeclaration {
  public var isOption: Bool { false }
}

extension OptionSpec: ValueDeclaration {
  public var isOption: Bool { true }
}

/// Read-only facts from the process environment that value parsing needs.
enum ProcessEnvironment {
  static var home: String? {
    guard let value = getenv("HOME") else { return nil }
    return String(cString: value)
  }
}
