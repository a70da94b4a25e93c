/// Help text, generated from the command declarations so it can never drift from the parser.
extension CommandRegistry {
  /// `help` with no arguments: every command with its one-line summary.
  public func overview() -> String {
    let specs = allSpecs
    let width = min(34, (specs.map { Self.shortUsage($0).count }.max() ?? 0) + 2)
    var lines = ["Commands ('help COMMAND' for details, '?' after a space lists what may come next):"]
    for spec in specs {
      let usage = Self.shortUsage(spec)
      let pad = usage.count < width ? String(repeating: " ", count: width - usage.count) : "  "
      lines.append("  \(usage)\(pad)\(spec.summary)")
    }
    lines.append("Words may be abbreviated to any unique prefix ('rec sta' is 'record start', 'sh vnets' is 'show vnets').")
    return lines.joined(separator: "\n")
  }

  /// `help WORDS...`: the full help of a command, or the list of a group's commands.
  public func help(for words: [Word]) throws(ShellError) -> String {
    let resolution = try resolve(words, requireCommand: false)
    if resolution.consumed < words.count {
      let extra = words[resolution.consumed]
      throw ShellError("no command '\((resolution.path + [extra.text]).joined(separator: " "))'", column: extra.column)
    }
    if let spec = resolution.node.spec { return Self.fullHelp(spec, subcommands: resolution.node.children) }
    return Self.groupHelp(resolution.node, path: resolution.path)
  }

  static func shortUsage(_ spec: CommandSpec) -> String {
    spec.usage(showingOptional: false)
  }

  static func fullHelp(_ spec: CommandSpec, subcommands: [Node]) -> String {
    var lines = ["usage: \(spec.usage)", "", spec.summary]
    if let discussion = spec.discussion { lines += ["", discussion] }
    if !spec.arguments.isEmpty {
      lines += ["", "arguments:"]
      lines += aligned(spec.arguments.map { (($0.keyword.map { "\($0) " } ?? "") + $0.name, $0.help) })
    }
    lines += ["", "options:"]
    lines += aligned(spec.allOptions.map { option in
      (option.usage, option.help + (option.isRequired && option.unless == nil ? " (required)" : ""))
    })
    if !subcommands.isEmpty {
      lines += ["", "subcommands:"]
      lines += aligned(subcommands.compactMap { node in
        node.spec.map { (shortUsage($0), $0.summary) }
      })
    }
    if !spec.examples.isEmpty {
      lines += ["", "examples:"]
      lines += spec.examples.map { "  \($0)" }
    }
    return lines.joined(separator: "\n")
  }

  static func groupHelp(_ node: Node, path: [String]) -> String {
    var lines: [String] = []
    if let summary = node.summary { lines += [summary, ""] }
    lines.append(path.isEmpty ? "commands:" : "'\(path.joined(separator: " "))' commands:")
    var specs: [CommandSpec] = []
    func walk(_ node: Node) {
      if let spec = node.spec { specs.append(spec) }
      node.children.forEach(walk)
    }
    walk(node)
    lines += aligned(specs.map { (shortUsage($0), $0.summary) })
    return lines.joined(separator: "\n")
  }

  static func aligned(_ rows: [(String, String)]) -> [String] {
    let width = min(30, (rows.map(\.0.count).max() ?? 0) + 2)
    return rows.map { left, right in
      let pad = left.count < width ? String(repeating: " ", count: width - left.count) : "  "
      return "  \(left)\(pad)\(right)"
    }
  }

  /// `?` after a partial line: what may come at that position, without running anything.
  /// Returns nil when the `?` is part of a word (inside quotes), so it is inserted literally.
  /// `values` lists what the session offers for an argument (the vnets for `show vnet ?`).
  public func explain(_ before: String, values: (ValueKind) -> [String] = { _ in [] }) -> String? {
    let partial = CommandLexer.partial(before)
    if partial.openQuote != nil || partial.inComment { return nil }
    let resolution: Resolution
    do {
      resolution = try resolve(partial.words, requireCommand: false)
    } catch {
      return "error: \(error.message)"
    }
    let node = resolution.node
    let tail = partial.tail ?? ""
    let inCommandPosition = resolution.consumed == partial.words.count && !node.children.isEmpty
    if inCommandPosition {
      let children = node.children.filter { $0.word.hasPrefix(tail.lowercased()) }
      if !children.isEmpty || node.spec == nil {
        if children.isEmpty { return "no command starts with '\(tail)'" }
        return Self.aligned(children.map { child in
          (child.word, child.spec?.summary ?? child.summary ?? Self.subcommandList(child))
        }).joined(separator: "\n")
      }
    }
    guard let spec = node.spec else { return nil }
    if tail.hasPrefix("-") {
      let name = tail.drop { $0 == "-" }
      let options = spec.allOptions.filter { $0.name.hasPrefix(name) }
      if options.isEmpty { return "'\(spec.name)' has no option starting with '\(tail)'" }
      return Self.aligned(options.map { ("--\($0.name)", $0.help) }).joined(separator: "\n")
    }
    let given = Self.positionalCount(partial.words[resolution.consumed...], spec: spec)
    var lines: [String] = []
    if let argument = Self.argument(at: given, in: spec) {
      lines.append(contentsOf: Self.aligned([(argument.usage, argument.help)]))
      let offered = argument.suggestions + values(argument.kind)
      if !offered.isEmpty {
        let shown = offered.prefix(Self.valuesShown).joined(separator: ", ")
        let more = offered.count > Self.valuesShown ? ", … (\(offered.count) in all; Tab completes)" : ""
        let label = argument.kind == .file || argument.kind == .outputFile ? "or" : "one of"
        lines.append("  \(label): \(shown)\(more)")
      }
    } else {
      lines.append("  <Enter>  run '\(spec.name)'")
    }
    lines.append("usage: \(spec.usage)")
    return lines.joined(separator: "\n")
  }

  /// How many values `?` lists before it says how many there are.
  static let valuesShown = 20

  private static func subcommandList(_ node: Node) -> String {
    "subcommands: " + node.children.map(\.word).joined(separator: ", ")
  }

  /// How many positional values the words already give (options and their values skipped).
  static func positionalCount(_ words: ArraySlice<Word>, spec: CommandSpec) -> Int {
    var count = 0
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      index += 1
      if !word.isQuoted, word.text.hasPrefix("--") {
        if !word.text.contains("="), spec.option(named: word.text)?.value != nil { index += 1 }
        continue
      }
      count += 1
    }
    return count
  }

  /// The argument the `index`-th positional value belongs to (a variadic one takes the rest).
  static func argument(at index: Int, in spec: CommandSpec) -> ArgumentSpec? {
    var position = 0
    for argument in spec.arguments {
      if case .variadic = argument.arity { return argument }
      if position == index { return argument }
      position += 1
    }
    return nil
  }
}
