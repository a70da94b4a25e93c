import XCTest

@testable import WindowsSecurity

final class SecurityIdentifierTests: XCTestCase {
  func testTextRoundTripAndHexAuthority() throws {
    let sid = try SecurityIdentifier(parsing: "S-1-5-21-1-2-3-512")
    XCTAssertEqual(sid.description, "S-1-5-21-1-2-3-512")
    XCTAssertEqual(sid.rid, 512)
    XCTAssertEqual(try SecurityIdentifier(parsing: "s-1-0x20-3-4").description, "S-1-32-3-4")
    // [MS-DTYP] 2.4.2.1: authorities of 2^32 and more are written in hexadecimal.
    XCTAssertEqual(
      try SecurityIdentifier(parsing: "S-1-5000000000-30-40").description, "S-1-0x12A05F200-30-40")
  }

  func testMalformedTextNamesTheColumn() {
    XCTAssertThrowsError(try SecurityIdentifier(parsing: "S-2-5-32")) {
      XCTAssertEqual(($0 as? SDDLError)?.column, 3)
    }
    XCTAssertThrowsError(try SecurityIdentifier(parsing: "S-1-5-4294967296")) {
      XCTAssertEqual($0 as? SDDLError, SDDLError(column: 7, "sub-authority 4294967296 does not fit in 32 bits"))
    }
    XCTAssertThrowsError(try SecurityIdentifier(parsing: "S-1-5-21x")) {
      XCTAssertEqual(($0 as? SDDLError)?.column, 9)
    }
    XCTAssertThrowsError(try SecurityIdentifier(parsing: "S-1-")) {
      XCTAssertEqual(($0 as? SDDLError)?.column, 5)
    }
    let sixteen = "S-1-5" + String(repeating: "-1", count: 16)
    XCTAssertThrowsError(try SecurityIdentifier(parsing: sixteen)) {
      XCTAssertEqual(($0 as? SDDLError)?.column, 37)
    }
  }

  func testBinaryFormIsMSDTYPLayout() throws {
    let sid = try SecurityIdentifier(parsing: "S-1-5-32-544")
    XCTAssertEqual(sid.bytes, [1, 2, 0, 0, 0, 0, 0, 5, 0x20, 0, 0, 0, 0x20, 0x02, 0, 0])
    XCTAssertEqual(try SecurityIdentifier.decode(sid.bytes, at: 0), sid)
    XCTAssertThrowsError(try SecurityIdentifier.decode([1, 2, 0, 0, 0, 0, 0, 5, 0x20], at: 0)) {
      XCTAssertEqual(
        $0 as? BinaryDescriptorError,
        BinaryDescriptorError(.sid, at: 0, "SID with 2 sub-authorities needs 16 bytes, 9 left"))
    }
    XCTAssertThrowsError(try SecurityIdentifier.decode([1, 16] + Array(repeating: 0, count: 70), at: 0)) {
      XCTAssertEqual(($0 as? BinaryDescriptorError)?.offset, 1)
    }
  }

  func testWellKnownAliasesResolveAgainstTheirDomain() throws {
    let domain = try SecurityIdentifier(parsing: "S-1-5-21-1-2-3")
    let root = try SecurityIdentifier(parsing: "S-1-5-21-9-9-9")
    let context = SIDContext(domain: domain, forestRoot: root)
    XCTAssertEqual(WellKnownSID.entry(alias: "da")?.sid(in: context)?.description, "S-1-5-21-1-2-3-512")
    XCTAssertEqual(WellKnownSID.entry(alias: "EA")?.sid(in: context)?.description, "S-1-5-21-9-9-9-519")
    XCTAssertEqual(WellKnownSID.entry(alias: "RU")?.sid(in: .none)?.description, "S-1-5-32-554")
    XCTAssertNil(WellKnownSID.entry(alias: "DA")?.sid(in: .none))
    XCTAssertEqual(
      WellKnownSID.entry(for: try SecurityIdentifier(parsing: "S-1-5-21-9-9-9-519"), in: context)?.alias, "EA")
    XCTAssertNil(WellKnownSID.entry(for: try SecurityIdentifier(parsing: "S-1-5-21-9-9-9-512"), in: context))
    XCTAssertEqual(WellKnownSID.entry(for: .principalSelf, in: .none)?.alias, "PS")
    // Every alias is two letters and appears once.
    let aliases = WellKnownSID.table.compactMap(\.alias)
    XCTAssertEqual(Set(aliases).count, aliases.count)
    XCTAssertEqual(aliases.count, 66)
  }
}

final class GUIDTests: XCTestCase {
  func testMixedEndianBinaryForm() throws {
    let user = try GUID(parsing: "BF967ABA-0de6-11d0-a285-00aa003049e2")
    XCTAssertEqual(user.description, "bf967aba-0de6-11d0-a285-00aa003049e2")
    XCTAssertEqual(
      user.bytes,
      [0xba, 0x7a, 0x96, 0xbf, 0xe6, 0x0d, 0xd0, 0x11, 0xa2, 0x85, 0x00, 0xaa, 0x00, 0x30, 0x49, 0xe2])
    XCTAssertEqual(GUID(bytes: user.bytes), user)
    XCTAssertNil(GUID(bytes: Array(user.bytes.prefix(15))))
  }

  func testRefusedForms() {
    for (text, column) in [
      ("{bf967aba-0de6-11d0-a285-00aa003049e2}", 1), ("bf967aba0de611d0a28500aa003049e2", 1),
      ("bf967aba-0de6-11d0-a285-00aa00potato", 31), ("bf967aba-0de6-11d0+a285-00aa003049e2", 19),
    ] {
      XCTAssertThrowsError(try GUID(parsing: text), text) {
        XCTAssertEqual(($0 as? SDDLError)?.column, column, text)
      }
    }
  }
}
