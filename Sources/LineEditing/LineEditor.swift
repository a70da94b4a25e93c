import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads command lines from a terminal through libedit: prompt, history, Tab completion and `?`
/// help. Only this module touches libedit; the shell hands it closures for completion and help.
///
/// C callbacks cannot capture context, so the editor stores itself (unretained) in libedit's
/// `EL_CLIENTDATA` and every callback recovers it from there.
public final class LineEditor {
  /// What one read produced.
  public enum ReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the half-typed line is abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
  }

  let completer: (String) -> Completions
  let helper: (String) -> String?
  private var editLine: OpaquePointer?
  private var history: OpaquePointer?
  private var event = HistEvent()
  private var promptStorage: UnsafeMutablePointer<CChar>?
  private let historyFile: HistoryFile?
  /// The line and cursor after the last Tab that made no progress: a second Tab there lists.
  var lastStuckCompletion: String?
  /// Set by the Ctrl-C key function: the line libedit returns next is abandoned.
  var interrupted = false

  /// Opens an editor on the process's terminal.
  ///
  /// - Parameters:
  ///   - programName: the name `~/.editrc` bindings are keyed by.
  ///   - historyFile: where history persists across runs; nil keeps it in memory only.
  ///   - completer: given the text before the cursor, the word to complete and its candidates.
  ///   - helper: given the text before the cursor, help for that position (for `?`), or nil to
  ///     insert a literal `?`.
  public init(
    programName: String, historyFile: HistoryFile?,
    completer: @escaping (String) -> Completions,
    helper: @escaping (String) -> String?
  ) {
    self.completer = completer
    self.helper = helper
    self.historyFile = historyFile
    setlocale(LC_CTYPE, "")  // multibyte (UTF-8) editing: without it Backspace splits 'é'
    InterruptSignal.install()
    editLine = hb_el_init(programName)
    history = history_init()
    hb_history_setsize(history, &event, Int32(HistoryFile.maximumEntries))
    hb_history_setunique(history, &event, 1)
    if let path = historyFile?.path, access(path, R_OK) == 0 {
      hb_history_load(history, &event, path)
    }
    hb_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    hb_el_set_editor(editLine, "emacs")
    hb_el_set_signal(editLine, 1)  // restore the tty on SIGINT/SIGTSTP, resize on SIGWINCH
    hb_el_set_hist(editLine, history)
    hb_el_set_prompt_esc(editLine, { el in LineEditor.from(el)?.promptStorage }, 1)
    hb_el_addfn(editLine, "hb-complete", "Complete the word before the cursor") { el, _ in
      LineEditor.from(el)?.complete(el) ?? UInt8(CC_ERROR)
    }
    hb_el_addfn(editLine, "hb-help", "Explain the word before the cursor") { el, _ in
      LineEditor.from(el)?.explain(el) ?? UInt8(CC_ERROR)
    }
    hb_el_addfn(editLine, "hb-interrupt", "Abandon the line (Ctrl-C)") { el, _ in
      guard let el, let editor = LineEditor.from(el) else { return UInt8(CC_ERROR) }
      editor.interrupted = true
      // As bash, psql and python do: '^C' after the abandoned text, and the next prompt on a
      // line of its own. Rewriting the text after the cursor moves the cursor to the end.
      editor.write(LineEditor.textAfterCursor(el) + "^C\n")
      return UInt8(CC_NEWLINE)
    }
    hb_el_edit_mode_without_isig(editLine)
    hb_el_bind(editLine, "^I", "hb-complete")
    hb_el_bind(editLine, "?", "hb-help")
    hb_el_bind(editLine, "^C", "hb-interrupt")
    el_source(editLine, nil)  // the user's ~/.editrc wins over these defaults
  }

  deinit { close() }

  /// Saves history and restores the terminal. Safe to call more than once; call it on every exit
  /// path, since a top-level value is never deinitialised.
  public func close() {
    if let history {
      history_end(history)
      self.history = nil
    }
    if let editLine {
      el_end(editLine)
      self.editLine = nil
    }
    free(promptStorage)
    promptStorage = nil
  }

  /// Reads one line. The prompt may hold terminal escapes between `\u{1}` delimiters; they do
  /// not count toward its width.
  public func readLine(prompt: String) -> ReadResult {
    guard let editLine else { return .endOfInput }
    free(promptStorage)
    promptStorage = strdup(prompt)
    lastStuckCompletion = nil
    interrupted = false
    var count: Int32 = 0
    guard let raw = el_gets(editLine, &count) else {
      guard count == -1 && errno == EINTR else { return .endOfInput }
      write("\n")  // a SIGINT from elsewhere (kill -INT): start the next prompt on its own line
      return .interrupted
    }
    if interrupted { return .interrupted }
    var line = String(cString: raw)  // copy now: libedit reuses the buffer
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Adds a line to the history and persists the file (mode 0600). Blank lines, lines with
  /// control characters and very long lines stay out, so the file never holds garbage.
  public func remember(_ line: String) {
    guard let history, HistoryFile.isWorthKeeping(line) else { return }
    hb_history_enter(history, &event, line)
    if let historyFile { historyFile.save { hb_history_save(history, &event, $0) } }
  }

  /// Writes text to the terminal between reads (used for completion lists and `?` help).
  func write(_ text: String) {
    hb_write_stdout(text)
  }

  static func from(_ el: OpaquePointer?) -> LineEditor? {
    guard let el, let raw = hb_el_get_clientdata(el) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(raw).takeUnretainedValue()
  }
}
