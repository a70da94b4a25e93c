import Findings
import Foundation
import XCTest

@testable import Shell
@testable import SetupLogs

/// The catalog is complete and every entry is explained and sourced: the proof that no finding
/// id exists outside it (a Finding can only be built from a Rule, and every Rule declared in
/// the sources is listed here).
final class RuleCatalogTests: XCTestCase {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  /// Every `.swift` file under Sources with its text.
  private func sourceFiles() throws -> [(path: String, text: String)] {
    let root = Self.sources.path
    let files = try XCTUnwrap(FileManager.default.subpathsOfDirectory(atPath: root))
      .filter { $0.hasSuffix(".swift") }.sorted()
    return try files.map { ($0, try String(contentsOfFile: root + "/" + $0, encoding: .utf8)) }
  }

  func testEveryDeclaredRuleIsInTheCatalog() throws {
    let catalog = RuleCatalog.standard
    let declaration = try NSRegularExpression(pattern: #"Rule\(\s*"([A-Z0-9]+(?:-[A-Z0-9]+)+)""#)
    var declared = 0
    for (path, text) in try sourceFiles() {
      let range = NSRange(text.startIndex..., in: text)
      for match in declaration.matches(in: text, range: range) {
        let id = String(text[Range(match.range(at: 1), in: text)!])
        declared += 1
        XCTAssertNotNil(catalog.rule(id), "\(path) declares \(id), which the catalog lacks")
      }
    }
    XCTAssertGreaterThan(declared, 90, "the source scan found too few rule declarations")
  }

  func testStatusCodeFamiliesCoverEveryWin32Row() {
    for row in StatusCodeTable.all where row.kind == .win32 && row.code != 0 {
      XCTAssertNotNil(RuleCatalog.standard.rule(Rule.netSetupStatus(row).id), row.name)
      XCTAssertNotNil(RuleCatalog.standard.rule(Rule.setupActStatus(row).id), row.name)
    }
    XCTAssertNotNil(RuleCatalog.standard.rule(Rule.netSetupStatus(nil).id))
  }

  func testIdsAreUniqueAndEveryRuleIsExplainedAndSourced() {
    var seen: [String: String] = [:]
    for area in RuleCatalog.standard.areas {
      for rule in area.rules {
        if let other = seen[rule.id] { XCTFail("\(rule.id) is in both \(other) and \(area.name)") }
        seen[rule.id] = area.name
        XCTAssertFalse(rule.title.isEmpty, rule.id)
        XCTAssertFalse(rule.explanation.isEmpty, rule.id)
        XCTAssertFalse(rule.fix.isEmpty, rule.id)
        XCTAssertFalse(rule.sources.isEmpty, "\(rule.id) has no source")
        XCTAssertFalse(rule.sources.contains { $0.isEmpty }, "\(rule.id) has an empty source")
        XCTAssertNotNil(
          rule.id.wholeMatch(of: /[A-Z0-9]+(-[A-Z0-9]+)+/), "\(rule.id) is not UPPER-KEBAB")
      }
    }
  }

  /// Ids are referred to by symbol: no source compares a finding id with a string literal.
  func testNoFindingIdIsMatchedAsAStringLiteral() throws {
    let literalMatch = try NSRegularExpression(
      pattern: #"(\.id\s*[=!]=\s*"[A-Z0-9]+-[A-Z0-9-]+")|(case\s+"[A-Z0-9]+-[A-Z0-9-]+"\s*:)"#)
    for (path, text) in try sourceFiles() {
      let range = NSRange(text.startIndex..., in: text)
      XCTAssertEqual(
        literalMatch.numberOfMatches(in: text, range: range), 0,
        "\(path) matches a finding id as a string literal")
    }
  }

  func testExplainPrintsWhatWhyFixAndSources() throws {
    var session = Session(catalog: .standard, surroundings: .batch, baseDirectory: "/tmp")
    let command = try XCTUnwrap(CommandLexer.commands(in: "explain dj-ou-not-ou").first)
    let text = try session.run(command).output.text(.plain)
    XCTAssertTrue(
      text.hasPrefix("DJ-OU-NOT-OU  error  MachineObjectOU must name an organizational unit\n"),
      text)
    XCTAssertTrue(text.contains("\n  why it matters: A container such as CN=Computers"), text)
    XCTAssertTrue(text.contains("\n  fix: Omit MachineObjectOU"), text)
    XCTAssertTrue(text.contains("\n  sources: Microsoft unattend reference"), text)
  }
}
