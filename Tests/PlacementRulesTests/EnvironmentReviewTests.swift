import AddressKit
import EnvironmentFiles
import EnvironmentModel
import Findings
import XCTest

@testable import PlacementRules

/// What prefixes alone cannot show: VMs against their subnets, VNet declarations, local sites
/// against the VNet they are connected to, and the interfaces of hosts.
final class EnvironmentReviewTests: XCTestCase {
  func environment(_ yaml: String) throws -> Environment {
    try EnvironmentLoader.load(bytes: Array(yaml.utf8), file: "t.yaml", name: "t").environment
  }

  static let vnets = """
    azure:
      vnets:
        - name: core
          address_space: [10.30.0.0/16]
          subnets:
            - name: servers
              prefix: 10.30.1.0/24
            - name: data
              prefix: 10.30.2.0/24
            - name: GatewaySubnet
              prefix: 10.30.255.0/27
        - name: edge
          adress_space: [10.40.0.0/16]
          subnets:
            - name: web
              prefix: 10.40.1.0/24
        - name: Core
          address_space: [10.50.0.0/16]
      local_sites:
        - name: office
          prefixes: [10.30.0.0/16]
        - name: branch
          prefixes: [10.30.0.0/16]
      connections:
        - name: core-to-office
          vnet: core
          local_site: office
      vms:
        - name: outside
          vnet: core
          subnet: servers
          addresses: [10.30.2.10]
        - name: gateway
          vnet: core
          subnet: servers
          addresses: [10.30.1.1]
        - name: last
          vnet: core
          subnet: servers
          addresses: [10.30.1.255]
        - name: first-free
          vnet: core
          subnet: servers
          addresses: [10.30.1.4]
        - name: lost
          vnet: core
          subnet: frontend
          addresses: [10.30.1.20]
        - name: nowhere
          vnet: missing
        - name: any-subnet
          vnet: core
          addresses: [10.30.9.9]
    """

  func testVMsAndVNetDeclarations() throws {
    let findings = VNetReview.findings(try environment(Self.vnets).azure)
    func ids(_ subject: String) -> [String] { findings.filter { $0.subject == subject }.map(\.id) }
    XCTAssertEqual(ids("outside"), ["AZ-VM-OUTSIDE-SUBNET"])
    XCTAssertEqual(ids("gateway"), ["AZ-VM-RESERVED-ADDRESS"])
    XCTAssertEqual(ids("last"), ["AZ-VM-RESERVED-ADDRESS"])
    XCTAssertEqual(ids("first-free"), [])
    XCTAssertEqual(ids("lost"), ["AZ-VM-SUBNET-MISSING"])
    XCTAssertEqual(ids("nowhere"), ["AZ-VM-SUBNET-MISSING"])
    XCTAssertEqual(ids("any-subnet"), ["AZ-VM-OUTSIDE-SUBNET"])
    XCTAssertEqual(ids("edge"), ["AZ-VNET-NO-ADDRESS-SPACE"])
    XCTAssertEqual(ids("Core"), ["AZ-VNET-DUPLICATE-NAME"])
    let gateway = try XCTUnwrap(findings.first { $0.subject == "gateway" })
    XCTAssertEqual(gateway.evidence?.line, 36)
    XCTAssertEqual(gateway.fix, "use an address from 10.30.1.4 to 10.30.1.254")
    XCTAssertTrue(gateway.message.contains("default gateway"), gateway.message)
    XCTAssertTrue(findings.allSatisfy { !($0.fix ?? "").isEmpty && !$0.refs.isEmpty })
  }

