import XCTest

@testable import Findings

final class FindingTests: XCTestCase {
  func testJSONHasExactlyTheSchemaKeysInOrder() {
    let finding = Finding(
      id: "ADDR-OVERLAP", severity: .warning, subject: "oslo",
      message: "10.1.0.0/16 contains 10.1.2.0/24")
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
    let a = Finding(id: "B", severity: .warning, subject: "x", message: "")
    let b = Finding(id: "A", severity: .error, subject: "y", message: "")
    let c = Finding(id: "A", severity: .warning, subject: "z", message: "")
    XCTAssertEqual([a, b, c].sorted(by: Finding.reportOrder).map(\.subject), ["y", "z", "x"])
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
