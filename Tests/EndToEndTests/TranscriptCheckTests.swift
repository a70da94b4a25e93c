import Foundation
import XCTest

/// `hybridbench check` on what people point it at: files with nothing to check, every transcript
/// kept in the repository, and a recording made in a subdirectory.
final class TranscriptCheckTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-check-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func testAFileWithNoCommandsFailsWithOneLine() throws {
    for (name, text) in [("empty.hbt", ""), ("script.hb", "load demo\nshow vnets\n"), ("output.hbt", "loaded\nsomething\n")] {
      let path = directory + "/" + name
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let result = try BuiltProduct.run(["check", path])
      XCTAssertEqual(result.status, 1, name)
      XCTAssertEqual(
        result.stderr,
        "FAILED \(path): no commands (a transcript's commands start with 'hb> ' at the start of a line)\n", name)
    }
  }

  /// Every transcript and lesson in the repository checks clean by itself, or its preamble says
  /// what it needs (and `check` says it skipped it).
  func testEveryTranscriptInTheRepositoryChecksByItself() throws {
    let root = BuiltProduct.packageRoot
    var transcripts: [String] = []
    for folder in ["Tests/Lessons", "examples", "examples/lessons"] {  // Tests/Transcripts: TranscriptGoldenTests
      let path = root.appendingPathComponent(folder).path
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      transcripts += names.filter { $0.hasSuffix(".hbt") }.map { path + "/" + $0 }
    }
    let result = try BuiltProduct.run(["check"] + transcripts.sorted())
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    XCTAssertTrue(
      result.stdout.contains("skipped \(root.path)/Tests/Lessons/walk-sysprep-recovery.hbt: it needs SAM beside it"),
      result.stdout)
  }

  func testARecordingInASubdirectoryReplaysWhereverItIsChecked() throws {
    try "name: lab\n".write(toFile: directory + "/lab.yaml", atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltProduct.hybridbench)
    process.arguments = ["-c", "record start lessons/t.hbt; load lab.yaml; show; record stop"]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    try process.run()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0)
    let text = try String(contentsOfFile: directory + "/lessons/t.hbt", encoding: .utf8)
    XCTAssertTrue(text.hasPrefix("# base: ..\nhb> load lab.yaml\n"), text)
    let checked = try BuiltProduct.run(["check", directory + "/lessons/t.hbt"])
    XCTAssertEqual(checked.status, 0, checked.stdout + checked.stderr)
    let replayed = try BuiltProduct.run(["run", directory + "/lessons/t.hbt"])
    XCTAssertEqual(replayed.status, 0, replayed.stdout + replayed.stderr)
  }

  func testASavedSessionReplaysWithExitZero() throws {
    let script = directory + "/saved.hb"
    let saved = try BuiltProduct.run(
      [], input: "load demo\nfrob\naddr 10.0.0.1\nsave session \(script)\n")
    XCTAssertEqual(saved.status, 1)
    XCTAssertEqual(try commands(script), ["load demo", "addr 10.0.0.1"])
    let fromC = directory + "/c.hb"
    XCTAssertEqual(try BuiltProduct.run(["-c", "load demo; addr 10.0.0.1; save session \(fromC)"]).status, 0)
    XCTAssertEqual(try commands(fromC), ["load demo", "addr 10.0.0.1"])
    XCTAssertEqual(try BuiltProduct.run(["run", script]).status, 0)
  }

  /// The lines of a saved script after its `# base:` line (written here, since the test's
  /// working directory is not the script's).
  private func commands(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
      .filter { !$0.hasPrefix("# base: ") }
  }
}
