import Foundation
import XCTest

/// The exports of issue 12 through the real binary: each kind against its golden file, names
/// that try to inject a command, and targets that cannot be written.
final class ArtifactExportTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-export-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  static let tunnel =
    "--server 216.66.80.26 --client 192.168.1.10 --tunnel 2001:470:1f0a:5a::/64 "
    + "--routed 2001:470:1f0b:5a::/64"

  private func hb(_ line: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try BuiltProduct.run(["-c", line])
    return (result.status, result.stdout, result.stderr)
  }

  func testExportNetshMatchesTheGoldenBatchFile() throws {
    let path = directory + "/router.cmd"
    let result = try hb(
      "load demo; export netsh \(Self.tunnel) --lan 'Ethernet 2' --privacy-disabled "
        + "--to '\(path)'")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("wrote \(path) · 9 netsh commands"), result.stdout)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let text = String(decoding: bytes, as: UTF8.self)
    // Every line ends CRLF, as cmd.exe reads batch files; the version is whatever was built.
    XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    try Golden.compare(
      text.replacing(/hybridbench [0-9][^ ]* 'export/, with: "hybridbench VERSION 'export"),
      golden: "router.cmd")
  }

  func testExportNetshRefusesNamesCmdCannotQuoteAndWritesNothing() throws {
    let path = directory + "/x.cmd"
    for name in ["a\"b", "100%", "x^y", "a&calc", "a|b", "a<b", "a>b"] {
      let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
      let result = try hb("export netsh \(Self.tunnel) --lan \(quoted) --to '\(path)'")
      XCTAssertEqual(result.status, 1, name)
      XCTAssertTrue(
        result.stderr.contains("--lan") && result.stderr.contains("cmd.exe cannot quote"),
        result.stderr)
      XCTAssertFalse(FileManager.default.fileExists(atPath: path), name)
    }
    // Line breaks cannot reach a command through the shell's quoting; the unit test
    // (PlanningTests.testInterfaceNamesCmdCannotQuoteAreRefused) refuses them in the plan.
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [])
  }

  func testExportNetshKeepsBackticksAndDollarParensAsText() throws {
    let path = directory + "/r.cmd"
    let result = try hb(
      "export netsh \(Self.tunnel) --lan 'LAN `whoami` $(id)' --to '\(path)'")
    XCTAssertEqual(result.status, 0, result.stderr)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(text.contains("interface=\"LAN `whoami` $(id)\" address="), text)
  }

  func testExportVMOrderMatchesTheGoldenFiles() throws {
    let script = directory + "/lab-order.ps1"
    let list = directory + "/vms.txt"
    let result = try hb("load demo; export vm-order --to '\(script)'; export vm-order --to '\(list)'")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("2 VMs as powershell, 1 infrastructure first"))
    XCTAssertEqual(try String(contentsOfFile: list, encoding: .utf8), "contoso-lab-infra;dc1\ncontoso-lab-apps;app1\n")
    try Golden.compare(
      try String(contentsOfFile: script, encoding: .utf8).replacing(
        /hybridbench [0-9][^ ]* 'export/, with: "hybridbench VERSION 'export"),
      golden: "lab-order.ps1")
  }

  /// Reads PowerShell single-quoted literals as the tokenizer does: a quote character (ASCII or
  /// U+2018-U+201B) doubled is one character, a single one ends the literal.
  private func literals(_ line: Substring) -> (values: [String], outside: String) {
    let quotes: Set<Character> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"]
    var values: [String] = []
    var outside = ""
    var current: String?
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      let next = line.index(after: index)
      if current == nil {
        if quotes.contains(character) { current = "" } else { outside.append(character) }
      } else if quotes.contains(character) {
        if next < line.endIndex, quotes.contains(line[next]) {
          current?.append(line[next])
          index = line.index(after: next)
          continue
        }
        values.append(current!)
        current = nil
      } else {
        current?.append(character)
      }
      index = next
    }
    return (values, outside)
  }

  func testExportVMOrderQuotesEveryNameAsOnePowerShellLiteral() throws {
    let fixture = BuiltProduct.packageRoot.appendingPathComponent(
      "Tests/Transcripts/fixtures/vm-order-lab.yaml"
    ).path
    let script = directory + "/order.ps1"
    let result = try hb("load '\(fixture)'; export vm-order --to '\(script)'")
    XCTAssertEqual(result.status, 0, result.stderr)
    let text = try String(contentsOfFile: script, encoding: .utf8)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("  @{") }
    let names = [
      ("rg-infra", "dc1"), ("rg-apps", "app'; Remove-Item C:\\ -Recurse; '"),
      ("rg-`whoami`", "web\u{2019}$(Stop-Computer)\u{2018}x"),
      ("rg-\u{201A}data\u{201B}", "sql & calc | more ^ %PATH%"),
    ]
    XCTAssertEqual(rows.count, 8, text)
    for (row, expected) in zip(rows, names + names.reversed()) {
      let (values, outside) = literals(row)
      // Each name is one literal, and nothing outside the literals but the table's own text.
      XCTAssertEqual(values, [expected.0, expected.1], String(row))
      XCTAssertEqual(outside, "  @{ ResourceGroupName = ; Name =  }", String(row))
    }
    // The list form cannot hold a ';' in a name: refused, nothing written.
    let list = directory + "/order.txt"
    let refused = try hb("load '\(fixture)'; export vm-order --to '\(list)'")
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(refused.stderr.contains("which the 'cloudservice;vm' list cannot hold"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: list))
  }

  func testExportTranscriptRecordsAndExportListShowsIt() throws {
    let path = directory + "/lesson.hbt"
    let result = try hb("export transcript '\(path)'; addr 10.0.0.1; record stop; export list")
    XCTAssertEqual(result.status, 0, result.stderr)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(text.hasPrefix("# base: "), text)
    XCTAssertTrue(text.contains("\nhb> addr 10.0.0.1\n10.0.0.1 · Private-Use"), text)
    XCTAssertFalse(text.contains("record stop"), text)
    XCTAssertTrue(result.stdout.contains("1 file written in this session"), result.stdout)
    XCTAssertTrue(result.stdout.contains("\(path)  transcript"), result.stdout)
  }

  func testExportTargetsThatCannotBeWritten() throws {
    let existing = directory + "/router.cmd"
    try "keep me".write(toFile: existing, atomically: true, encoding: .utf8)
    let readOnly = directory + "/ro"
    try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly) }
    let cases = [
      ("'\(existing)'", "already exists (add --force to replace it)"),
      ("'\(directory)'", "is a directory"),
      ("'\(readOnly)/r.cmd'", "cannot create a file in"),
    ]
    for (target, message) in cases where getuid() != 0 || !target.contains("/ro/") {
      let result = try hb("export netsh \(Self.tunnel) --to \(target)")
      XCTAssertEqual(result.status, 1, target)
      XCTAssertTrue(result.stderr.contains(message), result.stderr)
    }
    XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "keep me")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: readOnly), [])
  }
}
