import Foundation
import XCTest

/// The golden transcripts under Tests/Transcripts, replayed through `hybridbench check` exactly
/// as a user would run it.
final class TranscriptGoldenTests: XCTestCase {
  func testEveryTranscriptReplaysAsRecorded() throws {
    let directory = BuiltProduct.packageRoot.appendingPathComponent("Tests/Transcripts")
    let transcripts = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".hbt") }.sorted()
      .map { directory.appendingPathComponent($0).path }
    XCTAssertFalse(transcripts.isEmpty, "no transcripts in \(directory.path)")
    let result = try BuiltProduct.run(["check"] + transcripts)
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    XCTAssertEqual(
      result.stdout.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count, transcripts.count,
      result.stdout)
  }

  func testCheckFailsAndShowsADiffWhenOutputChanges() throws {
    let path = NSTemporaryDirectory() + "hb-golden-\(UUID().uuidString).hbt"
    try "hb> say actual\nexpected\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let failed = try BuiltProduct.run(["check", path])
    XCTAssertEqual(failed.status, 1)
    XCTAssertTrue(failed.stdout.contains("@@ line 1: hb> say actual @@\n+actual\n-expected"), failed.stdout)
    let updated = try BuiltProduct.run(["check", "--update", path])
    XCTAssertEqual(updated.status, 0)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "hb> say actual\nactual\n")
    XCTAssertEqual(try BuiltProduct.run(["check", path]).status, 0)
  }
}
