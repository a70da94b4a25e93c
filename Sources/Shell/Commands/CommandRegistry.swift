/// Every command the shell knows, as a tree of command words.
///
/// Any unique prefix of a command word is accepted (`rec sta` is `record start`), an exact match wins
/// over a longer name, and a quoted word is never taken as a command word.
public struct CommandRegistry: Sendable {
  /// A command word: a runnable command, a group of subcommands, or both (`prefix CIDR` and
  /// `prefix split ...`).
  public struct Node: Sendable {
    public var word: String
    public var spec: CommandSpec?
    public var children: [Node]
    /// A one-line description for groups that are not commands themselves.
    public var summary: String?

    func child(named word: String) -> Node? { children.first { $0.word == word } }
  }

  public private(set) var root = Node(word: "", spec: nil, children: [], summary: nil)

  public init(_ specs: [CommandSpec] = [], groups: [String: String] = [:]) {
    for spec in specs { add(spec) }
    for (word, summary) in groups {
      if let index = root.children.firstIndex(where: { $0.word == word }) {
        root.children[index].summary = summary
      }
    }
  }

  /// Adds a command; a later declaration of the same path replaces the earlier one.
  public mutating func add(_ spec: CommandSpec) {
    Self.insert(spec, at: spec.path[...], into: &root)
  }

  private static func insert(_ spec: CommandSpec, at path: ArraySlice<String>, into node: inout Node) {
    guard let word = path.first else {
      node.spec = spec
      return
    }
    if let index = node.children.firstIndex(where: { $0.word == word }) {
      insert(spec, at: path.dropFirst(), into: &node.children[index])
    } else {
      var child = Node(word: word, spec: nil, children: [], summary: nil)
      insert(spec, at: path.dropFirst(), into: &child)
      let index = node.children.firstIndex { $0.word > word } ?? node.children.endIndex
      node.children.insert(child, at: index)
    }
  }

  /// Every command, in path order.
  public var allSpecs: [CommandSpec] {
    var specs: [CommandSpec] = []
    func walk(_ node: Node) {
      if let spec = node.spec { specs.append(spec) }
      node.children.forEach(walk)
    }
    walk(root)
    return specs
  }

  /// Where command-word resolution stopped: the node reached and how many words it consumed.
  public struct Resolution: Sendable {
    public var node: Node
    public var consumed: Int
    /// The path of command words actually matched.
    public var path: [String]
  }

  /// Follows command words from the start of `words` as far as they go.
  ///
  /// Throws for an unknown or ambiguous word where a command word is required.
  public func resolve(_ words: [Word], requireCommand: Bool = true) throws(ShellError) -> Resolution {
    var node = root
    var path: [String] = []
    var index = 0
    while index < words.count, !node.children.isEmpty {
      let word = words[index]
      if word.isQuoted { break }
      let matches = Self.matches(for: word.text, in: node)
      if matches.count == 1 {
        node = matches[0]
        path.append(node.word)
        index += 1
        continue
      }
      if matches.count > 1 {
        throw ShellError(
          "ambiguous command word '\(word.text)': it could be \(Self.list(matches.map(\.word)))",
          column: word.column)
      }
      if let spec = node.spec, !spec.arguments.isEmpty || word.text.hasPrefix("-") { break }
      throw unknownWord(word, in: node, path: path)
    }
    if requireCommand, node.spec == nil {
      let end = index < words.count ? words[index].column : nil
      let name = path.joined(separator: " ")
      throw ShellError(
        "'\(name)' needs one of: \(Self.list(node.children.map(\.word)))", column: end,
        hint: "type 'help \(name)' for what each does")
    }
    return Resolution(node: node, consumed: index, path: path)
  }

  /// The children of `node` that `text` names: the exact match, else all prefix matches.
  static func matches(for text: String, in node: Node) -> [Node] {
    let lowered = text.lowercased()
    if let exact = node.child(named: lowered) { return [exact] }
    return node.children.filter { $0.word.hasPrefix(lowered) }
  }

  private func unknownWord(_ word: Word, in node: Node, path: [String]) -> ShellError {
    let suggestion = Self.closest(to: word.text.lowercased(), among: node.children.map(\.word))
    let hint = suggestion.map { "did you mean '\((path + [$0]).joined(separator: " "))'? (type 'help' for a list)" }
      ?? "type 'help' for a list of commands"
    let shown = ShellError.abbreviated(word.text)
    if path.isEmpty {
      return ShellError("unknown command '\(shown)'", column: word.column, hint: hint)
    }
    return ShellError(
      "unknown subcommand '\(shown)' for '\(path.joined(separator: " "))'; expected one of: "
        + Self.list(node.children.map(\.word)), column: word.column, hint: suggestion == nil ? nil : hint)
  }

  /// The candidate within edit distance 2 (or a third of the word's length), if there is one.
  static func closest(to word: String, among candidates: [String]) -> String? {
    guard word.count <= 64 else { return nil }
    let limit = max(2, word.count / 3)
    return candidates
      .map { ($0, editDistance(word, $0)) }
      .filter { $0.1 <= limit }
      .min { $0.1 < $1.1 }?.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  static func list(_ words: [String]) -> String {
    words.map { "'\($0)'" }.joined(separator: ", ")
  }
}

extension ShellError {
  /// Long user text is cut in messages so an error stays one line.
  static func abbreviated(_ text: String, limit: Int = 40) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(limit)) + "… (\(text.count) characters)"
  }
}
