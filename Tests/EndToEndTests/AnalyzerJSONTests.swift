import Foundation
import XCTest

/// The JSON contracts of `analyze netsetup|setupact|unattend`, on the transcript fixtures.
final class AnalyzerJSONTests: XCTestCase {
  func testNetSetupContract() throws {
    let fixtures = BuiltProduct.packageRoot.appendingPathComponent("Tests/Transcripts/fixtures/logs/NetSetup.log").path
    let result = try BuiltProduct.run(["-c", "analyze netsetup '\(fixtures)' --format json"])
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let attempts = try XCTUnwrap(json["attempts"] as? [[String: Any]])
    XCTAssertEqual(attempts.count, 2)
    XCTAssertEqual(attempts[0]["line"] as? Int, 2)
    XCTAssertEqual(attempts[0]["options"] as? String, "0x23")
    XCTAssertEqual(attempts[0]["status"] as? String, "0x2")
    XCTAssertEqual(json["final_status"] as? String, "0x2")
    let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
    XCTAssertEqual(findings.first?["id"] as? String, "NETSETUP-OU-NOT-OU")
  }

  func testSetupActAndUnattendHaveFindings() throws {
    let root = BuiltProduct.packageRoot.appendingPathComponent("Tests/Transcripts/fixtures/logs").path
    for (command, file, id) in [("analyze setupact", "setupact.log", "SETUPACT-OU-NOT-OU"), ("analyze unattend", "unattend.xml", "DJ-OU-NOT-OU")] {
      let result = try BuiltProduct.run(["-c", "\(command) '\(root)/\(file)' --format json"])
      let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stderr)
      let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
      XCTAssertTrue(findings.contains { $0["id"] as? String == id }, "\(command): \(findings)")
    }
  }

  func testJoinPasswordsNeverAppearAnywhere() throws {
    let root = BuiltProduct.packageRoot.appendingPathComponent("Tests/Transcripts/fixtures/logs").path
    for format in ["text", "json"] {
      let result = try BuiltProduct.run(["--format", format, "-c", "analyze unattend '\(root)/unattend.xml' --reveal-passwords"])
      XCTAssertFalse(result.stdout.contains("Fixture-Only-Pa55"), result.stdout)
    }
  }
}

/// Every file in a report is named as the user typed it, in JSON too (the text used to be
/// relabelled while the JSON kept the resolved path).
final class TypedPathJSONTests: XCTestCase {
  func testAnalyzersNameTheFileAsTyped() throws {
    let root = BuiltProduct.packageRoot.appendingPathComponent("Tests/Transcripts/fixtures/logs").path
    let here = FileManager.default.currentDirectoryPath
    guard root.hasPrefix(here + "/") else { throw XCTSkip("the tests do not run beside the fixtures") }
    let typed = String(root.dropFirst(here.count + 1))
    for (command, file) in [("analyze unattend", "unattend.xml"), ("analyze netsetup", "NetSetup.log"), ("analyze setupact", "setupact.log")] {
      let result = try BuiltProduct.run(["-c", "\(command) \(typed)/\(file) --format json"])
      XCTAssertEqual(result.status, 0, result.stderr)
      XCTAssertFalse(result.stdout.contains(here), "\(command) printed a path the user did not type")
      XCTAssertTrue(result.stdout.contains("\"\(typed)/\(file)\""), result.stdout)
    }
  }
}
