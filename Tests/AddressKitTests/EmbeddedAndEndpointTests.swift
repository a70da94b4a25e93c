import XCTest

@testable import AddressKit

/// IPv4 addresses inside IPv6 ones (one reading for `addr` and `ipv6 explain`), endpoints with
/// ports, and Azure's reservation in IPv6 subnets.
final class EmbeddedAndEndpointTests: XCTestCase {
  func testTeredoDecodesServerClientAndPort() throws {
    // RFC 4380 section 4: port and client are stored inverted (Wikipedia's worked example).
    let address = try IPAddress(parsing: "2001:0:4136:e378:8000:63bf:3fff:fdd2")
    XCTAssertEqual(
      EmbeddedIPv4(address),
      .teredo(
        server: try IPAddress(parsing: "65.54.227.120"),
        client: try IPAddress(parsing: "192.0.2.45"), port: 40000))
  }

  func testIPv6ExplainAndAddrShareTheTeredoReading() throws {
    let address = try IPAddress(parsing: "2001:0:4136:e378:8000:63bf:3fff:fdd2")
    let explanation = InterfaceIdentifier.explain(address)
    guard case .embeddedIPv4(.teredo) = explanation.kind else {
      return XCTFail("Teredo read as \(explanation.kind)")
    }
    XCTAssertFalse(explanation.summary.contains("random"), explanation.summary)
    XCTAssertTrue(explanation.summary.contains("client 192.0.2.45, port 40000"))
  }

  func testNAT64WellKnownPrefixCarriesIPv4InTheLast32Bits() throws {
    XCTAssertEqual(
      EmbeddedIPv4(try IPAddress(parsing: "64:ff9b::1.2.3.4")),
      .nat64(try IPAddress(parsing: "1.2.3.4")))
    XCTAssertNil(EmbeddedIPv4(try IPAddress(parsing: "64:ff9b::1:1.2.3.4")))
    XCTAssertEqual(
      EmbeddedIPv4(try IPAddress(parsing: "::ffff:10.0.0.1")),
      .mapped(try IPAddress(parsing: "10.0.0.1")))
    XCTAssertEqual(
      EmbeddedIPv4(try IPAddress(parsing: "2002:c000:204::1")),
      .sixToFour(try IPAddress(parsing: "192.0.2.4")))
    XCTAssertNil(EmbeddedIPv4(try IPAddress(parsing: "2001:db8::1")))
  }

  func testEndpoints() throws {
    let v6 = try IPEndpoint(parsing: "[2001:db8::1]:80")
    XCTAssertEqual(v6.address, try IPAddress(parsing: "2001:db8::1"))
    XCTAssertEqual(v6.port, 80)
    XCTAssertEqual(v6.text, "[2001:db8::1]:80")
    XCTAssertEqual(try IPEndpoint(parsing: "[fe80::1%12]:3389").address.zone, "12")
    XCTAssertNil(try IPEndpoint(parsing: "[2001:db8::1]").port)
    XCTAssertEqual(try IPEndpoint(parsing: "192.0.2.1:443").port, 443)
    XCTAssertNil(try IPEndpoint(parsing: "2001:db8::1").port)
    for bad in ["[10.0.0.1]:5", "[2001:db8::1]:70000", "[2001:db8::1", "[2001:db8::1]80",
      "[2001:db8::1]:"]
    {
      XCTAssertThrowsError(try IPEndpoint(parsing: bad), bad)
    }
    do {
      _ = try IPEndpoint(parsing: "[2001:db8::1]:70000")
    } catch {
      XCTAssertEqual(error.column, 15)
    }
  }

  func testAzureReservesNoBroadcastInIPv6AndWantsSlash64() throws {
    let v6 = AzureReservation(try IPPrefix(parsing: "2001:db8:1::/64"))
    XCTAssertEqual(v6.reserved.count, 4)
    XCTAssertFalse(v6.reserved.contains { $0.role == .broadcast })
    XCTAssertNil(v6.problem)
    XCTAssertNotNil(v6.note)
    XCTAssertEqual(v6.usable, AddressCount(powerOfTwo: 64, minus: 4))
    let small = AzureReservation(try IPPrefix(parsing: "2001:db8::/126"))
    XCTAssertTrue(small.problem?.contains("exactly /64") ?? false, small.problem ?? "")
    XCTAssertFalse(small.problem?.contains("/29") ?? true)
    let v4 = AzureReservation(try IPPrefix(parsing: "10.0.0.0/24"))
    XCTAssertEqual(v4.reserved.last?.role, .broadcast)
    XCTAssertNil(v4.note)
  }
}
