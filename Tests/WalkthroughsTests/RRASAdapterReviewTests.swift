import EnvironmentFiles
import EnvironmentModel
import PlacementRules
import XCTest

@testable import Walkthroughs

/// RRAS hosts: which adapter faces the WAN, and what leads RRAS to lease from it.
final class RRASAdapterReviewTests: XCTestCase {
  func testTheDemoRRASHasOneLANAdapter() throws {
    let demo = try DemoEnvironment.load().environment
    XCTAssertEqual(
      RRASAdapterReview.review(demo).ids, ["RRAS-ONE-ADAPTER"],
      "the 6in4 tunnel is not an adapter RAS picks")
    XCTAssertEqual(RRASDHCPWANWalkthrough.check(StoryEnvironment.context(demo)).outcome, .passed)
  }

  func testADHCPClientOnTheWANWithTheDHCPRoleAndTwoGateways() throws {
    let env = try StoryEnvironment.load(
      """
      name: t
      hosts:
        - name: EDGE
          roles: [RRAS, dhcp]
          interfaces:
            - name: WAN
              dhcp: true
              addresses:
                - address: 203.0.113.20
                  mask: 255.255.255.0
              gateways: [203.0.113.1]
            - name: LAN
              dhcp: false
              addresses:
                - address: 192.168.1.1
                  mask: 255.255.255.0
              gateways: [192.168.1.254]
        - name: PC
          roles: [client]
          interfaces:
            - name: WAN
              dhcp: true
              addresses:
                - address: 203.0.113.21
      """)
    let findings = RRASAdapterReview.review(env)
    XCTAssertEqual(
      findings.ids, ["RRAS-DHCP-WAN", "RRAS-DHCP-SERVER-WAN", "RRAS-MULTIPLE-GATEWAYS"])
    XCTAssertEqual(findings.first?.subject, "EDGE/WAN")
    XCTAssertTrue(findings.first?.fix?.contains("LAN") ?? false)
    XCTAssertEqual(RRASDHCPWANWalkthrough.check(StoryEnvironment.context(env)).outcome, .failed)
  }

  func testAStaticWANIsOnlyAReminderButAPIPAIsAnError() throws {
    let env = try StoryEnvironment.load(
      """
      name: t
      hosts:
        - name: VPN1
          roles: [rras]
          interfaces:
            - name: Internet
              dhcp: false
              addresses:
                - address: 198.51.100.7
              gateways: [198.51.100.1]
            - name: Internal
              dhcp: true
              addresses:
                - address: 169.254.10.10
                  kind: autoconfiguration
                - address: 10.0.0.2
      """)
    XCTAssertEqual(RRASAdapterReview.review(env).ids, ["RRAS-APIPA", "RRAS-ADAPTER-CHOICE"])
  }

  func testOnlyAWANAdapterAndNoRRASHost() throws {
    let wanOnly = try StoryEnvironment.load(
      """
      name: t
      hosts:
        - name: VPN2
          roles: [rras]
          interfaces:
            - name: ppp0
              kind: ppp
      """)
    XCTAssertEqual(RRASAdapterReview.review(wanOnly).ids, ["RRAS-NO-LAN"])
    let none = try StoryEnvironment.load("name: t\nhosts:\n  - name: A\n")
    XCTAssertEqual(RRASDHCPWANWalkthrough.check(StoryEnvironment.context(none)).outcome, .unknown)
    XCTAssertEqual(RRASDHCPWANWalkthrough.check(StoryEnvironment.context(nil)).outcome, .unknown)
  }
}
