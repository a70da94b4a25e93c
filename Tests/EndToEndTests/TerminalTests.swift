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

  private func shell() throws -> PseudoTerminal {
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
    terminal.type("\u{4}")
    XCTAssertEqual(terminal.exitStatus(), 0)
  }

  func testASecondTabListsTheCandidates() throws {
    let terminal = try shell()
    terminal.type("s\t")
    terminal.type("\t")
    XCTAssertTrue(terminal.waitFor("save"), terminal.output)
    XCTAssertTrue(terminal.waitFor("source"), terminal.output)
  }

  func testTabCompletesARuleIdForExplain() throws {
    let terminal = try shell()
    terminal.type("explain DJ-OU-NOT-\t\t")
    XCTAssertTrue(terminal.waitFor("DJ-OU-NOT-A-DN  DJ-OU-NOT-OU"), terminal.output)
    terminal.type("O\t\r")
    XCTAssertTrue(terminal.waitFor("why it matters: A container such as CN=Computers"), terminal.output)
    terminal.type("quit\r")
    XCTAssertEqual(terminal.exitStatus(), 0)
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
    let mark = terminal.output.endIndex
    XCTAssertTrue(terminal.waitFor("hb> ", after: mark), terminal.output)
    terminal.type("say still alive\r")
    XCTAssertTrue(terminal.waitFor("still alive\r\n"), terminal.output)
    let lines = terminal.output.components(separatedBy: "\r\n")
    XCTAssertFalse(lines.contains("abandoned half"), "the abandoned line ran: \(terminal.output)")
    terminal.type("quit\r")
    XCTAssertEqual(terminal.exitStatus(), 0)
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

  func testStepShowsEachCommandAndWaitsForEnter() throws {
    let script = home + "/lesson.hb"
    try "say first\nsay second\n".write(toFile: script, atomically: true, encoding: .utf8)
    let terminal = try PseudoTerminal(
      BuiltProduct.hybridbench, arguments: ["run", "--step", script],
      environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": home, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
    XCTAssertTrue(terminal.waitFor("hb> say first"), terminal.output)
    XCTAssertFalse(terminal.waitFor("first\r\n", seconds: 0.3), "ran before Enter: \(terminal.output)")
    terminal.sendRaw("\r")
    XCTAssertTrue(terminal.waitFor("hb> say second"), terminal.output)
    XCTAssertFalse(terminal.output.contains("second\r\n"), terminal.output)
    terminal.sendRaw("\r")
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertTrue(terminal.output.contains("second\r\n"), terminal.output)
  }
}
