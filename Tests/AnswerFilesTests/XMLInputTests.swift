import Findings
import XCTest

@testable import AnswerFiles

/// Invalid UTF-8 must be refused before FoundationXML's parser, which traps on it in element
/// names (found by fuzzing the loader).
final class XMLInputTests: XCTestCase {
  func testInvalidUTF8InANameIsALocatedErrorNotACrash() {
    let bytes = Array("<unattend>\n  <settings>\n    <Local".utf8) + [0xE6, 0xCF] + Array("/>\n  </settings>\n</unattend>\n".utf8)
    XCTAssertThrowsError(try UnattendFile.parse(bytes, file: "u.xml")) { error in
      let error = error as? InputError
      XCTAssertEqual(error?.location, SourceLocation(file: "u.xml", line: 3, column: 11))
      XCTAssertEqual(error?.message.hasPrefix("byte 0xE6 is not valid UTF-8"), true)
    }
  }

  func testUTF16IsTranscodedAndDeclaredLegacyEncodingsAreLeftToTheParser() throws {
    XCTAssertEqual(try XMLInput.utf8([0xFF, 0xFE, 0x3C, 0x00], file: "a.xml"), [0x3C])
    let latin1 = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + [0x0A, 0x3C, 0x61, 0xE9, 0x2F, 0x3E]
    XCTAssertNoThrow(try XMLInput.check(latin1, file: "a.xml"))
    XCTAssertEqual(XMLInput.declaredEncoding(Array(#"<?xml version='1.0' encoding='UTF-8'?><a/>"#.utf8)), "utf-8")
    let latin1Parsed = try UnattendFile.parse(
      Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + Array("\n<unattend><settings pass=\"specialize\"/></unattend>\n".utf8),
      file: "l.xml")
    XCTAssertEqual(latin1Parsed.passes.count, 1)
  }

  /// Found by fuzzing (issue 13): a UTF-16LE BOM, a lone high surrogate, then '.'. libxml2
  /// crashed (SIGSEGV in xmlParseChunk) when it met these bytes from the in-memory readers.
  func testMutatedUTF16NeverReachesTheParser() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0xD8, 0x2E, 0x00]
    XCTAssertThrowsError(try UnattendFile.parse(bytes, file: "m.xml")) { error in
      XCTAssertEqual((error as? InputError)?.location.line, 1, "\(error)")
    }
  }

  func testValidMultibyteTextPasses() {
    XCTAssertNoThrow(try XMLInput.check(Array("<a>café · 日本</a>".utf8), file: "a.xml"))
    XCTAssertEqual(InputBytes.firstInvalidUTF8([0x61, 0xC3]), 1, "a truncated sequence at the end")
    XCTAssertEqual(InputBytes.firstInvalidUTF8([0xED, 0xA0, 0x80]), 0, "an encoded surrogate")
  }
}
