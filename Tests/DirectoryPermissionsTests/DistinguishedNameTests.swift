import XCTest

@testable import DirectoryPermissions

final class DistinguishedNameTests: XCTestCase {
  func dn(_ text: String) throws -> DistinguishedName { try DistinguishedName(parsing: text) }

  func failure(_ text: String) -> DNParseError? {
    do {
      _ = try DistinguishedName(parsing: text)
      return nil
    } catch { return error }
  }

  func testParsesRDNsLeafFirst() throws {
    let name = try dn("CN=Ann Admin,OU=Staff,DC=corp,DC=contoso,DC=com")
    XCTAssertEqual(name.rdns.count, 5)
    XCTAssertEqual(name.rdns[0].attributes[0].type, "CN")
    XCTAssertEqual(name.rdns[0].attributes[0].value, "Ann Admin")
    XCTAssertEqual(name.parent?.description, "OU=Staff,DC=corp,DC=contoso,DC=com")
    XCTAssertEqual(name.ancestors.count, 4)
    XCTAssertEqual(name.ancestors.last?.description, "DC=com")
  }

  func testComparesCaseAndBlankInsensitively() throws {
    // RFC 4518 insignificant space handling; AD matches DN strings case-insensitively.
    XCTAssertEqual(
      try dn("cn=ann  admin , ou=STAFF,dc=corp"), try dn("CN=Ann Admin,OU=Staff,DC=Corp"))
    XCTAssertNotEqual(try dn("CN=Ann Admin,DC=corp"), try dn("CN=AnnAdmin,DC=corp"))
    XCTAssertEqual(try dn("2.5.4.3=x,DC=corp"), try dn("CN=x,DC=corp"))
    XCTAssertEqual(try dn("OID.2.5.4.11=x"), try dn("OU=x"))
    // Escaped and hex-escaped forms decode to the same value.
    XCTAssertEqual(try dn("CN=Smith\\, John,DC=x"), try dn("CN=Smith\\2C John,DC=x"))
    // A multi-valued RDN is a set.
    XCTAssertEqual(try dn("CN=a+UID=b,DC=x"), try dn("UID=b+CN=a,DC=x"))
  }

  func testParentAndChild() throws {
    let domain = try dn("DC=corp,DC=contoso,DC=com")
    let ou = try dn("OU=Staff,DC=corp,DC=contoso,DC=com")
    let user = try dn("CN=Bob,OU=Staff,DC=Corp,DC=contoso,DC=com")
    XCTAssertTrue(ou.isChild(of: domain))
    XCTAssertFalse(user.isChild(of: domain))
    XCTAssertTrue(user.isDescendant(of: domain))
    XCTAssertFalse(domain.isDescendant(of: domain))
    XCTAssertTrue(domain.isWithin(domain))
    XCTAssertFalse(try dn("DC=contoso,DC=com").isDescendant(of: domain))
    XCTAssertEqual(ou.appending(RelativeDistinguishedName(type: "CN", value: "Bob")), user)
    XCTAssertNil(DistinguishedName.root.parent)
    XCTAssertTrue(try dn("  ").isRoot)
  }

  func testEscapesPerRFC4514() throws {
    XCTAssertEqual(DistinguishedName.escape("Smith, John"), "Smith\\, John")
    XCTAssertEqual(DistinguishedName.escape(" lead"), "\\ lead")
    XCTAssertEqual(DistinguishedName.escape("trail "), "trail\\ ")
    XCTAssertEqual(DistinguishedName.escape("#1"), "\\#1")
    XCTAssertEqual(DistinguishedName.escape("a#b"), "a#b")
    XCTAssertEqual(DistinguishedName.escape("a+b=c<d>e;f\"g\\h"), "a\\+b=c\\<d\\>e\\;f\\\"g\\\\h")
    XCTAssertEqual(DistinguishedName.escape("x\ny"), "x\\0Ay")
    XCTAssertEqual(DistinguishedName.escape("Åse"), "Åse")
    // Every escaped value parses back to itself.
    for value in ["Smith, John", " lead", "trail ", "#1", "a+b=c<d>e;f\"g\\h", "Åse", "x\ny"] {
      let text = "CN=" + DistinguishedName.escape(value) + ",DC=x"
      XCTAssertEqual(try dn(text).rdns[0].attributes[0].value, value, text)
      XCTAssertEqual(try dn(text).description, text)
    }
  }

  func testDecodesHexEscapesAsUTF8() throws {
    XCTAssertEqual(try dn("CN=\\C3\\85se,DC=x").rdns[0].attributes[0].value, "Åse")
    XCTAssertEqual(try dn("CN=#04024869,DC=x").rdns[0].attributes[0].isHexValue, true)
    XCTAssertEqual(try dn("CN=a\\ ,DC=x").rdns[0].attributes[0].value, "a ")
  }

  func testBadInputGivesLocatedErrors() {
    XCTAssertEqual(failure("CN=a,,DC=x"), DNParseError(.emptyRDN, column: 6))
    XCTAssertEqual(failure(",DC=x"), DNParseError(.emptyRDN, column: 1))
    XCTAssertEqual(failure("CN=a,"), DNParseError(.emptyRDN, column: 6))
    XCTAssertEqual(failure("CN a,DC=x"), DNParseError(.missingEquals, column: 4))
    XCTAssertEqual(failure("=a,DC=x"), DNParseError(.badAttributeType(""), column: 1))
    XCTAssertEqual(failure("C_N=a"), DNParseError(.badAttributeType("C_N"), column: 1))
    XCTAssertEqual(failure("CN=a\\q"), DNParseError(.badEscape, column: 5))
    XCTAssertEqual(failure("CN=a\\"), DNParseError(.badEscape, column: 5))
    XCTAssertEqual(failure("CN=a;b"), DNParseError(.unescaped(";"), column: 5))
    XCTAssertEqual(failure("CN=Åa\"b"), DNParseError(.unescaped("\""), column: 6))
    XCTAssertEqual(failure("CN=#123"), DNParseError(.badHexValue, column: 4))
    XCTAssertEqual(failure("CN=\\C3,DC=x"), DNParseError(.invalidUTF8, column: 4))
    XCTAssertEqual(
      failure("CN=a;b")?.description, "column 5: ';' must be escaped as '\\;' in a value")
  }
}

extension DistinguishedNameTests {
  /// The fast key of plain DNs is exactly the full parse's key; anything else falls back.
  func testFastKeyAgreesWithFullParse() throws {
    for text in [
      "CN=User1,OU=Unit 5,DC=bench,DC=example,DC=com", "cn=a ,dc=x", "CN=Smith\\, John,DC=x",
      "CN=a+UID=b,DC=x", "2.5.4.3=x,DC=y", "CN=Åse,DC=x", "CN=#04024869,DC=x", "CN=a  b,DC=x",
      "OU=x=y,DC=z", "CN=a, OU=b",
    ] {
      XCTAssertEqual(DistinguishedName.key(of: text), try dn(text).key, text)
    }
    XCTAssertNil(DistinguishedName.key(of: "CN=a,,DC=x"))
    XCTAssertEqual(DirectoryView.parentKey(try dn("CN=Smith\\, John,DC=x").key), "dc=x")
  }
}
