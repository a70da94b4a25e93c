import Artifacts
import Findings
import Walkthroughs
import Foundation
import XCTest

@testable import Shell

final class InterpreterTests: XCTestCase {
  private func interpreter(_ options: RunOptions = RunOptions(), base: String = "/tmp") -> Interpreter {
    Interpreter(session: TestCatalog.session(base: base), console: Console(.capture), options: options)
  }

  func testEchoPrintsThePromptedCommandBeforeItsOutput() {
    var run = interpreter(RunOptions(echo: true))
    run.run("say hi")
    run.run("frob")
    XCTAssertEqual(
      run.console.captured,
      "hb> say hi\nhi\nhb> frob\nerror: unknown command 'frob'\n  frob\n  ^\n  type 'help' for a list of commands\n")
    XCTAssertEqual(run.failures, 1)
  }

  func testBailStopsAtTheFirstFailure() {
    var run = interpreter(RunOptions(bail: true))
    XCTAssertFalse(run.run("say a; frob; say b"))
    XCTAssertTrue(run.isFinished)
    XCTAssertFalse(run.run("say c"))
    XCTAssertFalse(run.console.captured.hasSuffix("\nb\n"))
    XCTAssertTrue(run.console.captured.hasPrefix("a\nerror: unknown command 'frob'"))
  }

  func testWithoutBailEveryCommandRuns() {
    var run = interpreter()
    run.run("say a; frob; say b")
    XCTAssertTrue(run.console.captured.hasSuffix("b\n"))
  }

  func testQuitFinishesAndHistoryRecordsLines() {
    var run = interpreter()
    run.run("say a")
    run.run("   ")
    run.run("quit")
    XCTAssertTrue(run.isFinished)
    XCTAssertEqual(run.session.commandHistory, ["say a", "quit"])
  }

  func testFormatJSONAppliesToEveryLaterCommand() {
    var run = interpreter()
    run.run("set format json")
    run.run("say hi")
    XCTAssertEqual(run.console.captured, "{\n  \"text\": \"hi\"\n}\n")
  }

  func testAnErrorInAScriptNamesFileLineAndColumn() {
    var run = interpreter()
    run.run("say 'x", origin: SourceLocation("lesson.hb", line: 3))
    XCTAssertTrue(
      run.console.captured.hasPrefix("lesson.hb:3:5: error: unterminated single quote"), run.console.captured)
  }

  func testQuestionMarkLinesExplainInsteadOfRunning() {
    var run = interpreter()
    run.run("record ?")
    XCTAssertTrue(run.console.captured.contains("start  record what follows"))
    XCTAssertEqual(run.failures, 0)
    XCTAssertTrue(run.session.commandHistory.isEmpty)
  }

  func testRecordSaveAndSourceRoundTrip() throws {
    let base = NSTemporaryDirectory() + "hb-interp-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: base) }
    var run = interpreter(base: base)
    run.run("record start t.hbt")
    run.run("say one")
    run.run("record stop")
    run.run("save session s.hb")
    XCTAssertEqual(
      try String(contentsOfFile: base + "/t.hbt", encoding: .utf8),
      "hb> say one\none\n")
    XCTAssertEqual(try String(contentsOfFile: base + "/s.hb", encoding: .utf8), "say one\n")
    XCTAssertTrue(run.console.captured.contains("wrote t.hbt · transcript · 16 bytes · sha256 "), run.console.captured)

    var replay = interpreter(RunOptions(echo: true), base: base)
    replay.run("source t.hbt")
    XCTAssertEqual(replay.console.captured, "hb> source t.hbt\none\n")
    replay.run("record start t.hbt")
    XCTAssertTrue(replay.console.captured.contains("t.hbt already exists (add --force to replace it)"))
  }

