import AddressKit
import Findings
import XCTest

@testable import PlacementRules

final class RulePackTests: XCTestCase {
  func entry(_ owner: String, _ role: PlacementRole, _ prefix: String, network: String? = nil)
    throws -> PlanEntry
  {
    PlanEntry(
      owner: owner, network: network, role: role, prefix: try IPPrefix(parsing: prefix),
      evidence: SourceLocation("plan.txt", line: 1, text: prefix))
  }

  func ids(_ findings: [Finding]) -> [String] { findings.map(\.id) }

  func testPacksAreNamedAndEveryRuleCitesASource() {
    XCTAssertEqual(RulePack.all.map(\.id), ["azure-2014", "azure-current"])
    XCTAssertNotNil(RulePack.named("azure-current"))
    XCTAssertNil(RulePack.named("azure-1999"))
    for pack in RulePack.all {
      XCTAssertEqual(Set(pack.rules.map(\.id)).count, pack.rules.count, "ids unique in \(pack.id)")
      for rule in pack.rules {
        XCTAssertFalse(rule.refs.isEmpty, rule.id)
        XCTAssertTrue(rule.id.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }, rule.id)
      }
    }
  }

  func testSeedStory2014() throws {
    let plan = AddressPlan(entries: [
      try entry("lab", .vnetAddressSpace, "172.32.0.0/16"),
      try entry("lab/apps", .subnet, "172.32.2.0/24", network: "lab"),
      try entry("lab/GatewaySubnet", .gatewaySubnet, "169.254.1.0/29", network: "lab"),
      try entry("oslo", .localSitePrefix, "10.1.0.0/16"),
      try entry("oslo-tunnel", .s2sTunnelInside, "169.254.0.1/32"),
      try entry("p2s", .p2sPool, "10.1.5.0/24"),
    ])
    let f = RulePack.azure2014.check(plan)
    XCTAssertTrue(f.contains { $0.id == "AZ2014-VNET-RFC1918" && $0.subject == "lab" })
    XCTAssertTrue(f.contains { $0.id == "AZ2014-LINK-LOCAL" && $0.subject == "lab/GatewaySubnet" })
    XCTAssertTrue(
      f.contains { $0.id == "AZ2014-SUBNET-OUTSIDE-VNET" && $0.subject == "lab/GatewaySubnet" })
    XCTAssertTrue(f.contains { $0.id == "AZ2014-P2S-OVERLAP" })
    XCTAssertFalse(f.contains { $0.subject == "oslo-tunnel" }, "tunnel inside addresses are fine")
    let rfc = try XCTUnwrap(f.first { $0.id == "AZ2014-VNET-RFC1918" })
    XCTAssertEqual(rfc.severity, .error)
    XCTAssertTrue(rfc.message.contains("172.32.0.0/16"), rfc.message)
    XCTAssertEqual(rfc.evidence?.file, "plan.txt")
    XCTAssertEqual(f.first?.severity, .error, "errors first")
  }

  func testLocalSiteOverlapIsAddrOverlap() throws {
    let plan = AddressPlan(entries: [
      try entry("lab", .vnetAddressSpace, "10.1.0.0/16"),
      try entry("lab/apps", .subnet, "10.1.2.0/24", network: "lab"),
      try entry("oslo", .localSitePrefix, "10.1.2.0/23"),
    ])
    let f = RulePack.azure2014.check(plan).filter { $0.id == "ADDR-OVERLAP" }
    XCTAssertEqual(f.count, 1, "one finding per site prefix and VNet")
    XCTAssertTrue(
      f[0].message.contains(
        "'oslo' 10.1.2.0/23 overlaps VNet 'lab' 10.1.0.0/16, subnets apps 10.1.2.0/24"),
      f[0].message)
  }

  func testCurrentForbiddenAndPrivate() throws {
    let plan = AddressPlan(entries: [
      try entry("a", .vnetAddressSpace, "168.0.0.0/6"),
      try entry("b", .vnetAddressSpace, "100.64.0.0/16"),
      try entry("c", .vnetAddressSpace, "8.8.0.0/16"),
      try entry("d", .vnetAddressSpace, "10.0.0.0/16"),
    ])
    let f = RulePack.azureCurrent.check(plan)
    let forbidden = try XCTUnwrap(f.first { $0.id == "AZ-VNET-FORBIDDEN" && $0.subject == "a" })
    XCTAssertTrue(
      forbidden.message.contains("168.63.129.16/32 (Azure internal DNS"), forbidden.message)
    XCTAssertTrue(forbidden.message.contains("169.254.0.0/16 (link local)"), forbidden.message)
    XCTAssertFalse(f.contains { $0.subject == "b" }, "RFC 6598 is treated as private")
    XCTAssertTrue(
      f.contains { $0.id == "AZ-VNET-NOT-PRIVATE" && $0.subject == "c" && $0.severity == .warning })
    XCTAssertFalse(f.contains { $0.subject == "d" })
  }

  func testCurrentSubnetsAndGateway() throws {
    let plan = AddressPlan(entries: [
      try entry("hub", .vnetAddressSpace, "10.0.0.0/16"),
      try entry("hub", .vnetAddressSpace, "fd00:1::/48"),
      try entry("hub/Gateway", .gatewaySubnet, "10.0.255.0/28", network: "hub"),
      try entry("hub/a", .subnet, "10.0.1.0/24", network: "hub"),
      try entry("hub/b", .subnet, "10.0.1.128/25", network: "hub"),
      try entry("hub/tiny", .subnet, "10.0.2.0/30", network: "hub"),
      try entry("hub/v6", .subnet, "fd00:1::/63", network: "hub"),
      try entry("hub/out", .subnet, "10.1.0.0/24", network: "hub"),
    ])
    let f = RulePack.azureCurrent.check(plan)
    XCTAssertTrue(f.contains { $0.id == "AZ-GATEWAYSUBNET-NAME" && $0.subject == "hub/Gateway" })
    XCTAssertTrue(f.contains { $0.id == "AZ-GATEWAYSUBNET-SIZE" && $0.subject == "hub/Gateway" })
    XCTAssertTrue(f.contains { $0.id == "AZ-SUBNET-OVERLAP" && $0.subject == "hub/a" })
    XCTAssertTrue(f.contains { $0.id == "AZ-SUBNET-SIZE" && $0.subject == "hub/tiny" })
    XCTAssertTrue(f.contains { $0.id == "AZ-SUBNET-SIZE" && $0.subject == "hub/v6" })
    XCTAssertTrue(f.contains { $0.id == "AZ-SUBNET-OUTSIDE-VNET" && $0.subject == "hub/out" })
    XCTAssertFalse(f.contains { $0.id == "AZ-SUBNET-OUTSIDE-VNET" && $0.subject == "hub/v6" })
  }

  func testCurrentVPNAndPeering() throws {
    let plan = AddressPlan(
      entries: [
        try entry("hub", .vnetAddressSpace, "10.0.0.0/16"),
        try entry("spoke", .vnetAddressSpace, "10.0.128.0/17"),
        try entry("p2s", .p2sPool, "172.16.201.0/24"),
        try entry("p2s-public", .p2sPool, "20.0.0.0/24"),
        try entry("onprem", .localSitePrefix, "192.168.0.0/16", network: "onprem"),
        try entry("onprem", .localSitePrefix, "192.168.1.1/32", network: "onprem"),
        try entry("onprem-bgp", .bgpPeerAddress, "192.168.1.1/32", network: "onprem"),
        try entry("bad-bgp", .bgpPeerAddress, "10.0.5.5/32"),
        try entry("gw-apipa", .apipaBgpAddress, "169.254.21.1/32"),
        try entry("gw-apipa-2", .apipaBgpAddress, "169.254.20.1/32"),
        try entry("gw-apipa-3", .apipaBgpAddress, "169.254.21.1/32"),
      ],
      peerings: [AddressPlan.Peering("hub", "spoke")])
    let f = RulePack.azureCurrent.check(plan)
    XCTAssertTrue(f.contains { $0.id == "AZ-PEERING-OVERLAP" && $0.subject == "hub" })
    XCTAssertTrue(f.contains { $0.id == "AZ-P2S-PRIVATE" && $0.subject == "p2s-public" })
    XCTAssertFalse(f.contains { $0.subject == "p2s" })
    XCTAssertTrue(f.contains { $0.id == "AZ-LNG-BGP-PEER-PREFIX" })
    XCTAssertTrue(f.contains { $0.id == "AZ-BGP-PEER-IN-VNET" && $0.subject == "bad-bgp" })
    XCTAssertTrue(f.contains { $0.id == "AZ-APIPA-RANGE" && $0.subject == "gw-apipa-2" })
    XCTAssertFalse(f.contains { $0.id == "AZ-APIPA-RANGE" && $0.subject == "gw-apipa" })
    XCTAssertTrue(f.contains { $0.id == "AZ-APIPA-DUPLICATE" && $0.subject == "gw-apipa-3" })
  }

  func testVerdictForLinkLocal2014() throws {
    let v = RulePack.azure2014.verdict(for: try IPAddress(parsing: "169.254.0.1"))
    XCTAssertEqual(v.roles.filter(\.isAllowed).map(\.role), [.s2sTunnelInside])
    XCTAssertEqual(
      v.summary,
      "not allowed in VNet address space, subnet, gateway subnet, P2S client address pool, "
        + "local network site; only in S2S tunnel interface (azure-2014)")
    XCTAssertEqual(
      v.roles.first { $0.role == .vnetAddressSpace }?.refusedBy,
      ["AZ2014-VNET-RFC1918", "AZ2014-LINK-LOCAL"])
  }

  func testVerdictCurrent() throws {
    let v = RulePack.azureCurrent.verdict(for: try IPAddress(parsing: "169.254.21.1"))
    XCTAssertEqual(
      v.roles.filter(\.isAllowed).map(\.role),
      [.s2sTunnelInside, .bgpPeerAddress, .apipaBgpAddress])
    let w = RulePack.azureCurrent.verdict(for: try IPAddress(parsing: "10.1.2.3"))
    XCTAssertEqual(w.roles.filter { !$0.isAllowed }.map(\.role), [.apipaBgpAddress])
    XCTAssertEqual(w.json["rule_pack"], "azure-current")
  }
}
