import LineEditing

/// Tab completion for the command language, driven by the command declarations: command words,
/// subcommands, options, choices, file paths, and names the session knows.
public struct Completer: Sendable {
  public var session: Session

  public init(session: Session) { self.session = session }

  /// Candidates for the word before the cursor.
  public func complete(_ before: String) -> Completions {
    let partial = CommandLexer.partial(before)
    if partial.inComment { return Completions(typed: partial.typedTail, candidates: []) }
    let tail = partial.tail ?? ""
    let registry = session.catalog.registry
    guard let resolution = try? registry.resolve(partial.words, requireCommand: false) else {
      return Completions(typed: partial.typedTail, candidates: [])
    }
    let node = resolution.node
    var candidates: [Completions.Candidate] = []
    if resolution.consumed == partial.words.count, !node.children.isEmpty, partial.openQuote == nil {
      candidates += node.children
        .filter { $0.word.hasPrefix(tail.lowercased()) }
        .map { Completions.Candidate(insertion: $0.word) }
      if !candidates.isEmpty || node.spec == nil {
        return Completions(typed: partial.typedTail, candidates: candidates)
      }
    }
    guard let spec = node.spec else { return Completions(typed: partial.typedTail, candidates: []) }
    let rest = partial.words[resolution.consumed...]
    if partial.openQuote == nil, tail.hasPrefix("--") {
      let name = tail.dropFirst(2)
      let given = Set(rest.compactMap { spec.option(named: $0.text)?.name })
      candidates = spec.allOptions
        .filter { $0.name.hasPrefix(name) && !given.contains($0.name) }
        .map { Completions.Candidate(insertion: "--\($0.name)") }
      return Completions(typed: partial.typedTail, candidates: candidates)
    }
    var kind: ValueKind?
    var suggestions: [String] = []
    if let last = rest.last, !last.isQuoted, let option = spec.option(named: last.text),
      let value = option.value
    {
      kind = value
    } else if let argument = CommandRegistry.argument(
      at: CommandRegistry.positionalCount(rest, spec: spec), in: spec)
    {
      kind = argument.kind
      suggestions = argument.suggestions.filter { $0.hasPrefix(tail) }
    }
    guard let kind else { return Completions(typed: partial.typedTail, candidates: []) }
    let offered = suggestions.map { Self.candidate($0, quote: partial.openQuote) }
    return Completions(
      typed: partial.typedTail,
      candidates: offered + values(of: kind, matching: tail, quote: partial.openQuote))
  }

  /// `?` at the end of `before`, with the values the session offers at that position.
  public func explain(_ before: String) -> String? {
    session.catalog.registry.explain(before) { kind in
      // Names and choices, not the files of a folder: Tab lists those.
      var kind = kind
      if case .contextual(let nameKind) = kind { kind = session.catalog.valueKind(nameKind, in: session) }
      switch kind {
      case .file, .outputFile: return []
      default: return values(of: kind, matching: "", quote: nil).map(\.display)
      }
    }
  }

  private func values(of kind: ValueKind, matching tail: String, quote: Character?)
    -> [Completions.Candidate]
  {
    switch kind {
    case .choice(let choices):
      return choices.filter { $0.hasPrefix(tail) }.map { Self.candidate($0, quote: quote) }
    case .name(let nameKind):
      let lowered = tail.lowercased()
      return session.catalog.names(nameKind, in: session)
        .filter { $0.lowercased().hasPrefix(lowered) }
        .map { Self.candidate($0, quote: quote) }
    case .file, .outputFile:
      return PathCompletion.entries(
        matching: tail, baseDirectory: session.baseDirectory
      ).map { entry in
        var candidate = Self.candidate(entry.path, quote: quote, isFinal: !entry.isDirectory)
        candidate.display = entry.display
        return candidate
      }
    case .contextual(let nameKind):
      let current = session.catalog.valueKind(nameKind, in: session)
      if case .contextual = current { return [] }
      return values(of: current, matching: tail, quote: quote)
    case .text, .number:
      return []
    }
  }

  /// A value quoted for the language, keeping the quote the user opened.
  static func candidate(_ value: String, quote: Character?, isFinal: Bool = true) -> Completions.Candidate {
    let insertion: String
    if let quote {
      insertion = String(quote) + value + (isFinal ? String(quote) : "")
    } else if isFinal {
      insertion = CommandLexer.quote(value)
    } else {
      let quoted = CommandLexer.quote(value)
      insertion = quoted == value ? value : String(quoted.dropLast())
    }
    return Completions.Candidate(insertion: insertion, display: value, isFinal: isFinal)
  }
}
