import Foundation
import XCTest

/// The libedit path, proven on a real pseudo-terminal: completion, history across runs, Ctrl-C,
/// UTF-8 editing and `?`.
final class TerminalTests: XCTestCase {
  private var home = ""

  override func setUpWithError() throws {
    home = NSTemporaryDirectory() + "hb-pty-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: home)
  }

  fileprivate func shell() throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(
      BuiltProduct.hybridbench,
      environment: [
        "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": home,
        "XDG_STATE_HOME": home + "/state", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
      ])
    XCTAssertTrue(terminal.waitFor("hb> "), "no prompt: \(terminal.output)")
    return terminal
  }

  func testTabCompletesACommandWord() throws {
    let terminal = try shell()
    terminal.type("he\t")
    XCTAssertTrue(terminal.waitFor("lp"), terminal.output)
    terminal.type("\r")
    XCTAssertTrue(terminal.waitFor("Commands ('help COMMAND' for details"), terminal.output)
    let mark = terminal.output.endIndex
    terminal.type("load de\t")  // the demo is offered beside the files
    XCTAssertTrue(terminal.waitFor("mo ", after: mark), terminal.output)
    terminal.type("\u{15}\u{4}")
    XCTAssertEqual(terminal.exitStatus(), 0)
  }

  func testASecondTabListsTheCandidates() throws {
    let terminal = try shell()
    terminal.type("s\t")
    terminal.type("\t")
    XCTAssertTrue(terminal.waitFor("save"), terminal.output)
    XCTAssertTrue(terminal.waitFor("source"), terminal.output)
  }

  func testUpRecallsALineFromThePreviousRun() throws {
    let first = try shell()
    first.type("say remembered from run one\r")
    XCTAssertTrue(first.waitFor("remembered from run one\r\n"))
    first.type("quit\r")
    XCTAssertEqual(first.exitStatus(), 0)

    let historyPath = home + "/state/hybridbench/history"
    let mode = try FileManager.default.attributesOfItem(atPath: historyPath)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)

    let second = try shell()
    let mark = second.output.endIndex
    second.type("\u{1B}[A\u{1B}[A\r")  // Up twice: past 'quit' to the 'say' line
    XCTAssertTrue(second.waitFor("remembered from run one\r\n", after: mark), second.output)
  }

  func testCtrlCAbandonsTheLineAndTheShellSurvives() throws {
    let terminal = try shell()
    terminal.type("say abandoned half")
    XCTAssertTrue(terminal.waitFor("half"))
    terminal.type("\u{3}")
    XCTAssertTrue(terminal.waitFor("say abandoned half^C\r\nhb> "), terminal.output)
    terminal.type("say still alive\r")
    XCTAssertTrue(terminal.waitFor("still alive\r\n"), terminal.output)
    let lines = terminal.output.components(separatedBy: "\r\n")
    XCTAssertFalse(lines.contains("abandoned half"), "the abandoned line ran: \(terminal.output)")
    terminal.type("exit\r")
    XCTAssertEqual(terminal.exitStatus(), 0)
  }

  func testAQuestionMarkEndingAWordIsTyped() throws {
    let terminal = try shell()
    terminal.type("say Ready?\r")
    XCTAssertTrue(terminal.waitFor("Ready?\r\n"), terminal.output)
    XCTAssertFalse(terminal.output.contains("usage: say"), terminal.output)
  }

  /// A recording made at a colour terminal (TERM=xterm-256color, no NO_COLOR) is plain text and
  /// passes `check` as it is.
  func testARecordingOnAColourTerminalIsPlainAndChecks() throws {
    let terminal = try PseudoTerminal(
      BuiltProduct.hybridbench,
      environment: [
        "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home, "XDG_STATE_HOME": home + "/state",
        "PATH": "/usr/bin:/bin",
      ])
    XCTAssertTrue(terminal.waitFor("> "), terminal.output)
    let transcript = home + "/lesson.hbt"
    terminal.type("record start \(transcript)\r")
    XCTAssertTrue(terminal.waitFor("recording to"), terminal.output)
    terminal.type("load demo; addr 10.0.0.1\r")
    XCTAssertTrue(terminal.waitFor("labels: RFC 1918 private"), terminal.output)
    terminal.type("addr 10.0.0.1/33\r")
    XCTAssertTrue(terminal.waitFor("^"), terminal.output)
    terminal.type("record stop\r")
    XCTAssertTrue(terminal.waitFor("transcript"), terminal.output)
    terminal.type("quit\r")
    XCTAssertEqual(terminal.exitStatus(), 1, "one command failed")
    XCTAssertTrue(terminal.output.contains("\u{1B}[1m10.0.0.1"), "no colour on screen: \(terminal.output)")
    let text = try String(contentsOfFile: transcript, encoding: .utf8)
    XCTAssertFalse(text.contains("\u{1B}"), text)
    XCTAssertTrue(text.contains("hb[contoso-lab]> addr 10.0.0.1\n"), text)
    let checked = try BuiltProduct.run(["check", transcript])
    XCTAssertEqual(checked.status, 0, checked.stdout + checked.stderr)
  }

  func testBackspaceDeletesAWholeNonASCIICharacter() throws {
    let terminal = try shell()
    terminal.type("say café")
    XCTAssertTrue(terminal.waitFor("café"))
    terminal.type("\u{7F}\r")
    XCTAssertTrue(terminal.waitFor("caf\r\n"), terminal.output)
    XCTAssertFalse(terminal.output.contains("caf\u{FFFD}"), terminal.output)
  }

  func testQuestionMarkExplainsWithoutRunning() throws {
    let terminal = try shell()
    terminal.type("record ?")
    XCTAssertTrue(terminal.waitFor("start  record what follows as a transcript"), terminal.output)
    terminal.type("\u{15}quit\r")  // Ctrl-U clears the kept line
    XCTAssertEqual(terminal.exitStatus(), 0)
  }

  /// `run --step` on a two-line lesson, on a terminal.
  private func stepping() throws -> PseudoTerminal {
    let script = home + "/lesson.hb"
    try "say first\nsay second\n".write(toFile: script, atomically: true, encoding: .utf8)
    return try PseudoTerminal(
      BuiltProduct.hybridbench, arguments: ["run", "--step", script],
      environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": home, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
  }

  func testStepShowsEachCommandAndWaitsForEnter() throws {
    let terminal = try stepping()
    XCTAssertTrue(terminal.waitFor("Enter runs the command shown, q then Enter stops"), terminal.output)
    XCTAssertTrue(terminal.waitFor("hb> say first"), terminal.output)
    XCTAssertFalse(terminal.waitFor("first\r\n", seconds: 0.3), "ran before Enter: \(terminal.output)")
    terminal.sendRaw("\r")
    XCTAssertTrue(terminal.waitFor("hb> say second"), terminal.output)
    XCTAssertFalse(terminal.output.contains("second\r\n"), terminal.output)
    terminal.sendRaw("\r")
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertTrue(terminal.output.contains("second\r\n"), terminal.output)
  }

  func testStepStopsOnQ() throws {
    let terminal = try stepping()
    XCTAssertTrue(terminal.waitFor("hb> say first"), terminal.output)
    terminal.sendRaw("q\r")
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertFalse(terminal.output.contains("first\r\n"), terminal.output)
  }
}

extension TerminalTests {
  /// Tab-Tab over more candidates than bash lists unasked asks first, as bash does.
  func testASecondTabOverManyCandidatesAsksFirst() throws {
    let folder = home + "/many"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for index in 0..<150 {
      _ = FileManager.default.createFile(atPath: folder + "/file\(index).hb", contents: Data())
    }
    let terminal = try shell()
    terminal.type("source \(folder)/file")
    terminal.type("\t")  // no progress: a beep
    terminal.type("\t")
    XCTAssertTrue(terminal.waitFor("Display all 150 possibilities? (y or n)"), terminal.output)
    XCTAssertFalse(terminal.output.contains("file149.hb"), terminal.output)
    terminal.type("n")
    XCTAssertTrue(terminal.waitFor("hb> source"), terminal.output)
    let mark = terminal.output.endIndex
    terminal.type("\t")
    XCTAssertTrue(terminal.waitFor("Display all 150", after: mark), terminal.output)
    terminal.type("y")
    XCTAssertTrue(terminal.waitFor("file149.hb"), terminal.output)
  }
}
