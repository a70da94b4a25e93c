import XCTest

@testable import Shell

final class TranscriptFormatTests: XCTestCase {
  func testPromptsAreRecognised() {
    XCTAssertEqual(TranscriptPrompt.input(in: "hb> help"), "help")
    XCTAssertEqual(TranscriptPrompt.input(in: "hb[contoso-lab]> show vnets"), "show vnets")
    XCTAssertEqual(TranscriptPrompt.input(in: "hb>"), "")
    XCTAssertNil(TranscriptPrompt.input(in: "hb>x"))
    XCTAssertNil(TranscriptPrompt.input(in: "  hb> help"))
    XCTAssertNil(TranscriptPrompt.input(in: "hb[unclosed> help"))
  }

  func testParsesPreambleBlocksAndContinuations() {
    let transcript = Transcript(parsing: """
      # a lesson
      hb> say a \\
      b
      a b
      hb[lab]> help
      ...

      """)
    XCTAssertEqual(transcript.preamble, ["# a lesson"])
    XCTAssertEqual(transcript.blocks.map(\.command), ["say a b", "help"])
    XCTAssertEqual(transcript.blocks.map(\.line), [2, 5])
    XCTAssertEqual(transcript.blocks[0].inputLines, ["hb> say a \\", "b"])
    XCTAssertEqual(transcript.blocks[0].expected, ["a b"])
    XCTAssertEqual(transcript.blocks[1].expected, ["..."])
  }

  func testTextRoundTripsAndReplacesBlocks() {
    let text = "# x\nhb> say a\na\nhb> say b\nb\n"
    let transcript = Transcript(parsing: text)
    XCTAssertEqual(transcript.text(), text)
    XCTAssertEqual(transcript.text(replacing: [1: ["B"]]), "# x\nhb> say a\na\nhb> say b\nB\n")
  }

  func testWildcardsWithinALine() {
    XCTAssertTrue(LinePattern.matches("wrote [..] · sha256 [..]", "wrote a.txt · sha256 0f1a"))
    XCTAssertTrue(LinePattern.matches("a[..]", "a"))
    XCTAssertFalse(LinePattern.matches("a[..]a", "a"))
    XCTAssertTrue(LinePattern.matches("x  ", "x"))
    XCTAssertFalse(LinePattern.matches("[..]b[..]c", "cb"))
  }

  func testEllipsisMatchesAnyNumberOfLines() {
    XCTAssertTrue(LinePattern.matches(["a", "...", "z"], ["a", "z"]))
    XCTAssertTrue(LinePattern.matches(["a", "...", "z"], ["a", "b", "c", "z"]))
    XCTAssertFalse(LinePattern.matches(["a", "...", "z"], ["a", "b"]))
    XCTAssertTrue(LinePattern.matches(["..."], []))
    XCTAssertFalse(LinePattern.matches(["a"], ["a", "b"]))
  }

  func testUnifiedDiffKeepsCommonLinesAndMarksChanges() {
    XCTAssertEqual(
      UnifiedDiff.lines(expected: ["a", "b", "c"], actual: ["a", "B", "c", "d"]),
      [" a", "+B", "-b", " c", "+d"])
    XCTAssertEqual(UnifiedDiff.lines(expected: ["x[..]"], actual: ["xyz"]), [" xyz"])
  }

  func testCheckReportsOnlyTheBlocksThatDiffer() {
    let check = TranscriptCheck { base in TestCatalog.session(base: base) }
    let transcript = Transcript(parsing: "hb> say one\none\nhb> say two\nthree\nhb> frob\nerror: unknown command 'frob'\n...\n")
    let result = check.check(transcript, baseDirectory: "/tmp")
    XCTAssertEqual(result.failing, [1])
    XCTAssertEqual(result.actual[1], ["two"])
    XCTAssertEqual(
      result.diff(file: "t.hbt"),
      "--- t.hbt (expected)\n+++ t.hbt (actual)\n@@ line 3: hb> say two @@\n+two\n-three")
    XCTAssertEqual(
      result.updatedText,
      "hb> say one\none\nhb> say two\ntwo\nhb> frob\nerror: unknown command 'frob'\n...\n")
  }
}

final class TranscriptPromptCheckTests: XCTestCase {
  func testAWrongPromptIsADifferenceAndUpdateRewritesIt() {
    let check = TranscriptCheck { base in TestCatalog.session(base: base) }
    let result = check.check(Transcript(parsing: "hb[lab]> say x\nx\n"), baseDirectory: "/tmp")
    XCTAssertEqual(result.failing, [0])
    XCTAssertEqual(result.diff(file: "t.hbt"), "--- t.hbt (expected)\n+++ t.hbt (actual)\n@@ line 1: hb[lab]> say x @@\n-hb[lab]> say x\n+hb> say x\n x")
    XCTAssertEqual(result.updatedText, "hb> say x\nx\n")
  }
}