  /// An error in JSON on the console is recorded in JSON, so the transcript replays as recorded.
  func testARecordedErrorKeepsTheCommandsFormat() throws {
    let base = NSTemporaryDirectory() + "hb-interp-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: base) }
    var run = interpreter(base: base)
    run.run("record start j.hbt")
    run.run("say ok; prefix x --bogus --format json")
    run.run("record stop")
    let text = try String(contentsOfFile: base + "/j.hbt", encoding: .utf8)
    XCTAssertTrue(
      text.hasSuffix(
        "hb> prefix x --bogus --format json\n"
          + #"{"error":{"message":"unknown option '--bogus' for 'prefix'","file":null,"line":null,"#
          + #""column":10,"hint":"it takes --force, --to, --count, --format, --help","#
          + #""code":"shell.usage"}}"# + "\n"),
      text)
  }

  func testSourceRefusesEndlessNesting() throws {
    let base = NSTemporaryDirectory() + "hb-loop-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: base) }
    try "source loop.hb\n".write(toFile: base + "/loop.hb", atomically: true, encoding: .utf8)
    var run = interpreter(base: base)
    run.run("source loop.hb")
    XCTAssertTrue(run.console.captured.contains("files nest more than 16 deep"), run.console.captured)
  }
}

final class InterpreterJSONErrorTests: XCTestCase {
  func testErrorsAreJSONWhenTheSessionFormatIsJSON() {
    var run = Interpreter(session: TestCatalog.session(), console: Console(.capture), options: RunOptions())
    run.run("set format json")
    run.run("say 'x", origin: SourceLocation("a.hb", line: 2))
    XCTAssertEqual(
      run.console.captured,
      #"{"error":{"message":"unterminated single quote (expected a closing ')","file":"a.hb","line":2,"column":5,"hint":null,"code":"shell.usage"}}"# + "\n")
  }
}

final class ArtifactRefusalTests: XCTestCase {
  func testRefusalsNameTheFileAsTypedWithACaret() throws {
    let base = NSTemporaryDirectory() + "hb-refusal-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: base) }
    try "x".write(toFile: base + "/taken", atomically: true, encoding: .utf8)
    var run = Interpreter(session: TestCatalog.session(base: base), console: Console(.capture), options: RunOptions())
    run.run("save session taken")
    run.run("save session taken/inner.hb")
    XCTAssertEqual(
      run.console.captured,
      """
      error: taken already exists (add --force to replace it)
        save session taken
                     ^
      error: taken is not a directory
        save session taken/inner.hb
                     ^

      """)
  }
}

final class CommandFormatErrorTests: XCTestCase {
  /// `--format json` on one command makes its error JSON too, though the session is text.
  func testAnErrorFollowsTheCommandsOwnFormat() {
    var run = Interpreter(session: TestCatalog.session(), console: Console(.capture), options: RunOptions())
    run.run("prefix x --bogus --format json")
    XCTAssertTrue(run.console.captured.hasPrefix(#"{"error":{"message":"#), run.console.captured)
    run.run("prefix x --bogus")
    XCTAssertTrue(run.console.captured.contains("\nerror: "), run.console.captured)
  }
}

/// The one presenter: any library error, in text and JSON, with its code and the path as typed.
final class ErrorReportTests: XCTestCase {
  func testLibraryErrorsAreWordedInOnePlace() {
    let file = FileReference(path: "/home/ann/out/lab.yaml", shown: "out/lab.yaml")
    let exists = ErrorReport(error: ArtifactError.exists(file), line: nil, origin: nil)
    XCTAssertEqual(exists.text(.plain), "error: out/lab.yaml already exists (add --force to replace it)")
    XCTAssertEqual(exists.json["error"]?["code"], "artifact.exists")
    let input = InputError("expected a prefix", at: SourceLocation(file, line: 4, column: 2))
    XCTAssertEqual(
      ErrorReport(error: input, line: nil, origin: nil).text(.plain), "error: out/lab.yaml:4:2: expected a prefix")
    let walk = ErrorReport(error: WalkError.atStart, line: nil, origin: nil)
    XCTAssertEqual(walk.json["error"]?["code"], "walk.at-start")
  }
}
