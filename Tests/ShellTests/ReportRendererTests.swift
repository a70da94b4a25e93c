import Findings
import Foundation
import XCTest

@testable import Shell

/// Each renderer over the same report tree: every kind of node, a located finding and one
/// without a place. Markdown and SARIF are compared with golden files (HB_UPDATE_GOLDEN=1
/// rewrites them); the SARIF golden is also checked against the OASIS schema by
/// `SARIFSchemaTests` in the end-to-end suite.
final class ReportRendererTests: XCTestCase {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static let located = Rule(
    "T-LOCATED", .error, title: "a rule whose finding has a place",
    explanation: "It points at a line | with a pipe.", fix: "Change the line.",
    sources: ["RFC 3986 section 2.1"])
  static let unplaced = Rule(
    "T-UNPLACED", .warning, title: "a rule whose finding has no file",
    explanation: "Evidence text only.", fix: "Read the text.", sources: ["test source"])

  static var tree: Report {
    let findings = [
      Finding(
        located, subject: "lab", message: "10.1.0.0/16 *overlaps* `oslo`",
        evidence: SourceLocation("logs/Net Setup.log", line: 12, text: "status: 0x2 `x`"),
        fix: "omit the OU"),
      Finding(unplaced, subject: "join", message: "no file", evidence: SourceLocation(text: "only text")),
    ]
    return Report([
      .heading("lab.yaml: 2 findings"),
      .paragraph("A paragraph with <angle> brackets."),
      .fields([.init("domain", "corp.contoso.com"), .init("ou", "OU=Servers")]),
      .list(["attempt 1 · line 12", "attempt 2 · line 40"]),
      .table(
        header: ["RID", "NAME"], rows: [["500", "Administrator"], ["1001", "ann"]],
        rightAligned: [0]),
      .findings(findings),
      .code("netsh interface ipv6 add v6v4tunnel\nnetsh interface ipv6 set interface"),
      .section("area · scope: 1 finding", [.findings([findings[1]])]),
    ])
  }

  static var catalog: RuleCatalog { RuleCatalog([.init("tests", [located, unplaced])]) }

  func testTextRendererPrintsEachNodeAsTheShellDoes() {
    XCTAssertEqual(
      Self.tree.text(.plain),
      """
      lab.yaml: 2 findings
      A paragraph with <angle> brackets.
        domain: corp.contoso.com
        ou: OU=Servers
        attempt 1 · line 12
        attempt 2 · line 40
       RID  NAME
       500  Administrator
      1001  ann
      ERROR  T-LOCATED  10.1.0.0/16 *overlaps* `oslo`
        evidence: logs/Net Setup.log:12: status: 0x2 `x`
        fix: omit the OU
        refs: RFC 3986 section 2.1
      WARN   T-UNPLACED  no file
        evidence: only text
        refs: test source
      netsh interface ipv6 add v6v4tunnel
      netsh interface ipv6 set interface
      area · scope: 1 finding
      WARN   T-UNPLACED  no file
        evidence: only text
        refs: test source
      """)
  }

  func testJSONRendererWalksTheTreeIntoTheFindingsSchema() {
    let json = Self.tree.json
    XCTAssertEqual(json["findings"].map { if case .array(let a) = $0 { a.count } else { -1 } }, 3)
    guard case .array(let nodes)? = json["report"] else { return XCTFail("no report array") }
    XCTAssertEqual(nodes.count, 7)
    XCTAssertEqual(
      nodes[2].compactText, #"{"fields":{"domain":"corp.contoso.com","ou":"OU=Servers"}}"#)
    XCTAssertEqual(
      nodes[4].compactText,
      #"{"table":[{"RID":"500","NAME":"Administrator"},{"RID":"1001","NAME":"ann"}]}"#)
  }

  func testJSONRendererPrintsACommandsContractUnchanged() {
    let contract: JSONValue = .object([("text", "hi")])
    XCTAssertEqual(Report([.paragraph("hi")], data: contract).json, contract)
  }

  func testMarkdownRendererMatchesTheGoldenFile() throws {
    try compare(Self.tree.markdown, golden: "report-tree.md")
  }

  func testSARIFRendererMatchesTheGoldenFile() throws {
    let log = SARIFLog(
      findings: Self.tree.findings, catalog: Self.catalog, baseDirectory: "/srv/lab dir",
      toolVersion: "0.0-test")
    try compare(log.json.prettyText + "\n", golden: "report-tree.sarif")
  }

  func testSARIFPointsAtRelativeFilesUnderTheBaseAndKeepsUnplacedEvidence() {
    let log = SARIFLog(
      findings: Self.tree.findings, catalog: Self.catalog, baseDirectory: "/srv/lab dir",
      toolVersion: "0"
    ).json.compactText
    XCTAssertTrue(
      log.contains(#""originalUriBaseIds":{"SRCROOT":{"uri":"file:///srv/lab%20dir/"}}"#), log)
    XCTAssertTrue(
      log.contains(
        #""artifactLocation":{"uri":"logs/Net%20Setup.log","uriBaseId":"SRCROOT"},"#
          + #""region":{"startLine":12"#),
      log)
    XCTAssertTrue(
      log.contains(#""level":"warning","message":{"text":"join: no file"},"properties""#), log)
    XCTAssertTrue(log.contains(#""evidence":"only text""#), log)
  }

  private func compare(_ actual: String, golden name: String) throws {
    let url = Self.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["HB_UPDATE_GOLDEN"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    XCTAssertEqual(actual, expected, "\(name) differs; HB_UPDATE_GOLDEN=1 rewrites it")
  }
}