  func testLocalSiteOverlapIsOneFindingAndAnErrorWhenConnected() throws {
    let plan = AddressPlan.from(try environment(Self.vnets)).plan
    let findings = RulePack.azureCurrent.check(plan).filter {
      $0.subject == "office" || $0.subject == "branch"
    }
    XCTAssertEqual(findings.map(\.id), ["AZ-LNG-OVERLAP-CONNECTED", "ADDR-OVERLAP"])
    let connected = findings[0]
    XCTAssertEqual(connected.severity, .error)
    XCTAssertEqual(connected.subject, "office")
    for part in ["10.30.0.0/16", "servers 10.30.1.0/24", "data 10.30.2.0/24", "GatewaySubnet"] {
      XCTAssertTrue(connected.message.contains(part), connected.message)
    }
    XCTAssertEqual(findings[1].severity, .warning)
    XCTAssertEqual(
      RulePack.azure2014.check(plan).filter { $0.subject == "office" }.map(\.id),
      ["AZ-LNG-OVERLAP-CONNECTED"])
  }

  func testEveryPlacementRuleHasAFixAndSources() {
    for pack in RulePack.all {
      for rule in pack.rules {
        XCTAssertFalse(rule.fix.isEmpty, rule.id)
        XCTAssertFalse(rule.refs.isEmpty, rule.id)
      }
    }
    for rule in VNetReview.rules + HostReview.rules {
      XCTAssertFalse(rule.fix.isEmpty, rule.id)
      XCTAssertFalse(rule.refs.isEmpty, rule.id)
    }
  }

  func testInvalidPrefixIsReportedWithItsPlace() throws {
    let mapped = AddressPlan.from(
      try environment(
        """
        azure:
          vnets:
            - name: typo
              address_space: [10.0.300.0/24]
        """))
    XCTAssertEqual(mapped.unreadable.count, 1)
    XCTAssertEqual(mapped.unreadable[0].location.line, 4)
    XCTAssertTrue(mapped.unreadable[0].message.contains("10.0.300.0/24"))
  }

  static let hosts = """
    azure:
      vnets:
        - name: hub
          address_space: [10.70.0.0/16]
      vms:
        - name: vm1
          vnet: hub
        - name: app-vm
          vnet: hub
          addresses: [10.70.0.9]
    hosts:
      - name: RRAS2
        roles: [RRAS]
        interfaces:
          - name: Ethernet
            addresses:
              - address: 192.168.20.5
                mask: 255.255.255.0
            gateways: [192.168.21.1, 0.0.0.0, "fe80::1%4"]
            dns_servers: ["fec0:0:0:ffff::1%1", "fec0:0:0:ffff::2%1"]
          - name: S2S
            kind: ppp
            addresses:
              - address: 169.254.21.2
                kind: autoconfiguration
      - name: PC1
        interfaces:
          - name: Ethernet
            addresses:
              - address: 192.168.20.5
                mask: 255.255.255.0
              - address: fe80::1%4
            gateways: [192.168.20.1]
          - name: Wi-Fi
            kind: wireless
            addresses:
              - address: 169.254.7.9
          - name: Dial-up
            kind: ppp
            addresses:
              - address: 169.254.8.9
      - name: PC2
        interfaces:
          - name: Ethernet
            addresses:
              - address: fe80::1%9
              - address: 10.70.3.3
      - name: VM1
        interfaces:
          - name: Ethernet
            addresses:
              - address: 10.70.0.4
      - name: appserver
        interfaces:
          - name: Ethernet
            addresses:
              - address: 10.70.0.9
    """

  func testHostInterfaces() throws {
    let findings = HostReview.findings(try environment(Self.hosts))
    let rows = findings.map { "\($0.id) \($0.subject) \($0.evidence?.line ?? 0)" }
    XCTAssertEqual(
      rows.sorted(),
      [
        "HOST-APIPA PC1/Wi-Fi 37",
        "HOST-APIPA-RRAS-TUNNEL RRAS2/S2S 24",
        "HOST-AZURE-OVERLAP PC2/Ethernet 47",
        "HOST-DNS-SITE-LOCAL RRAS2/Ethernet 20",
        "HOST-DUPLICATE-ADDRESS PC1/Ethernet 30",
        "HOST-GATEWAY-OUTSIDE-SUBNET RRAS2/Ethernet 19",
      ], rows.joined(separator: "\n"))
  }
}
