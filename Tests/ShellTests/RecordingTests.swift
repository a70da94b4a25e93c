import Foundation
import XCTest

@testable import Shell

/// The teaching loop inside one session: what `record` writes, what `save session` keeps, and
/// how `source` resolves paths.
final class RecordingTests: XCTestCase {
  private var base = ""

  override func setUpWithError() throws {
    base = NSTemporaryDirectory() + "hb-recording-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: base)
  }

  private func interpreter(_ surroundings: Surroundings = .batch) -> Interpreter {
    Interpreter(
      session: Session(catalog: .standard, surroundings: surroundings, baseDirectory: base),
      console: Console(.capture), options: RunOptions())
  }

  private func file(_ name: String) throws -> String {
    try String(contentsOfFile: base + "/" + name, encoding: .utf8)
  }

  private func check(_ name: String) -> TranscriptCheck.Result {
    let text = (try? file(name)) ?? ""
    let transcript = Transcript(parsing: text)
    let directory = ShellProgram.directory(of: base + "/" + name)
    return TranscriptCheck { Session(catalog: .standard, surroundings: .batch, baseDirectory: $0) }
      .check(transcript, baseDirectory: ScriptPreamble.directory(fileDirectory: directory, base: transcript.base))
  }

  func testEveryCommandOfASemicolonLineIsRecordedWithItsOwnPrompt() throws {
    var run = interpreter()
    run.run("record start t.hbt; load demo; addr 1.2.3.4; frob x; record stop")
    let text = try file("t.hbt")
    XCTAssertTrue(text.hasPrefix("hb> load demo\nloaded 'contoso-lab'"), text)
    XCTAssertTrue(text.contains("\nhb[contoso-lab]> addr 1.2.3.4\n1.2.3.4 · global unicast"), text)
    XCTAssertTrue(text.contains("\nhb[contoso-lab]> frob x\nerror: unknown command 'frob'\n  frob x\n  ^\n"), text)
    XCTAssertFalse(text.contains("record"), text)
    let result = check("t.hbt")
    XCTAssertTrue(result.passed, result.diff(file: "t.hbt"))
    XCTAssertEqual(result.transcript.blocks.count, 3)
  }

  func testCommandsRunBySourceAreItsOutputInARecording() throws {
    try "hb> say hi\nhi\n".write(toFile: base + "/inner.hbt", atomically: true, encoding: .utf8)
    var run = interpreter()
    run.run("record start deep/t.hbt; source inner.hbt; record stop")
    XCTAssertEqual(try file("deep/t.hbt"), "# base: ..\nhb> source inner.hbt\nhi\n")
    XCTAssertTrue(check("deep/t.hbt").passed)
  }

  func testARecordingOnAColourTerminalIsPlainText() throws {
    var run = interpreter(Surroundings(outputIsTerminal: true, inputIsTerminal: true, noColor: false))
    run.run("record start t.hbt")
    run.run("addr 10.0.0.1")
    run.run("addr 10.0.0.1/33")
    run.run("record stop")
    XCTAssertTrue(run.console.captured.contains("\u{1B}["), "no colour on screen: \(run.console.captured)")
    let text = try file("t.hbt")
    XCTAssertFalse(text.contains("\u{1B}"), text)
    XCTAssertTrue(check("t.hbt").passed)
  }

  func testRecordStartRefusesWhatItCannotWriteAtOnce() throws {
    try FileManager.default.createDirectory(atPath: base + "/folder", withIntermediateDirectories: true)
    try "x".write(toFile: base + "/taken", atomically: true, encoding: .utf8)
    var run = interpreter()
    XCTAssertFalse(run.run("record start folder"))
    XCTAssertTrue(run.console.captured.contains("error: folder is a directory, not a file"), run.console.captured)
    XCTAssertFalse(run.run("record start taken/t.hbt"))
    XCTAssertTrue(run.console.captured.contains("error: taken is not a directory"), run.console.captured)
    XCTAssertNil(run.session.recordingTo)
    // Parents are created as every writing command creates them.
    XCTAssertTrue(run.run("record start new/deeper/t.hbt"))
    XCTAssertTrue(FileManager.default.fileExists(atPath: base + "/new/deeper/t.hbt"))
  }

