import XCTest

@testable import AddressKit

final class ParsingTests: XCTestCase {
  func error(_ text: String) -> AddressParseError? {
    do {
      _ = try IPAddress(parsing: text)
      return nil
    } catch { return error }
  }

  func prefixError(_ text: String) -> AddressParseError? {
    do {
      _ = try IPPrefix(parsing: text)
      return nil
    } catch { return error }
  }

  func testOctetTooLargeSaysWhichAndWhere() throws {
    let e = try XCTUnwrap(error("10.0.0.256"))
    XCTAssertEqual(e.reason, .octetTooLarge(octet: 4, text: "256"))
    XCTAssertEqual(e.column, 8)
    XCTAssertEqual(e.message, "octet 4 is 256, at most 255")
  }

  func testLeadingZeroExplainsOctal() throws {
    let e = try XCTUnwrap(error("10.10.1.011"))
    XCTAssertEqual(e.reason, .leadingZero(octet: 4, text: "011", octalValue: 9))
    XCTAssertTrue(e.message.contains("octal (9)"), e.message)
    XCTAssertEqual(error("010.0.0.1")?.reason, .leadingZero(octet: 1, text: "010", octalValue: 8))
    XCTAssertEqual(error("1.2.3.09")?.reason, .leadingZero(octet: 4, text: "09", octalValue: nil))
  }

  func testSecondDoubleColonColumn() throws {
    let e = try XCTUnwrap(error("2001:db8::1::2"))
    XCTAssertEqual(e.reason, .secondDoubleColon(firstColumn: 9))
    // 1-based: '2001:db8::1' is 11 characters, the second '::' starts at character 12.
    XCTAssertEqual(e.column, 12)
  }

  func testOtherRefusals() {
    XCTAssertEqual(error("127.1")?.reason, .tooFewOctets(found: 2))
    XCTAssertEqual(error("3232235521")?.reason, .bareInteger("3232235521"))
    XCTAssertEqual(error("1.2.3.4%eth0")?.reason, .zoneOnIPv4)
    XCTAssertEqual(error("fe80::1%")?.reason, .emptyZone)
    XCTAssertEqual(error("fe801::1")?.reason, .groupTooLong(digits: 5))
    XCTAssertEqual(error("1:2:3:4:5:6:7")?.reason, .tooFewGroups(found: 7))
    XCTAssertEqual(error("1:2:3:4::5:6:7:8")?.reason, .doubleColonFillsNothing)
    XCTAssertEqual(error("fe80:")?.reason, .trailingColon)
    XCTAssertEqual(error(":1")?.reason, .leadingColon)
    XCTAssertEqual(error("::1/128")?.reason, .prefixWhereAddressExpected)
    XCTAssertEqual(error("")?.reason, .empty)
    XCTAssertEqual(
      error("ffff:ffff:ffff:ffff:ffff:ffff:ffff:192.168.140.255")?.reason,
      .misplacedIPv4(groupsBefore: 7))
    XCTAssertEqual(error(" 1.2.3.4")?.column, 1)
  }

  func testZonesAndMapped() throws {
    let a = try IPAddress(parsing: "fe80::1%eth0")
    XCTAssertEqual(a.zone, "eth0")
    XCTAssertEqual(a.description, "fe80::1%eth0")
    XCTAssertEqual(try IPAddress(parsing: "fe80::1%12").zone, "12")
    XCTAssertEqual(try IPAddress(parsing: "::ffff:192.0.2.1").mappedIPv4?.description, "192.0.2.1")
    XCTAssertEqual(prefixError("fe80::%eth0/64")?.reason, .zoneInPrefix)
  }

