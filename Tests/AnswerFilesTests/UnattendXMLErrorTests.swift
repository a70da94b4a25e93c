import AnswerFiles
import Findings
import XCTest

final class UnattendXMLErrorTests: XCTestCase {
  private func error(_ text: String) -> InputError? {
    do {
      _ = try UnattendFile.parse(Array(text.utf8), file: "bad.xml")
      return nil
    } catch {
      return error
    }
  }

  func testMismatchedEndTagNamesTheOpenElementAndLocation() throws {
    let e = try XCTUnwrap(error("<unattend>\n  <settings pass=\"x\">\n  </setting>\n</unattend>"))
    XCTAssertEqual(e.location.file?.shown, "bad.xml")
    XCTAssertEqual(e.location.line, 3)
    XCTAssertTrue(e.message.contains("</settings>"), e.message)
    XCTAssertTrue(e.message.contains("line 2"), e.message)
    XCTAssertTrue(e.description.hasPrefix("bad.xml:3:"), e.description)
  }

  func testTruncatedDocumentSaysWhichEndTagIsMissing() throws {
    let e = try XCTUnwrap(error("<unattend>\n<settings pass=\"specialize\">\n"))
    XCTAssertTrue(e.message.contains("</settings>"), e.message)
  }

  func testTextBeforeTheRootIsLocatedAtLineOne() throws {
    let e = try XCTUnwrap(error("$x = @\"\n<unattend/>"))
    XCTAssertEqual(e.location.line, 1)
    XCTAssertTrue(e.message.contains("expected"), e.message)
  }

  func testUndeclaredEntityAndBareAmpersand() throws {
    let entity = try XCTUnwrap(error("<unattend>\n<a>&nbsp;</a></unattend>"))
    XCTAssertEqual(entity.location.line, 2)
    XCTAssertTrue(entity.message.contains("entity"), entity.message)
    let amp = try XCTUnwrap(error("<unattend><a>R&D x</a></unattend>"))
    XCTAssertTrue(amp.message.contains("&amp;"), amp.message)
  }

  func testEmptyInputAndWrongRoot() throws {
    XCTAssertNotNil(error(""))
    let root = try XCTUnwrap(error("<component name=\"x\"/>"))
    XCTAssertTrue(root.message.contains("<unattend>"), root.message)
  }

  func testGarbageNeverCrashes() {
    let junk: [[UInt8]] = [[0xFF, 0xFE, 0x00], [0x3C], Array("<<<>>>".utf8), [0, 0, 0, 0]]
    for bytes in junk {
      XCTAssertThrowsError(try UnattendFile.parse(bytes, file: "junk.xml"))
    }
  }
}
