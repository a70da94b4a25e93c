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
    XCTAssertEqual(registry.explain("prefix x --f"), "  --force   force\n  --format  output format for this command (default: the session's, see 'set format')")
  }

  func testQuestionMarkInsideQuotesIsLiteral() {
    XCTAssertNil(registry.explain("say 'what"))
  }

  func testQuestionMarkAfterAnUnknownWordSaysSo() {
    XCTAssertEqual(registry.explain("frob "), "error: unknown command 'frob'")
  }
}

/// One usage generator for help, `?`, errors and the command list, in one style.
final class UsageTests: XCTestCase {
  let registry = CommandCatalog.standard.registry

  private func spec(_ line: String) throws -> CommandSpec {
    let words = try XCTUnwrap(CommandLexer.commands(in: line).first).words
    return try XCTUnwrap(registry.resolve(words).node.spec)
  }

  func testRequiredOptionsShowAsRequired() throws {
    XCTAssertEqual(try spec("sam fix").usage, "sam fix FILE --account NAME (--to COPY | --plan) [--force]")
    XCTAssertEqual(
      try spec("ipv6 tunnel").usage,
      "ipv6 tunnel --server IPv4 --client IPv4 --tunnel PREFIX --routed PREFIX [--lan NAME] "
        + "[--to FILE] [--force]")
    let overview = registry.overview()
    XCTAssertTrue(overview.contains("\n  load FILE [as NAME]  "), overview)
    XCTAssertTrue(overview.contains("\n  sam fix FILE --account NAME (--to COPY | --plan)  "), overview)
  }

  func testAMissingRequiredOptionIsAnErrorFromTheDeclaration() {
    var session = Session(catalog: .standard, surroundings: .batch, baseDirectory: "/tmp")
    let command = try! CommandLexer.commands(in: "ipv6 tunnel --server 1.2.3.4")[0]
    XCTAssertThrowsError(try session.run(command)) { error in
      XCTAssertEqual(
        (error as? ShellError)?.message, "'ipv6 tunnel' needs --client IPv4: this router's IPv4 (private behind NAT)")
    }
  }

  func testTheCommandListIsOneStyle() {
    let list = registry.explain("") ?? ""
    for line in list.split(separator: "\n") {
      let text = String(line)
      let afterWord = text.drop(while: { $0 == " " }).drop(while: { $0 != " " })
      let summary = String(afterWord.drop(while: { $0 == " " }))
      XCTAssertFalse(summary.hasSuffix("."), String(line))
      XCTAssertFalse(summary.first?.isUppercase == true && !summary.hasPrefix("IPv6"), String(line))
    }
  }

  func testDashDashHelpShowsTheCommandsHelp() throws {
    var session = Session(catalog: .standard, surroundings: .batch, baseDirectory: "/tmp")
    let command = try CommandLexer.commands(in: "addr 10.0.0.1 --help")[0]
    let (output, _) = try session.run(command)
    XCTAssertTrue(output.text(.plain).hasPrefix("usage: addr [ADDRESS...]"), output.text(.plain))
  }

  func testPluralsAgreeWithTheirCount() throws {
    var session = Session(catalog: .standard, surroundings: .batch, baseDirectory: "/tmp")
    let command = try CommandLexer.commands(in: "prefix split 10.0.0.0/32 32")[0]
    let (output, _) = try session.run(command)
    XCTAssertTrue(output.text(.plain).hasPrefix("10.0.0.0/32 in /32: 1 subnet of 1 address\n"), output.text(.plain))
  }
}