  func testHostBitsSuggestNetwork() throws {
    let e = try XCTUnwrap(prefixError("10.0.0.1/24"))
    XCTAssertEqual(e.suggestedPrefix?.description, "10.0.0.0/24")
    XCTAssertTrue(e.message.contains("did you mean 10.0.0.0/24"))
    XCTAssertEqual(try IPPrefix(parsing: "10.0.0.1/24", hostBits: .mask).description, "10.0.0.0/24")
    let (address, prefix) = try IPPrefix.parseInterface("2001:db8::2/64")
    XCTAssertEqual(address.description, "2001:db8::2")
    XCTAssertEqual(prefix.description, "2001:db8::/64")
  }

  func testMasksAndLengths() throws {
    XCTAssertEqual(try IPPrefix(parsing: "10.0.0.0/255.255.255.0").length, 24)
    XCTAssertEqual(try IPPrefix(parsing: "10.0.0.0/0.0.0.255").length, 24)
    XCTAssertEqual(prefixError("10.0.0.0/255.0.255.0")?.reason, .badNetmask("255.0.255.0"))
    XCTAssertEqual(prefixError("10.0.0.0/33")?.reason, .prefixLengthTooLarge(33, max: 32))
    XCTAssertEqual(prefixError("2001:db8::/129")?.reason, .prefixLengthTooLarge(129, max: 128))
    XCTAssertEqual(prefixError("10.0.0.0/+24")?.reason, .badPrefixLength("+24"))
    XCTAssertEqual(prefixError("10.0.0.0")?.reason, .missingPrefixLength)
  }

  /// A few RFC 5952 vectors kept inline so the test runs without the shared data.
  func testRFC5952Inline() throws {
    let cases = [
      ("2001:0db8::0001", "2001:db8::1"), ("2001:db8:0:0:0:0:2:1", "2001:db8::2:1"),
      ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
      ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
      ("0:0:0:0:1:0:0:0", "::1:0:0:0"), ("::ffff:c000:201", "::ffff:192.0.2.1"),
      ("2001:DB8::1", "2001:db8::1"), ("0:0:0:0:0:0:0:0", "::"),
    ]
    for (input, expected) in cases {
      XCTAssertEqual(try IPAddress(parsing: input).canonicalText, expected, input)
    }
    XCTAssertEqual(try IPAddress(parsing: "2001:db8::1").withPort(80), "[2001:db8::1]:80")
  }

  func testRFC5952Vectors() throws {
    for r in try ReferenceData.records("rfc5952_vectors.csv") {
      let input = r["input"] ?? ""
      let expected = r["canonical_rfc5952"] ?? ""
      if input.hasSuffix(" port 80") {
        let a = try IPAddress(parsing: String(input.dropLast(" port 80".count)))
        XCTAssertEqual(a.withPort(80), expected)
      } else {
        XCTAssertEqual(try IPAddress(parsing: input).canonicalText, expected, input)
      }
    }
  }

  /// Expected outcomes are CPython 3.13's, except zones inside prefixes, which we refuse as
  /// Go does (golang/go#51899).
  func testParseEdgeCaseVectors() throws {
    let records = try ReferenceData.records("parse_edge_cases.csv")
    XCTAssertGreaterThan(records.count, 50)
    for r in records {
      let input = r["input"] ?? ""
      var expected = r["cpython_3.13.0"] ?? ""
      if input == "fe80::%eth0/64" { expected = "ERR" }
      let got: String
      if r["kind"] == "net" {
        got = (try? IPPrefix(parsing: input)).map { "OK \($0)" } ?? "ERR"
      } else {
        got = (try? IPAddress(parsing: input)).map { "OK \($0)" } ?? "ERR"
      }
      if expected.hasPrefix("OK") {
        XCTAssertEqual(got, expected, input)
      } else {
        XCTAssertEqual(got, "ERR", input)
      }
    }
  }

  func testGarbageNeverCrashes() {
    var rng = SystemRandomNumberGenerator()
    let alphabet = Array("0123456789abcdefABCDEF:.%/ x[]-+\u{00e9}")
    for _ in 0..<5000 {
      let n = Int.random(in: 0..<50, using: &rng)
      let s = String((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
      _ = try? IPAddress(parsing: s)
      _ = try? IPPrefix(parsing: s)
    }
  }
}
