import LineEditing

/// The interactive shell: libedit prompt, history, Tab completion and `?` help on a terminal.
enum Repl {
  /// The banner shown once at start.
  static let banner = "hybridbench \(ShellProgram.version) · 'help' lists commands, Tab completes, '?' after a space lists what may come next"

  static func run(_ interpreter: inout Interpreter, historyFile: HistoryFile?) {
    /// The completion and help callbacks see the session as of the last command.
    final class Snapshot { var session: Session; init(_ s: Session) { session = s } }
    let snapshot = Snapshot(interpreter.session)
    let editor = LineEditor(
      programName: "hybridbench", historyFile: historyFile,
      completer: { Completer(session: snapshot.session).complete($0) },
      helper: { before in
        guard HelpRequest.asks(after: before) else { return nil }
        return Completer(session: snapshot.session).explain(before)
      })
    defer { editor.close() }
    interpreter.console.line(interpreter.session.style.dim(banner))
    interpreter.console.flush()
    var pending: [String] = []
    while !interpreter.isFinished {
      let prompt = pending.isEmpty ? styledPrompt(interpreter.session) : "... "
      switch editor.readLine(prompt: prompt) {
      case .endOfInput:
        interpreter.console.line("")
        return
      case .interrupted:
        pending = []
      case .line(let text):
        pending.append(text)
        if Continuation.strip(text) != nil { continue }
        let logical = pending.map { Continuation.strip($0) ?? $0 }.joined()
        editor.remember(logical)
        interpreter.run(logical, physicalLines: pending)
        snapshot.session = interpreter.session
        pending = []
      }
    }
  }

  /// The prompt, with colour escapes fenced by `\u{1}` so libedit does not count them.
  static func styledPrompt(_ session: Session) -> String {
    let prompt = session.prompt
    guard session.style.color else { return prompt }
    let body = String(prompt.dropLast(2))
    return "\u{1}\u{1B}[1;36m\u{1}\(body)\u{1}\u{1B}[0m\u{1}> "
  }
}
