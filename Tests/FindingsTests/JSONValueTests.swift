import Foundation
import XCTest

@testable import Findings

final class JSONValueTests: XCTestCase {
  func testEscapesControlCharactersQuotesAndBackslashes() {
    let value = JSONValue.string("a\"b\\c\nd\u{1}é")
    XCTAssertEqual(value.compactText, #""a\"b\\c\nd\u0001é""#)
  }

  func testPrettyKeepsKeyOrderAndIndentsByTwo() {
    let value: JSONValue = .object([("z", 1), ("a", [true, nil]), ("e", .object([]))])
    XCTAssertEqual(
      value.prettyText,
      """
      {
        "z": 1,
        "a": [
          true,
          null
        ],
        "e": {}
      }
      """)
  }

  func testDoublesThatAreWholeNumbersPrintWithoutAFraction() {
    XCTAssertEqual(JSONValue.double(3).compactText, "3")
    XCTAssertEqual(JSONValue.double(0.5).compactText, "0.5")
    XCTAssertEqual(JSONValue.double(.nan).compactText, "null")
  }

  func testObjectEqualityIsOrderSensitive() {
    XCTAssertNotEqual(JSONValue.object([("a", 1), ("b", 2)]), .object([("b", 2), ("a", 1)]))
    XCTAssertEqual(JSONValue.object([("a", 1)])["a"], 1)
  }
}

final class JSONValueScaleTests: XCTestCase {
  /// Many string values must not make writing quadratic; also checks every value survives.
  func testLargeDocumentsRoundTripThroughJSONSerialization() throws {
    let value = JSONValue.array((0..<20_000).map { .object([("line", .int($0)), ("text", .string("NetpDoDomainJoin: status 0x\($0) \"q\" é"))]) })
    let text = value.compactText
    let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    XCTAssertEqual(parsed.count, 20_000)
    XCTAssertEqual(parsed[19_999]["text"] as? String, "NetpDoDomainJoin: status 0x19999 \"q\" é")
  }
}
