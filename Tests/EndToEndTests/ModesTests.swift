import Foundation
import XCTest

/// The non-interactive modes and their exit statuses, on the real binary.
final class ModesTests: XCTestCase {
  func testStandardInputIsAScriptWithoutPromptsOrEscapes() throws {
    let result = try BuiltProduct.run([], input: "say one\nsay two\n")
    XCTAssertEqual(result.status, 0)
    XCTAssertEqual(result.stdout, "one\ntwo\n")
  }

  func testAFailingCommandMakesTheStatusOneAndTheRestStillRuns() throws {
    let result = try BuiltProduct.run([], input: "frob\nsay after\n")
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.stdout, "after\n")
    XCTAssertTrue(result.stderr.hasPrefix("<stdin>:1:1: error: unknown command 'frob'"), result.stderr)
  }

  func testAPartlyBadCommandPrintsWhatWorkedAndExitsOne() throws {
    let result = try BuiltProduct.run(["-c", "addr 10.0.0.1 bogus 192.0.2.1:443"])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stdout.contains("10.0.0.1 · Private-Use"), result.stdout)
    XCTAssertTrue(result.stdout.contains("port: 443"), result.stdout)
    XCTAssertTrue(result.stderr.contains("error: bogus:"), result.stderr)
  }

  func testBailStopsAtTheFirstFailure() throws {
    let result = try BuiltProduct.run(["--bail"], input: "frob\nsay after\n")
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.stdout, "")
  }

  func testDashCRunsSemicolonSeparatedCommands() throws {
    let result = try BuiltProduct.run(["-c", "say a; say b"])
    XCTAssertEqual(result.status, 0)
    XCTAssertEqual(result.stdout, "a\nb\n")
  }

  func testWordsAfterTheOptionsAreOneCommand() throws {
    let result = try BuiltProduct.run(["say", "two words", "it's", "--format", "json"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(result.stdout, "{\n  \"text\": \"two words it's\"\n}\n")
    XCTAssertEqual(try BuiltProduct.run(["frob"]).status, 1)
  }

  func testUsageErrorsExitWithTwo() throws {
    XCTAssertEqual(try BuiltProduct.run(["--no-such-flag"]).status, 2)
    XCTAssertEqual(try BuiltProduct.run(["run"]).status, 2)
  }

  func testRunReplaysScriptsWithEchoAndPathsRelativeToTheScript() throws {
    let directory = NSTemporaryDirectory() + "hb-run-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory + "/lessons", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "say from the inner file\n".write(toFile: directory + "/lessons/inner.hb", atomically: true, encoding: .utf8)
    try "say start\nsource inner.hb\n".write(toFile: directory + "/lessons/main.hb", atomically: true, encoding: .utf8)
    let result = try BuiltProduct.run(["run", "--echo", directory + "/lessons/main.hb"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(result.stdout, "hb> say start\nstart\nhb> source inner.hb\nfrom the inner file\n")
  }

  func testBinaryGarbageAndHugeLinesAreReportedAndSkipped() throws {
    var input = Data("say before\n".utf8)
    input.append(contentsOf: [0xFF, 0xFE, 0x00, 0x41, 0x0A])
    input.append(Data((String(repeating: "x", count: 100_000) + "\n").utf8))
    input.append(Data("say after\n".utf8))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltProduct.hybridbench)
    process.environment = ["NO_COLOR": "1", "HOME": NSTemporaryDirectory()]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 1)
    XCTAssertEqual(out, "before\nafter\n")
    let errors = err.split(separator: "\n")
    XCTAssertEqual(errors.first, "<stdin>:2: error: not text: a NUL byte at column 3")
    XCTAssertTrue(err.contains("<stdin>:3:1: error: unknown command 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100000 characters)'"), err)
    XCTAssertTrue(errors.allSatisfy { $0.count < 200 }, "an error line grew with the input")
  }

  func testJSONFormatForEveryCommand() throws {
    let result = try BuiltProduct.run(["--format", "json", "-c", "say hi; history"])
    XCTAssertEqual(result.stdout, "{\n  \"text\": \"hi\"\n}\n{\n  \"history\": [\n    \"say hi; history\"\n  ]\n}\n")
  }
}

final class HelpFlagTests: XCTestCase {
  func testHelpAndVersionFlags() throws {
    let help = try BuiltProduct.run(["--help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.stdout.contains("USAGE: hybridbench"), help.stdout)
    XCTAssertTrue(help.stdout.contains("check"), help.stdout)
    let checkHelp = try BuiltProduct.run(["check", "--help"])
    XCTAssertTrue(checkHelp.stdout.contains("--update"), checkHelp.stdout)
    XCTAssertEqual(try BuiltProduct.run(["--version"]).stdout, "0.1.0\n")
    let shellHelp = try BuiltProduct.run(["shell", "--help"])
    XCTAssertEqual(shellHelp.status, 0, shellHelp.stderr)
    XCTAssertTrue(shellHelp.stdout.contains("USAGE: hybridbench shell"), shellHelp.stdout)
    let addrHelp = try BuiltProduct.run(["addr", "--help"])
    XCTAssertEqual(addrHelp.status, 0, addrHelp.stderr)
    XCTAssertTrue(addrHelp.stdout.hasPrefix("usage: addr "), addrHelp.stdout)
    let completion = try BuiltProduct.run(["--generate-completion-script", "bash"])
    XCTAssertTrue(completion.stdout.contains("_hybridbench"), String(completion.stdout.prefix(200)))
  }
}

final class CheckWordTests: XCTestCase {
  /// Words after the options are one shell command, `check` included; transcripts are checked
  /// when every file given ends in .hbt.
  func testCheckRunsTheShellCommandUnlessEveryFileIsATranscript() throws {
    let plan = NSTemporaryDirectory() + "hb-plan-\(UUID().uuidString).txt"
    try "10.0.0.0/24\n10.0.0.128/25\n".write(toFile: plan, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: plan) }
    let shell = try BuiltProduct.run(["check", "addresses", "--file", plan])
    XCTAssertEqual(shell.status, 0, shell.stderr)
    XCTAssertTrue(shell.stdout.contains("in 2 entries of \(plan)"), shell.stdout)
    let json = try BuiltProduct.run(["--format", "json", "check", "addresses", "--file", plan])
    XCTAssertTrue(json.stdout.hasPrefix("{"), json.stdout)
    let transcript = NSTemporaryDirectory() + "hb-t-\(UUID().uuidString).hbt"
    try "hb> say hi\nhi\n".write(toFile: transcript, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: transcript) }
    let checked = try BuiltProduct.run(["check", transcript])
    XCTAssertEqual(checked.stdout, "ok \(transcript) (1 command)\n")
  }
}

final class WalkPersistenceTests: XCTestCase {
  /// A walk started at the terminal resumes in the next run; scripts, `-c` and pipes neither
  /// read nor replace it, and `load` says it can be resumed.
  func testScriptsNeverTouchTheWalkInProgressAndLoadSaysItResumes() throws {
    let home = NSTemporaryDirectory() + "hb-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: home) }
    let environment = [
      "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home, "XDG_STATE_HOME": home + "/state",
      "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
    ]
    let first = try PseudoTerminal(BuiltProduct.hybridbench, environment: environment)
    XCTAssertTrue(first.waitFor("hb> "), first.output)
    first.type("load demo; walk start wow6432node; walk next\r")
    XCTAssertTrue(first.waitFor("step 2 of 4-5"), first.output)
    first.type("quit\r")
    XCTAssertEqual(first.exitStatus(), 0)
    let journal = home + "/state/hybridbench/walks.json"
    let before = try String(contentsOfFile: journal, encoding: .utf8)
    let mode = try FileManager.default.attributesOfItem(atPath: journal)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)

    let script = try BuiltProduct.run(
      ["-c", "load demo; walk start domain-join; walk stop"], environment: ["XDG_STATE_HOME": home + "/state"])
    XCTAssertEqual(script.status, 0, script.stderr)
    XCTAssertFalse(script.stdout.contains("in progress"), script.stdout)
    let piped = try BuiltProduct.run(
      [], input: "load demo\nwalk start domain-join\n", environment: ["XDG_STATE_HOME": home + "/state"])
    XCTAssertEqual(piped.status, 0, piped.stderr)
    XCTAssertEqual(try String(contentsOfFile: journal, encoding: .utf8), before)

    let second = try PseudoTerminal(BuiltProduct.hybridbench, environment: environment)
    XCTAssertTrue(second.waitFor("hb> "), second.output)
    second.type("load demo\r")
    XCTAssertTrue(
      second.waitFor("walk 'wow6432node' is in progress for 'contoso-lab': 'walk status' resumes it"),
      second.output)
    second.type("walk status\r")
    XCTAssertTrue(second.waitFor("wow6432node · step 2 of 4-5 · ask"), second.output)
    second.type("quit\r")
    XCTAssertEqual(second.exitStatus(), 0)
  }
}
