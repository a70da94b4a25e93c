import XCTest

@testable import AddressKit

final class PlanningTests: XCTestCase {
  func testEUI64Inline() throws {
    let mac = try MACAddress(parsing: "34-56-78-9A-BC-DE")
    XCTAssertEqual(InterfaceIdentifier.modifiedEUI64(mac), 0x3656_78FF_FE9A_BCDE)
    let a = InterfaceIdentifier.address(mac, in: try IPPrefix(parsing: "fe80::/64"))
    XCTAssertEqual(a?.description, "fe80::3656:78ff:fe9a:bcde")
    XCTAssertEqual(a.flatMap(InterfaceIdentifier.mac(from:)), mac)
    XCTAssertNil(InterfaceIdentifier.address(mac, in: try IPPrefix(parsing: "2001:db8::/48")))
  }

  func testEUI64Vectors() throws {
    for r in try ReferenceData.records("eui64_vectors.csv") {
      let mac = try MACAddress(parsing: r["mac"] ?? "")
      let prefix = try IPPrefix(parsing: r["prefix"] ?? "")
      let iid = UInt64(
        r["modified_eui64_iid"]?.replacingOccurrences(of: ":", with: "") ?? "", radix: 16)
      XCTAssertEqual(InterfaceIdentifier.modifiedEUI64(mac), iid, r["mac"] ?? "")
      let address = try XCTUnwrap(InterfaceIdentifier.address(mac, in: prefix))
      XCTAssertEqual(address.description, r["address"])
      XCTAssertEqual(InterfaceIdentifier.mac(from: address), mac)
    }
  }

  func testIdentifierKinds() throws {
    XCTAssertEqual(
      InterfaceIdentifier.explain(try IPAddress(parsing: "fe80::215:5dff:fe01:203")).kind,
      .eui64(try MACAddress(parsing: "00:15:5d:01:02:03")))
    XCTAssertEqual(InterfaceIdentifier.explain(try IPAddress(parsing: "2001:db8::2")).kind, .manual)
    let opaque = InterfaceIdentifier.explain(try IPAddress(parsing: "2001:db8::a1b2:c3d4:e5f6:789"))
    XCTAssertEqual(opaque.kind, .opaque)
    XCTAssertTrue(opaque.refs.contains("RFC 8981"))
    XCTAssertThrowsError(try MACAddress(parsing: "34-56-78-9A-BC"))
    XCTAssertThrowsError(try MACAddress(parsing: "34-56:78-9A-BC-DE"))
  }

  func plan(client: String = "203.0.113.10", routed: String = "2001:db8:1::/64")
    throws -> SixInFourPlan
  {
    SixInFourPlan(
      serverIPv4: try IPAddress(parsing: "216.66.80.26"),
      clientIPv4: try IPAddress(parsing: client),
      tunnelPrefix: try IPPrefix(parsing: "2001:db8:f::/64"),
      routedPrefix: try IPPrefix(parsing: routed))
  }

  func testTunnelCommands() throws {
    let p = try plan()
    XCTAssertEqual(p.serverIPv6?.description, "2001:db8:f::1")
    XCTAssertEqual(p.clientIPv6?.description, "2001:db8:f::2")
    XCTAssertTrue(p.isValid)
    let c = p.netshCommands
    // Teredo off first; the LAN interface last, advertising the default route.
    XCTAssertEqual(c.first, "netsh interface teredo set state type=\"disabled\"")
    XCTAssertEqual(
      c[1],
      "netsh interface ipv6 add v6v4tunnel interface=\"IP6Tunnel\" localaddress=\"203.0.113.10\" "
        + "remoteaddress=\"216.66.80.26\"")
    XCTAssertTrue(
      c.contains(
        "netsh interface ipv6 add route prefix=\"::/0\" interface=\"IP6Tunnel\" "
          + "nexthop=\"2001:db8:f::1\" publish=\"yes\""
      ))
    XCTAssertTrue(
      c.contains(
        "netsh interface ipv6 add route prefix=\"2001:db8:1::/64\" interface=\"LAN\" "
          + "publish=\"yes\""))
    XCTAssertEqual(
      c.last,
      "netsh interface ipv6 set interface interface=\"LAN\" forwarding=\"enabled\" "
        + "advertise=\"enabled\" routerdiscovery=\"enabled\" advertisedefaultroute=\"enabled\"")
    XCTAssertTrue(c.allSatisfy { $0.hasPrefix("netsh interface ") })
    let private_ = try p.routerSteps(disablePrivacy: true)
    XCTAssertEqual(private_.last?.command, "netsh interface ipv6 set privacy state=\"disabled\"")
    XCTAssertTrue(private_.allSatisfy { $0.source.contains("netsh interface") })
  }

  func testInterfaceNamesCmdCannotQuoteAreRefused() throws {
    let p = try plan()
    for name in ["a\"b", "100%", "x^y", "a&b", "a|b", "a<b", "a>b", "a\nb", "a\rb", "a\u{1}b"] {
      let named = SixInFourPlan(
        serverIPv4: p.serverIPv4, clientIPv4: p.clientIPv4, tunnelPrefix: p.tunnelPrefix,
        routedPrefix: p.routedPrefix, lanInterface: name)
      XCTAssertThrowsError(try named.routerSteps(), name)
      XCTAssertEqual(named.netshCommands, [], name)
    }
    // Blanks, backticks, $(...) and quotes of other shells are plain text inside cmd's quotes.
    let fine = SixInFourPlan(
      serverIPv4: p.serverIPv4, clientIPv4: p.clientIPv4, tunnelPrefix: p.tunnelPrefix,
      routedPrefix: p.routedPrefix, lanInterface: "Ethernet 2 `$(x)' (LAN)")
    XCTAssertTrue(
      try fine.routerSteps().contains { $0.command.contains("interface=\"Ethernet 2 `$(x)' (LAN)\"") })
    do {
      _ = try CmdQuoting.quoted("a%b", what: "--lan")
      XCTFail("'%' must be refused")
    } catch {
      XCTAssertEqual(
        error.description,
        "--lan 'a%b' contains '%' at character 2: cmd.exe cannot quote \", %, ^, &, "
          + "|, <, >, or line breaks safely, so the script is not written")
    }
  }

  func testTunnelNATCaveatAndOverlap() throws {
    XCTAssertTrue(
      try plan(client: "192.168.1.10").findings.contains { $0.id == "V6-TUNNEL-CLIENT-BEHIND-NAT" })
    let bad = try plan(routed: "2001:db8:f::/64")
    XCTAssertTrue(bad.findings.contains { $0.id == "V6-TUNNEL-ROUTED-OVERLAP" })
    XCTAssertEqual(bad.netshCommands, [])
    XCTAssertTrue(
      try plan(routed: "2001:db8:1::/56").findings.contains { $0.id == "V6-TUNNEL-PREFIX-NOT-64" })
  }
}