  func testRecordStopWithoutARecordingAndADoubleStartSaySo() throws {
    var run = interpreter()
    XCTAssertFalse(run.run("record stop"))
    XCTAssertTrue(run.console.captured.contains("error: nothing is being recorded"), run.console.captured)
    XCTAssertTrue(run.run("record start a.hbt"))
    XCTAssertFalse(run.run("record start b.hbt"))
    XCTAssertTrue(run.console.captured.contains("error: already recording to a.hbt"), run.console.captured)
    XCTAssertFalse(FileManager.default.fileExists(atPath: base + "/b.hbt"))
    run.run("say kept")
    XCTAssertTrue(run.run("record stop"))
    XCTAssertEqual(try file("a.hbt"), "hb> say kept\nkept\n")
  }

  func testARecordingInASubdirectoryReplaysFromThere() throws {
    try "name: lab\n".write(toFile: base + "/lab.yaml", atomically: true, encoding: .utf8)
    var run = interpreter()
    run.run("record start lessons/t.hbt; load lab.yaml; show; record stop")
    let text = try file("lessons/t.hbt")
    XCTAssertTrue(text.hasPrefix("# base: ..\nhb> load lab.yaml\n"), text)
    let result = check("lessons/t.hbt")
    XCTAssertTrue(result.passed, result.diff(file: "lessons/t.hbt"))
  }

  func testSaveSessionKeepsEachCommandThatRanAndNoFailures() throws {
    var run = interpreter()
    run.run("load demo; addr 10.0.0.1; frob; save session s.hb")
    run.run("addr 300.1.1.1")
    run.run("say done; save session again.hb")
    XCTAssertEqual(try file("s.hb"), "load demo\naddr 10.0.0.1\n")
    XCTAssertEqual(try file("again.hb"), "load demo\naddr 10.0.0.1\nsay done\n")
    var replay = interpreter()
    replay.run("source again.hb")
    XCTAssertEqual(replay.failures, 0, replay.console.captured)
  }

  func testSourceResolvesPathsAgainstTheScriptsFolder() throws {
    try FileManager.default.createDirectory(atPath: base + "/lesson", withIntermediateDirectories: true)
    try "name: inner\n".write(toFile: base + "/lesson/lab.yaml", atomically: true, encoding: .utf8)
    try "load lab.yaml\nsource more.hb\n".write(toFile: base + "/lesson/main.hb", atomically: true, encoding: .utf8)
    try "say more\n".write(toFile: base + "/lesson/more.hb", atomically: true, encoding: .utf8)
    var run = interpreter()
    run.run("source lesson/main.hb")
    XCTAssertEqual(run.failures, 0, run.console.captured)
    XCTAssertTrue(run.console.captured.contains("loaded 'inner'"), run.console.captured)
    XCTAssertTrue(run.console.captured.hasSuffix("more\n"), run.console.captured)
    XCTAssertEqual(run.session.baseDirectory, base, "the session's folder is restored")
  }

  func testAQuestionMarkEndingAWordIsText() {
    var run = interpreter()
    run.run("say Ready?")
    XCTAssertEqual(run.console.captured, "Ready?\n")
    run.run("say Ready ?")
    XCTAssertTrue(run.console.captured.hasSuffix("usage: say [TEXT...]\n"), run.console.captured)
    XCTAssertTrue(HelpRequest.asks(after: ""))
    XCTAssertTrue(HelpRequest.asks(after: "show "))
    XCTAssertFalse(HelpRequest.asks(after: "say Ready"))
    XCTAssertFalse(HelpRequest.asks(after: "say 'a "))
  }

  func testExitLeavesLikeQuit() {
    var run = interpreter()
    XCTAssertTrue(run.run("exit"))
    XCTAssertTrue(run.isFinished)
    XCTAssertEqual(run.failures, 0)
  }

  func testBasePathsAreRelativeToTheFilesFolder() {
    XCTAssertEqual(ScriptPreamble.relativePath(from: "/a/b/c", to: "/a"), "../..")
    XCTAssertEqual(ScriptPreamble.relativePath(from: "/a", to: "/a/x/y"), "x/y")
    XCTAssertEqual(ScriptPreamble.relativePath(from: "/a/b", to: "/a/c"), "../c")
    XCTAssertNil(ScriptPreamble.baseLine(fileDirectory: "/a/./b/", sessionDirectory: "/a/b"))
    XCTAssertEqual(ScriptPreamble.directory(fileDirectory: "/a/b/c", base: "../.."), "/a")
  }
}
