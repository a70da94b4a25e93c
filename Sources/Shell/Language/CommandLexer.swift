import Findings

/// Splits a command line into commands and words.
///
/// The rules, chosen for Windows names typed at a shell: words are separated by blanks; `'…'`
/// keeps everything literally; `"…"` keeps everything but `\"` and `\\`; outside quotes a
/// backslash escapes only a character that would otherwise be special (blank, quote, `;`, `#`,
/// backslash), so `CORP\admin` and `C:\Windows` stay as typed; `;` separates commands; `#` at the
/// start of a word starts a comment that runs to the end of the line.
public enum CommandLexer {
  /// The state the line ended in, for completion and `?`: the last word may still be open.
  public struct Partial: Sendable, Equatable {
    /// Complete commands before the last `;`, and the words of the last command.
    public var words: [Word]
    /// The last word as typed (raw, quotes included), empty when the line ends in a blank.
    public var typedTail: String
    /// The last word's text so far (quotes resolved), when the line does not end in a blank.
    public var tail: String?
    /// The quote still open at the end, if any.
    public var openQuote: Character?
    /// True when the line ends inside a comment.
    public var inComment: Bool
  }

  /// Lexes a whole line; an unterminated quote is an error at the quote's column.
  public static func commands(in line: String) throws(ShellError) -> [CommandWords] {
    var lexer = Lexer(line)
    let result = lexer.run()
    if let quote = lexer.openQuote {
      throw ShellError(
        "unterminated \(quote == "'" ? "single" : "double") quote (expected a closing \(quote))",
        column: lexer.openQuoteColumn)
    }
    return result.filter { !$0.words.isEmpty }
  }

  /// Lexes the text before the cursor without failing, for completion and help.
  public static func partial(_ line: String) -> Partial {
    var lexer = Lexer(line)
    let commands = lexer.run()
    let last = commands.last?.words ?? []
    let endsInWord = lexer.wordOpen
    var words = last
    var tail: String?
    var typed = ""
    if endsInWord, let open = words.popLast() {
      tail = open.text
      typed = String(line.unicodeScalars.dropFirst(open.column - 1))
    }
    return Partial(
      words: words, typedTail: typed, tail: tail, openQuote: lexer.openQuote,
      inComment: lexer.inComment)
  }

  /// Quotes `text` so it lexes back to itself as one word; plain words are left bare.
  public static func quote(_ text: String) -> String { CommandQuoting.word(text) }
}

/// The single pass behind `CommandLexer`, over Unicode scalars.
private struct Lexer {
  let scalars: [Unicode.Scalar]
  var commands: [CommandWords] = []
  var words: [Word] = []
  var current = ""
  var currentColumn = 0
  var currentQuoted = false
  var wordOpen = false
  var openQuote: Character?
  var openQuoteColumn = 0
  var inComment = false
  /// Where the command being lexed started (a scalar index).
  var commandStart = 0
  /// Where a comment began, if the line has one: it is not part of the last command's text.
  var commentStart: Int?

  init(_ line: String) { scalars = Array(line.unicodeScalars) }

  mutating func run() -> [CommandWords] {
    var i = 0
    let n = scalars.count
    while i < n {
      let c = scalars[i]
      let column = i + 1
      if let quote = openQuote {
        if c == Unicode.Scalar(String(quote)) {
          openQuote = nil
        } else if quote == "\"", c == "\\", i + 1 < n, scalars[i + 1] == "\"" || scalars[i + 1] == "\\" {
          i += 1
          current.unicodeScalars.append(scalars[i])
        } else {
          current.unicodeScalars.append(c)
        }
        i += 1
        continue
      }
      switch c {
      case " ", "\t", "\r", "\n":
        finishWord()
      case ";":
        finishWord()
        commands.append(command(words, endColumn: column, upTo: i))
        words = []
        commandStart = i + 1
      case "#" where !wordOpen:
        inComment = true
        commentStart = i
        i = n
        continue
      case "'", "\"":
        startWord(column)
        currentQuoted = true
        openQuote = Character(c)
        openQuoteColumn = column
      case "\\":
        startWord(column)
        if i + 1 < n, Self.escapable.contains(scalars[i + 1]) {
          i += 1
          current.unicodeScalars.append(scalars[i])
          currentQuoted = true
        } else {
          current.unicodeScalars.append(c)
        }
      default:
        startWord(column)
        current.unicodeScalars.append(c)
      }
      i += 1
    }
    let end = n + 1
    if openQuote == nil { finishWordKeepingOpen() } else { pushCurrent() }
    commands.append(command(words, endColumn: end, upTo: commentStart ?? n))
    return commands
  }

  /// The current command, with its source up to (not including) scalar `end`, blanks trimmed.
  func command(_ words: [Word], endColumn: Int, upTo end: Int) -> CommandWords {
    var slice = scalars[min(commandStart, end)..<end]
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
    var text = ""
    text.unicodeScalars.append(contentsOf: slice)
    return CommandWords(words: words, endColumn: endColumn, text: text, startColumn: slice.startIndex + 1)
  }

  static let escapable: Set<Unicode.Scalar> = [" ", "\t", "'", "\"", ";", "#", "\\"]

  mutating func startWord(_ column: Int) {
    if !wordOpen {
      wordOpen = true
      currentColumn = column
    }
  }

  mutating func finishWord() {
    if wordOpen { pushCurrent() }
    wordOpen = false
  }

  /// At the end of the line the last word stays "open" (the cursor may still be in it).
  mutating func finishWordKeepingOpen() {
    if wordOpen { pushCurrent() }
  }

  mutating func pushCurrent() {
    words.append(Word(current, column: currentColumn, isQuoted: currentQuoted))
    current = ""
    currentQuoted = false
  }
}
