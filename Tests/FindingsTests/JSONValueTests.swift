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
