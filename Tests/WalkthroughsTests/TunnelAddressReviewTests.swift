import EnvironmentFiles
import EnvironmentModel
import PlacementRules
import XCTest

@testable import Walkthroughs

/// Tunnel inside and BGP addresses against RFC 3927 and Azure's 169.254.21.0-169.254.22.255.
final class TunnelAddressReviewTests: XCTestCase {
  private func azure(_ body: String) throws -> Environment {
    try StoryEnvironment.load("name: t\nazure:\n" + body)
  }

  func testAddressesInsideAzuresRangeAreClean() throws {
    let env = try azure(
      """
        vnets:
          - name: v
            address_space: [10.0.0.0/16]
            gateway:
              bgp: {asn: 65010, peering_addresses: [169.254.21.1]}
        local_sites:
          - name: s
            prefixes: [192.168.0.0/24]
            bgp: {asn: 65020, peering_addresses: [169.254.21.2]}
        connections:
          - name: c
            vnet: v
            local_site: s
            tunnel_inside_addresses: [169.254.21.1, 169.254.22.255]
      """)
    XCTAssertEqual(TunnelAddressReview.review(env).ids, [])
    XCTAssertEqual(S2SLinkLocalWalkthrough.check(StoryEnvironment.context(env)).outcome, .passed)
  }

  func testLinkLocalOutsideAzuresRangeIsRefusedOnTheAzureSideOnly() throws {
    let env = try azure(
      """
        vnets:
          - name: v
            gateway:
              bgp: {asn: 65010, peering_addresses: [169.254.20.255]}
        local_sites:
          - name: s
            bgp: {asn: 65020, peering_addresses: [169.254.0.1]}
        connections:
          - name: c
            vnet: v
            local_site: s
            tunnel_inside_addresses: [169.254.23.0, 169.254.21.0]
      """)
    let findings = TunnelAddressReview.review(env)
    XCTAssertEqual(findings.ids, ["S2S-LL-OUTSIDE-AZURE-RANGE", "S2S-LL-OUTSIDE-AZURE-RANGE"])
    XCTAssertEqual(findings.map(\.subject), ["connection c", "gateway of vnet v"])
    XCTAssertEqual(findings.first?.evidence?.line, 14, "evidence points at the address in the file")
    XCTAssertEqual(S2SLinkLocalWalkthrough.check(StoryEnvironment.context(env)).outcome, .failed)
  }

  func testRoutedLinkLocalSameEndsRoutableInsideAndGarbage() throws {
    let env = try azure(
      """
        vnets:
          - name: v
            address_space: [169.254.0.0/16, 10.0.0.0/16]
            subnets:
              - name: a
                prefix: 169.254.21.0/24
        local_sites:
          - name: s
            prefixes: [169.254.0.0/15]
        connections:
          - name: c
            vnet: v
            tunnel_inside_addresses: [169.254.21.5, 169.254.21.5, 10.9.9.1, not-an-address]
      """)
    XCTAssertEqual(
      TunnelAddressReview.review(env).ids,
      [
        "S2S-LL-SAME-ENDS", "S2S-LL-ROUTABLE-INSIDE", "S2S-LL-NOT-AN-ADDRESS",
        "S2S-LL-ROUTED", "S2S-LL-ROUTED", "S2S-LL-ROUTED",
      ])
  }

  func testNoEnvironmentOrNoTunnelIsUnknown() throws {
    XCTAssertEqual(S2SLinkLocalWalkthrough.check(StoryEnvironment.context(nil)).outcome, .unknown)
    let empty = try StoryEnvironment.load("name: t\n")
    XCTAssertEqual(S2SLinkLocalWalkthrough.check(StoryEnvironment.context(empty)).outcome, .unknown)
  }

  func testTheDemoLabIsClean() throws {
    let demo = try DemoEnvironment.load().environment
    let result = S2SLinkLocalWalkthrough.check(StoryEnvironment.context(demo))
    XCTAssertEqual(result.outcome, .passed, result.summary)
    XCTAssertEqual(result.facts["tunnel inside addresses"], "169.254.21.1, 169.254.21.2")
  }
}
