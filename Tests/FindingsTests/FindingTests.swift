import XCTest

@testable import Findings

final class FindingTests: XCTestCase {
  func testJSONHasExactlyTheSchemaKeysInOrder() {
    let finding = Finding(
      rule("ADDR-OVERLAP", .warning), subject: "oslo",
      message: "10.1.0.0/16 contains 10.1.2.0/24", refs: [])
    let json = finding.json
    guard case .object(let pairs) = json else { return XCTFail("not an object") }
    XCTAssertEqual(
      pairs.map(\.0), ["id", "severity", "subject", "message", "evidence", "fix", "refs"])
    XCTAssertEqual(json["evidence"], .null)
    XCTAssertEqual(json["fix"], .null)
    XCTAssertEqual(json["refs"], .array([]))
    XCTAssertEqual(json["severity"], "warning")
  }

  func testEvidenceAlwaysCarriesThreeKeys() {
    let evidence = SourceLocation("NetSetup.log", line: 41)
    XCTAssertEqual(
      evidence.evidenceJSON.compactText, #"{"file":"NetSetup.log","line":41,"text":null}"#)
    XCTAssertEqual(evidence.place, "NetSetup.log:41")
    XCTAssertNil(SourceLocation().place)
  }

  /// Evidence and messages name the file as the user typed it, never the resolved path.
  func testTheFileIsShownAsTyped() {
    let typed = FileReference(path: "/home/ann/logs/NetSetup.log", shown: "logs/NetSetup.log")
    let place = SourceLocation(typed, line: 3, column: 7, text: "x")
    XCTAssertEqual(place.description, "logs/NetSetup.log:3:7")
    XCTAssertEqual(place.place, "logs/NetSetup.log:3")
    XCTAssertEqual(place.evidenceJSON["file"], "logs/NetSetup.log")
    XCTAssertEqual(SourceLocation(typed).description, "logs/NetSetup.log")
    XCTAssertEqual(typed.parent, FileReference(path: "/home/ann/logs", shown: "logs"))
  }

  func testReportOrderPutsErrorsFirstThenId() {
    let a = Finding(rule("B", .warning), subject: "x", message: "")
    let b = Finding(rule("A", .error), subject: "y", message: "")
    let c = Finding(rule("A", .error), severity: .warning, subject: "z", message: "")
    XCTAssertEqual([a, b, c].sorted(by: Finding.reportOrder).map(\.subject), ["y", "z", "x"])
  }

  func testFindingTakesRuleDefaultsUnlessOverridden() {
    let r = rule("R-ONE", .error)
    let plain = Finding(r, subject: "s", message: "m")
    XCTAssertEqual(plain.id, "R-ONE")
    XCTAssertEqual(plain.severity, .error)
    XCTAssertEqual(plain.refs, ["RFC 0"])
    let lowered = Finding(r, severity: .info, subject: "s", message: "m", refs: [])
    XCTAssertEqual(lowered.severity, .info)
    XCTAssertEqual(lowered.refs, [])
  }

  func testCatalogFindsRulesByIdAnyCase() {
    let catalog = RuleCatalog([.init("area", [rule("X-ONE", .info), rule("X-TWO", .error)])])
    XCTAssertEqual(catalog.rule("x-two")?.severity, .error)
    XCTAssertNil(catalog.rule("X-THREE"))
    XCTAssertEqual(catalog.rules.map(\.id), ["X-ONE", "X-TWO"])
  }

  private func rule(_ id: String, _ severity: Severity) -> Rule {
    Rule(id, severity, title: "t", explanation: "e", fix: "f", sources: ["RFC 0"])
  }

  func testInputErrorRendersFileLineColumn() {
    let error = InputError("expected ':'", at: SourceLocation(file: "lab.yaml", line: 3, column: 7))
    XCTAssertEqual(error.description, "lab.yaml:3:7: expected ':'")
  }
}

final class SourceLocationLayoutTests: XCTestCase {
  /// A location is as small as the origin it replaced (every directory object has one).
  func testALocationFitsInThirtyTwoBytes() {
    XCTAssertLessThanOrEqual(MemoryLayout<SourceLocation>.size, 32)
    XCTAssertEqual(MemoryLayout<FileReference>.size, 8)
  }

  func testUnknownPartsStayUnknown() {
    var place = SourceLocation("a.ldif", line: 0, column: -3)
    XCTAssertNil(place.line)
    XCTAssertNil(place.column)
    place.line? += 5
    XCTAssertNil(place.line)
    place.line = 7
    place.line? += 5
    XCTAssertEqual(place.description, "a.ldif:12")
  }
}
