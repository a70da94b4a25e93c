import XCTest

@testable import Shell

final class CommandLexerTests: XCTestCase {
  private func words(_ line: String) throws -> [[String]] {
    try CommandLexer.commands(in: line).map { $0.words.map(\.text) }
  }

  func testSplitsOnBlanksAndSemicolons() throws {
    XCTAssertEqual(try words("show env;  addr 10.0.0.1\t10.0.0.2"), [["show", "env"], ["addr", "10.0.0.1", "10.0.0.2"]])
  }

  func testQuotesKeepBlanksAndSpecialCharacters() throws {
    XCTAssertEqual(
      try words(#"perm can 'CORP\AAD_4f2a' write "CN=Ann Admin,OU=Staff; x""#),
      [["perm", "can", #"CORP\AAD_4f2a"#, "write", "CN=Ann Admin,OU=Staff; x"]])
  }

  func testBackslashEscapesOnlySpecialCharactersOutsideQuotes() throws {
    XCTAssertEqual(
      try words(##"a\ b CORP\admin C:\Windows \# \\"##), [["a b", #"CORP\admin"#, #"C:\Windows"#, "#", #"\"#]])
  }

  func testDoubleQuotesUnescapeQuoteAndBackslashOnly() throws {
    XCTAssertEqual(try words(#"say "a \"b\" c\\d \n""#), [["say", #"a "b" c\d \n"#]])
  }

  func testHashStartsACommentOnlyAtAWordStart() throws {
    XCTAssertEqual(try words("say a#b # the rest; is gone"), [["say", "a#b"]])
    XCTAssertEqual(try words("# only a comment"), [])
  }

  func testColumnsAreOneBasedScalarsAndQuotedWordsAreMarked() throws {
    let command = try XCTUnwrap(CommandLexer.commands(in: "say 'é x' y").first)
    XCTAssertEqual(command.words.map(\.column), [1, 5, 11])
    XCTAssertEqual(command.words.map(\.isQuoted), [false, true, false])
    XCTAssertEqual(command.endColumn, 12)
  }

  func testUnterminatedQuoteIsAnErrorAtTheQuote() {
    XCTAssertThrowsError(try CommandLexer.commands(in: "say 'abc")) { error in
      XCTAssertEqual((error as? ShellError)?.column, 5)
      XCTAssertEqual((error as? ShellError)?.message, "unterminated single quote (expected a closing ')")
    }
  }

  func testPartialReportsTheOpenWordAndQuote() {
    let partial = CommandLexer.partial("load 'my fi")
    XCTAssertEqual(partial.words.map(\.text), ["load"])
    XCTAssertEqual(partial.tail, "my fi")
    XCTAssertEqual(partial.typedTail, "'my fi")
    XCTAssertEqual(partial.openQuote, "'")
    XCTAssertNil(CommandLexer.partial("load ").tail)
  }

  func testQuoteRoundTrips() throws {
    for text in ["plain", "two words", "it's", #"a"b\c"#, "", "CN=Ann Admin,OU=Staff"] {
      let quoted = CommandLexer.quote(text)
      XCTAssertEqual(try words("x " + quoted), [["x", text]], quoted)
    }
  }
}
