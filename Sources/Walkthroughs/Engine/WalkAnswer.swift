import Findings

/// Reading an answer the way the shell reads every word: a choice by its value, another
/// spelling or a unique prefix; a file only when it is there to read.
enum WalkAnswer {
  /// The choice `value` names (and what an interpreted answer was read as).
  static func choose(
    _ value: String, among choices: [WalkChoice], question: WalkQuestion
  ) throws(WalkError) -> (value: String, note: String?) {
    let wanted = value.lowercased()
    func spellings(_ choice: WalkChoice) -> [String] {
      [choice.value.lowercased()] + choice.aliases.map { $0.lowercased() }
    }
    if let exact = choices.first(where: { spellings($0).contains(wanted) }) {
      return (exact.value, nil)
    }
    let prefixed = wanted.isEmpty
      ? [] : choices.filter { spellings($0).contains { $0.hasPrefix(wanted) } }
    if prefixed.count == 1 { return (prefixed[0].value, nil) }
    if let read = question.interpret?(value), choices.contains(where: { $0.value == read.choice }) {
      return (read.choice, read.note)
    }
    if prefixed.count > 1 { throw .ambiguousAnswer(value, matches: prefixed.map(\.value)) }
    throw .invalidAnswer(value, allowed: choices.map(\.value))
  }

  /// True when `value` names a file the environment carries inline (the demo's logs).
  static func isInlineArtifact(_ value: String, _ context: WalkContext) -> Bool {
    context.environment?.artifacts.values.contains {
      if case .inline(let name, _) = $0 { return name == value }
      if case .path(let path) = $0 { return path == value }
      return false
    } ?? false
  }

  /// Why the file `value` names (resolved like every answered path) cannot be read, or nil.
  static func fileProblem(_ value: String, _ context: WalkContext) -> String? {
    guard !value.isEmpty else { return "no file named" }
    if value.lowercased() == "none" { return "this step needs the file; it cannot be skipped" }
    var probe = context
    probe.answers["?"] = value
    guard let path = probe.path("?") else { return "no file named" }
    var info = stat()
    guard stat(path, &info) == 0 else { return "no such file" }
    if info.st_mode & S_IFMT == S_IFDIR { return "it is a directory" }
    guard access(path, R_OK) == 0 else { return "it cannot be read (permission denied)" }
    return nil
  }
}
