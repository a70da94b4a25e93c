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
    XCTAssertEqual(complete("prefix x --f"), ["--force", "--format"])
    XCTAssertEqual(complete("prefix x --force --f"), ["--format"])
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

/// Completion and `?` over the real catalog: literal suggestions, the walk's current question,
/// names listed by `?`, and options matched the way the parser matches them.
final class StandardCompletionTests: XCTestCase {
  private var base = ""

  override func setUpWithError() throws {
    base = NSTemporaryDirectory() + "hb-standard-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: base + "/dhcp.txt", contents: Data())
    _ = FileManager.default.createFile(atPath: base + "/plan.txt", contents: Data())
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: base)
  }

  private func interpreter() -> Interpreter {
    Interpreter(
      session: Session(catalog: .standard, surroundings: .batch, baseDirectory: base),
      console: Console(.capture), options: RunOptions())
  }

  private func complete(_ line: String, _ run: Interpreter) -> [String] {
    Completer(session: run.session).complete(line).candidates.map(\.insertion)
  }

  func testLoadOffersTheDemoBesideFiles() {
    XCTAssertEqual(complete("load d", interpreter()), ["demo", "dhcp.txt"])
  }

  func testWalkAnswerOffersTheQuestionsChoicesThenPaths() {
    var run = interpreter()
    run.run("walk start sysprep-recovery; walk next")
    XCTAssertEqual(complete("walk answer ", run), ["yes", "no"])
    run.run("walk answer yes")
    XCTAssertEqual(complete("walk answer p", run), ["plan.txt"])
  }

  func testQuestionMarkListsTheNamesTheSessionKnows() {
    var run = interpreter()
    run.run("load demo")
    let help = Completer(session: run.session).explain("show vnet ") ?? ""
    XCTAssertTrue(help.contains("one of: "), help)
    for vnet in run.session.environments.current?.azure.vnets.map(\.name) ?? [] {
      XCTAssertTrue(help.contains(vnet), help)
    }
  }

  func testAnAbbreviatedOptionCompletesItsValueAsTheParserReadsIt() {
    XCTAssertEqual(complete("addr --fi p", interpreter()), ["plan.txt"])
    XCTAssertEqual(complete("addr --fi plan.txt --s", interpreter()), ["--summary"])
  }
}
