import AnswerFiles
import XCTest

/// The one XML error table against libxml2's numbering: each code below was read from
/// `xmlParserErrors` in libxml2's include/libxml/xmlerror.h (libxml2-dev 2.9/2.12), which
/// Foundation's `XMLParser` passes through as `NSError.code`.
final class XMLErrorTextTests: XCTestCase {
  /// (code, libxml2 name, a phrase the message must contain).
  static let checked: [(Int, String, String)] = [
    (4, "XML_ERR_DOCUMENT_EMPTY", "expected the document to start with '<'"),
    (5, "XML_ERR_DOCUMENT_END", "expected nothing after the root element"),
    (9, "XML_ERR_INVALID_CHAR", "invalid character"),
    (23, "XML_ERR_ENTITYREF_SEMICOL_MISSING", "expected ';' to end the entity reference"),
    (24, "XML_ERR_PEREF_NO_NAME", "expected a name after '%'"),
    (26, "XML_ERR_UNDECLARED_ENTITY", "undeclared entity"),
    (27, "XML_WAR_UNDECLARED_ENTITY", "undeclared entity"),
    (38, "XML_ERR_LT_IN_ATTRIBUTE", "'<' inside an attribute value"),
    (39, "XML_ERR_ATTRIBUTE_NOT_STARTED", "to start the attribute value"),
    (40, "XML_ERR_ATTRIBUTE_NOT_FINISHED", "attribute value not finished"),
    (41, "XML_ERR_ATTRIBUTE_WITHOUT_VALUE", "attribute without a value"),
    (42, "XML_ERR_ATTRIBUTE_REDEFINED", "attribute given twice"),
    (64, "XML_ERR_RESERVED_XML_NAME", "XML declaration may only appear at the very start"),
    (65, "XML_ERR_SPACE_REQUIRED", "expected white space"),
    (68, "XML_ERR_NAME_REQUIRED", "expected an element name"),
    (73, "XML_ERR_GT_REQUIRED", "expected '>'"),
    (74, "XML_ERR_LTSLASH_REQUIRED", "expected '</'"),
    (76, "XML_ERR_TAG_NAME_MISMATCH", "mismatched end tag"),
    (77, "XML_ERR_TAG_NOT_FINISHED", "element not closed"),
    (85, "XML_ERR_NOT_WELL_BALANCED", "single root element"),
    (86, "XML_ERR_EXTRA_CONTENT", "single root element"),
    (111, "XML_ERR_USER_STOP", "parsing stopped"),
  ]

  func testEveryCheckedCodeSaysWhatLibxml2Means() {
    for (code, name, phrase) in Self.checked {
      let text = XMLErrorText.message(code: code)
      XCTAssertTrue(text.contains(phrase), "\(code) \(name): \(text)")
    }
  }

  /// The netcfg importer's former copy called 23 a missing '>' and 38 an unquoted value.
  func testTheFormerNetcfgMistakesAreGone() {
    XCTAssertFalse(XMLErrorText.message(code: 23).contains("'>'"))
    XCTAssertFalse(XMLErrorText.message(code: 38).contains("quoted"))
  }

  func testUnknownCodesNameTheCode() {
    XCTAssertTrue(XMLErrorText.message(code: 999).contains("999"))
  }
}
