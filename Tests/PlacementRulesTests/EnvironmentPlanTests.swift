import AddressKit
import EnvironmentFiles
import EnvironmentModel
import Findings
import XCTest

@testable import PlacementRules

/// The environment model mapped onto an address plan: roles, owners, evidence, and address
/// texts that do not parse.
final class EnvironmentPlanTests: XCTestCase {
  static let yaml = """
    name: seed
    azure:
      vnets:
        - name: lab
          address_space: [172.32.0.0/16, 10.1.0.0/16]
          subnets:
            - name: apps
              prefix: 10.1.2.0/24
            - name: gatewaysubnet
              prefix: 10.1.255.0/29
            - name: broken
              prefix: 10.1.300.0/24
            - name: sloppy
              prefix: 10.1.3.7/24
          gateway:
            name: gw
            client_address_pool: [192.168.200.0/24]
            bgp:
              asn: 65010
              peering_addresses: [10.1.255.30, 169.254.21.9]
        - name: hub
          address_space: [10.1.0.0/20]
      local_sites:
        - name: oslo
          prefixes: [10.1.2.0/23, 192.168.10.1/32]
          bgp:
            asn: 65020
            peering_addresses: [192.168.10.1]
      connections:
        - name: lab-to-oslo
          vnet: lab
          local_site: oslo
          tunnel_inside_addresses: [169.254.0.1, 169.254.0.x]
      peerings:
        - name: lab-to-hub
          vnet: lab
          remote_vnet: hub

    """

  func load() throws -> Environment {
    try EnvironmentLoader.load(bytes: Array(Self.yaml.utf8), file: "seed.yaml", name: "seed")
      .environment
  }

  func testRolesOwnersAndNetworks() throws {
    let mapped = AddressPlan.from(try load())
    let rows = mapped.plan.entries.map {
      "\($0.role.rawValue)|\($0.owner)|\($0.network)|\($0.prefix)"
    }
    XCTAssertEqual(
      rows,
      [
        "VNet address space|lab|lab|172.32.0.0/16",
        "VNet address space|lab|lab|10.1.0.0/16",
        "subnet|lab/apps|lab|10.1.2.0/24",
        "gateway subnet|lab/gatewaysubnet|lab|10.1.255.0/29",
        "subnet|lab/sloppy|lab|10.1.3.0/24",
        "P2S client address pool|lab/gw P2S|lab/gw|192.168.200.0/24",
        "Azure APIPA BGP address|lab/gw BGP|lab/gw|169.254.21.9/32",
        "VNet address space|hub|hub|10.1.0.0/20",
        "local network site|oslo|oslo|10.1.2.0/23",
        "local network site|oslo|oslo|192.168.10.1/32",
        "on-premises BGP peer address|oslo BGP peer|oslo|192.168.10.1/32",
        "S2S tunnel interface|lab-to-oslo|lab-to-oslo|169.254.0.1/32",
      ])
    XCTAssertEqual(mapped.plan.peerings.map { "\($0.a)-\($0.b)" }, ["lab-hub"])
    XCTAssertEqual(mapped.plan.peerings.first?.evidence?.file, "seed.yaml")
  }

  func testEvidenceComesFromTheOrigin() throws {
    let mapped = AddressPlan.from(try load())
    let apps = try XCTUnwrap(mapped.plan.entries.first { $0.owner == "lab/apps" })
    XCTAssertEqual(apps.evidence?.file, "seed.yaml")
    XCTAssertEqual(apps.evidence?.line, 8, "the line of 'prefix: 10.1.2.0/24'")
    XCTAssertEqual(apps.evidence?.text, "10.1.2.0/24")
  }

  func testUnreadableTextsAreErrorsAtFileLineColumn() throws {
    let mapped = AddressPlan.from(try load())
    XCTAssertEqual(
      mapped.problems.map(\.id), ["ADDR-UNREADABLE", "ADDR-HOST-BITS", "ADDR-UNREADABLE"])
    let broken = mapped.problems[0]
    XCTAssertEqual(broken.severity, .error)
    XCTAssertEqual(broken.subject, "lab/broken")
    XCTAssertEqual(broken.evidence?.line, 12)
    // 'prefix: 10.1.300.0/24' starts at column 19 on line 12; octet 3 starts 5 characters in.
    XCTAssertTrue(broken.message.hasPrefix("seed.yaml:12:"), broken.message)
    XCTAssertTrue(broken.message.contains("octet 3 is 300, at most 255"), broken.message)
    XCTAssertTrue(mapped.problems[1].message.contains("10.1.3.0/24"), mapped.problems[1].message)
    XCTAssertEqual(mapped.problems[2].subject, "lab-to-oslo")
  }

  func testSeedFindingsUnderBothPacks() throws {
    let plan = AddressPlan.from(try load()).plan
    let old = RulePack.azure2014.check(plan)
    XCTAssertTrue(old.contains { $0.id == "AZ2014-VNET-RFC1918" && $0.subject == "lab" })
    XCTAssertFalse(old.contains { $0.subject == "lab-to-oslo" }, "169.254 is fine inside tunnels")
    let now = RulePack.azureCurrent.check(plan)
    XCTAssertTrue(
      now.contains { $0.id == "AZ-GATEWAYSUBNET-NAME" && $0.subject == "lab/gatewaysubnet" })
    XCTAssertTrue(now.contains { $0.id == "AZ-PEERING-OVERLAP" })
    XCTAssertTrue(now.contains { $0.id == "AZ-LNG-BGP-PEER-PREFIX" && $0.subject == "oslo" })
    XCTAssertTrue(now.contains { $0.id == "ADDR-OVERLAP" && $0.subject == "oslo" })
    XCTAssertFalse(now.contains { $0.id == "AZ-APIPA-RANGE" }, "169.254.21.9 is in Azure's range")
  }

  func testDemoEnvironmentMapsWithoutProblems() throws {
    let demo = try DemoEnvironment.load().environment
    let mapped = AddressPlan.from(demo)
    XCTAssertEqual(mapped.problems, [])
    XCTAssertTrue(
      mapped.plan.entries.contains { $0.role == .gatewaySubnet && $0.owner == "lab/GatewaySubnet" })
    XCTAssertEqual(mapped.plan.entries.first?.evidence?.file, DemoEnvironment.file)
  }
}
