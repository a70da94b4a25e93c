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
    let completion = try BuiltProduct.run(["--generate-completion-script", "bash"])
    XCTAssertTrue(completion.stdout.contains("_hybridbench"), String(completion.stdout.prefix(200)))
  }
}

final class WalkPersistenceTests: XCTestCase {
  func testAWalkResumesInTheNextRunAndTheJournalIsPrivate() throws {
    let state = NSTemporaryDirectory() + "hb-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    let environment = ["XDG_STATE_HOME": state]
    let first = try BuiltProduct.run(["-c", "walk start wow6432node; walk next"], environment: environment)
    XCTAssertEqual(first.status, 0, first.stderr)
    let second = try BuiltProduct.run(["-c", "walk status"], environment: environment)
    XCTAssertTrue(second.stdout.hasPrefix("wow6432node · step 2 of 4-5 · ask"), second.stdout)
    let mode = try FileManager.default.attributesOfItem(atPath: state + "/hybridbench/walks.json")[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    let third = try BuiltProduct.run(["-c", "walk stop; walk status"], environment: environment)
    XCTAssertEqual(third.status, 1)
    XCTAssertTrue(third.stderr.contains("no walkthrough in progress"), third.stderr)
  }
}
