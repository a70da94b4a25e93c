import Foundation
import LineEditing
import XCTest

@testable import Shell

final class CompleterTests: XCTestCase {
  private func complete(_ line: String, base: String = "/tmp") -> [String] {
    Completer(session: TestCatalog.session(base: base)).complete(line).candidates.map(\.insertion)
  }

  func testCommandWords() {
    XCTAssertEqual(complete("he"), ["help"])
    XCTAssertEqual(complete("s"), ["save", "say", "set", "show", "source"])
    XCTAssertEqual(complete("rec "), ["start", "stop"])
    XCTAssertEqual(complete("set f"), ["format"])
  }

  func testChoicesOfAnArgument() {
    XCTAssertEqual(complete("set format "), ["text", "json"])
    XCTAssertEqual(complete("set color o"), ["on", "off"])
  }

  func testOptionsOfTheCommandNotYetGiven() {
    XCTAssertEqual(complete("prefix x --f"), ["--force", "--format", "--fail-on"])
    XCTAssertEqual(complete("prefix x --force --f"), ["--format", "--fail-on"])
  }

  func testFormatOfEveryCommandOffersTheReportFormats() {
    XCTAssertEqual(complete("say hi --format "), ["text", "json", "markdown", "sarif"])
    XCTAssertEqual(complete("say hi --fail-on "), ["error", "warning"])
  }

  func testExplainCompletesRuleIds() {
    let session = Session(catalog: .standard, surroundings: .batch, baseDirectory: "/tmp")
    let candidates = Completer(session: session).complete("explain DJ-OU-NOT-").candidates
    XCTAssertEqual(candidates.map(\.insertion), ["DJ-OU-NOT-A-DN", "DJ-OU-NOT-OU"])
  }

  func testOptionValueKinds() {
    XCTAssertEqual(complete("prefix x --format j"), ["json"])
  }

  func testNamesFromTheSessionAreQuotedWhenNeeded() {
    XCTAssertEqual(complete("show vnet l"), ["lab", "'Lab Two'"])
    XCTAssertEqual(complete("show vnet 'L"), ["'lab'", "'Lab Two'"])
  }

  func testHelpCompletesCommandNames() {
    XCTAssertTrue(complete("help rec").contains("'record start'"))
  }

  func testFilePathsWithDirectoriesLeftOpen() throws {
    let base = NSTemporaryDirectory() + "hb-complete-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base + "/examples", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: base + "/examples/contoso lab.yaml", contents: Data())
    _ = FileManager.default.createFile(atPath: base + "/ex.hb", contents: Data())
    _ = FileManager.default.createFile(atPath: base + "/.hidden", contents: Data())
    defer { try? FileManager.default.removeItem(atPath: base) }
    let completions = Completer(session: TestCatalog.session(base: base)).complete("source ex")
    XCTAssertEqual(completions.candidates.map(\.insertion), ["ex.hb", "examples/"])
    XCTAssertEqual(completions.candidates.map(\.isFinal), [true, false])
    XCTAssertEqual(complete("source examples/c", base: base), ["'examples/contoso lab.yaml'"])
    XCTAssertEqual(complete("source ", base: base), ["ex.hb", "examples/"])
    XCTAssertEqual(complete("source .h", base: base), [".hidden"])
  }

  func testLongestCommonPrefixAndColumns() {
    XCTAssertEqual(Completions.longestCommonPrefix(["record", "recall", "rec"]), "rec")
    XCTAssertEqual(Completions.longestCommonPrefix(["café", "cafés"]), "café")
    XCTAssertEqual(Completions.columns(["a", "bb", "ccc"], width: 10), "a    bb\nccc")
  }
}
