import XCTest

@testable import Shell

final class HelpTests: XCTestCase {
  let registry = TestCatalog.catalog.registry

  func testOverviewListsEveryCommandWithItsSummary() {
    let overview = registry.overview()
    let lines = overview.split(separator: "\n")
    XCTAssertTrue(
      lines.contains { $0.hasPrefix("  record start FILE ") && $0.hasSuffix(" record what follows as a transcript (.hbt) in FILE") },
      overview)
    XCTAssertTrue(lines.contains("  prefix split CIDR [LENGTH] [MORE...]  split a prefix"), overview)
  }

  func testFullHelpComesFromTheDeclaration() throws {
    let words = try XCTUnwrap(CommandLexer.commands(in: "rec sta").first).words
    let help = try registry.help(for: words)
    XCTAssertTrue(help.hasPrefix("usage: record start FILE [--force]\n\nrecord what follows"), help)
    XCTAssertTrue(help.contains("  --force"), help)
    XCTAssertTrue(help.contains("  --format text|json"), help)
    XCTAssertTrue(help.contains("examples:\n  record start lessons/first-look.hbt"), help)
  }

  func testHelpOnAGroupListsItsCommands() throws {
    let words = try XCTUnwrap(CommandLexer.commands(in: "record").first).words
    XCTAssertEqual(
      try registry.help(for: words),
      """
      'record' commands:
        record start FILE  record what follows as a transcript (.hbt) in FILE
        record stop        stop recording and write the transcript
      """)
  }

  func testQuestionMarkAfterAGroupListsItsSubcommands() {
    XCTAssertEqual(
      registry.explain("record "),
      """
        start  record what follows as a transcript (.hbt) in FILE
        stop   stop recording and write the transcript
      """)
  }

  func testQuestionMarkOnAPartialWordListsMatchingCommands() {
    XCTAssertEqual(
      registry.explain("sa"),
      """
        save  subcommands: session
        say   print TEXT (narration in lessons)
      """)
  }

  func testQuestionMarkInArgumentPositionExplainsTheNextArgument() {
    XCTAssertEqual(
      registry.explain("prefix split 10.0.0.0/8 "),
      """
        [LENGTH]  new length
      usage: prefix split CIDR [LENGTH] [MORE...]
      """)
    XCTAssertEqual(registry.explain("history "), "  <Enter>  run 'history'\nusage: history")
  }

  func testQuestionMarkOnAnOptionListsMatchingOptions() {
    XCTAssertEqual(
      registry.explain("prefix x --f"),
      "  --force    force\n  --format   output format for this command (default: the session's, see "
        + "'set format')\n  --fail-on  exit status 1 when this command reports a finding at or above "
        + "this severity")
  }

  func testQuestionMarkInsideQuotesIsLiteral() {
    XCTAssertNil(registry.explain("say 'what"))
  }

  func testQuestionMarkAfterAnUnknownWordSaysSo() {
    XCTAssertEqual(registry.explain("frob "), "error: unknown command 'frob'")
  }
}
