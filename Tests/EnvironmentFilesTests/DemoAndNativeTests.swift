import EnvironmentModel
import Findings
import XCTest

@testable import EnvironmentFiles

final class DemoAndNativeTests: XCTestCase {
  func testDemoMembershipsAreWholeDNs() throws {
    // A DN in a YAML flow list must be quoted, or the commas inside it split it.
    let domain = try XCTUnwrap(try DemoEnvironment.load().environment.domain)
    let ann = try XCTUnwrap(domain.object(dn: "CN=Ann Admin,OU=Staff,DC=corp,DC=contoso,DC=com"))
    XCTAssertEqual(ann.memberOf, ["CN=Domain Admins,CN=Users,DC=corp,DC=contoso,DC=com"])
    let admins = try XCTUnwrap(domain.object(dn: "CN=Domain Admins,CN=Users,DC=corp,DC=contoso,DC=com"))
    XCTAssertEqual(admins.members, ["CN=Ann Admin,OU=Staff,DC=corp,DC=contoso,DC=com"])
  }

  func testDemoLoadsCleanlyWithSeedProblems() throws {
    let result = try DemoEnvironment.load()
    XCTAssertEqual(result.warnings, [])
    let env = result.environment
    XCTAssertEqual(env.name, "contoso-lab")
    let lab = try XCTUnwrap(env.azure.vnets.first { $0.name == "lab" })
    XCTAssertEqual(lab.addressSpace.map(\.text), ["10.1.0.0/16", "172.32.0.0/16"])
    XCTAssertEqual(lab.gatewaySubnet?.prefix.text, "10.1.255.0/27")
    XCTAssertEqual(lab.gateway?.bgp?.asn, 65010)
    XCTAssertEqual(env.azure.localSites.first?.prefixes.first?.text, "10.1.0.0/16")
    let domain = try XCTUnwrap(env.domain)
    XCTAssertEqual(domain.dnsName, "corp.contoso.com")
    XCTAssertEqual(domain.distinguishedName, "DC=corp,DC=contoso,DC=com")
    let ann = try XCTUnwrap(domain.object(dn: "cn=ann admin,ou=staff,dc=corp,dc=contoso,dc=com"))
    XCTAssertEqual(ann.adminCount, 1)
    XCTAssertEqual(domain.objects.filter { $0.structuralClass == "inetOrgPerson" }.count, 1)
    XCTAssertEqual(domain.writeback, [.password, .group])
    XCTAssertEqual(domain.syncAccount?.name, "CORP\\AAD_4f2a")
    XCTAssertTrue(env.machines[0].answerFileText?.contains(
      "<MachineObjectOU>CN=Computers,DC=corp,DC=contoso,DC=com</MachineObjectOU>") ?? false)
    let tunnel = env.hosts[0].interfaces.first { $0.tunnel == .sixInFour }
    XCTAssertEqual(tunnel?.tunnelRemote?.text, "216.66.80.26")
    // Locations point into the demo text: address_space is on line 13.
    XCTAssertEqual(lab.addressSpace[1].origin.file, "demo:contoso-lab")
    XCTAssertEqual(lab.addressSpace[1].origin.line, 13)
  }

  func testSaveThenLoadGivesAnEqualEnvironment() throws {
    let env = try DemoEnvironment.load().environment
    let text = EnvironmentLoader.save(env)
    let again = try EnvironmentLoader.load(bytes: Array(text.utf8), file: "saved.yaml",
      name: "x").environment
    XCTAssertEqual(again, env)
    XCTAssertEqual(EnvironmentDiff.diff(env, again), [])
  }

  func testJSONFormRoundTripsThroughTheJSONReader() throws {
    let env = try DemoEnvironment.load().environment
    let text = env.json.prettyText
    let result = try EnvironmentLoader.load(bytes: Array(text.utf8), file: "env.json", name: "x")
    XCTAssertEqual(result.kind, .nativeJSON)
    XCTAssertEqual(result.environment, env)
  }

  func testTrickyStringsSurviveTheWriter() throws {
    var env = Environment(name: "t")
    var vm = VirtualMachine(name: "yes")
    vm.cloudService = "1.5"
    vm.vnet = "a: b # c"
    vm.subnet = " lead"
    vm.addresses = [AddressText("2001:db8::1"), AddressText("::1"), AddressText("null")]
    env.azure.vms = [vm]
    var m = Machine(name: "m")
    m.answerFileText = "line1\n  indented\n\nlast"
    env.machines = [m]
    let text = EnvironmentLoader.save(env)
    let again = try EnvironmentLoader.load(bytes: Array(text.utf8), file: "t.yaml", name: "t")
    XCTAssertEqual(again.environment, env, text)
  }

  func testUnknownKeysAreWarningsWithLocation() throws {
    let yaml = "name: w\nazure:\n  vnets:\n    - name: v\n      adress_space: [10.0.0.0/8]\n"
    let result = try EnvironmentLoader.load(bytes: Array(yaml.utf8), file: "w.yaml", name: "w")
    XCTAssertEqual(result.warnings.count, 1)
    XCTAssertEqual(result.warnings[0].location, SourceLocation(file: "w.yaml", line: 5, column: 7))
    XCTAssertTrue(result.warnings[0].message.contains("adress_space"))
  }

  func testTypeErrorsNameTheLocationAndTheExpectation() {
    let yaml = "name: w\nazure:\n  vms:\n    - name: v\n      start_order: first\n"
    XCTAssertThrowsError(try EnvironmentLoader.load(bytes: Array(yaml.utf8), file: "w.yaml",
      name: "w")) { error in
      let e = error as? InputError
      XCTAssertEqual(e?.location, SourceLocation(file: "w.yaml", line: 5, column: 20))
      XCTAssertTrue(e?.message.contains("integer") ?? false)
    }
  }

  func testMalformedYAMLIsLocated() {
    let yaml = "name: w\nazure:\n  vnets: [a, b\n"
    XCTAssertThrowsError(try EnvironmentLoader.load(bytes: Array(yaml.utf8), file: "m.yaml",
      name: "w")) { error in
      XCTAssertEqual((error as? InputError)?.location.file?.shown, "m.yaml")
      XCTAssertEqual((error as? InputError)?.location.line, 4)
    }
  }

  func testMalformedAndTruncatedJSONAreLocated() {
    let bad = "{\n  \"name\": \"x\",\n  \"azure\": {\"vnets\": [}\n}"
    XCTAssertThrowsError(try EnvironmentLoader.load(bytes: Array(bad.utf8), file: "b.json",
      name: "x")) { error in
      XCTAssertEqual((error as? InputError)?.location, SourceLocation(file: "b.json", line: 3, column: 23))
    }
    let truncated = "{\n  \"name\": \"x\",\n  \"hosts\": [\n"
    XCTAssertThrowsError(try EnvironmentLoader.load(bytes: Array(truncated.utf8), file: "t.json",
      name: "x")) { error in
      XCTAssertTrue((error as? InputError)?.message.contains("end of file") ?? false)
    }
  }

  func testRelativePathsResolveAgainstTheFileDirectory() throws {
    let yaml = "name: p\nmachines:\n  - name: m\n    answer_file: ./unattend.xml\n    logs: [/var/NetSetup.log]\n"
    let env = try EnvironmentLoader.load(bytes: Array(yaml.utf8), file: "lab/p.yaml", name: "p",
      baseDirectory: "lab").environment
    XCTAssertEqual(env.machines[0].answerFile, "lab/unattend.xml")
    XCTAssertEqual(env.machines[0].logs, ["/var/NetSetup.log"])
  }

  func testStoreKeepsStateOnFailedLoadAndSwitches() throws {
    var store = EnvironmentStore()
    store.add(try DemoEnvironment.load().environment)
    XCTAssertThrowsError(try store.load("/nonexistent/file.yaml"))
    XCTAssertEqual(store.names, ["contoso-lab"])
    var other = Environment(name: "other")
    other.azure.vnets = [VirtualNetwork(name: "v")]
    store.add(other)
    XCTAssertEqual(store.currentName, "other")
    XCTAssertTrue(store.use("contoso-lab"))
    XCTAssertFalse(store.use("nope"))
    XCTAssertTrue(store.unload("contoso-lab"))
    XCTAssertEqual(store.currentName, "other")
  }

  func testDiffReportsPathsByName() throws {
    let a = try DemoEnvironment.load().environment
    var b = a
    b.azure.vnets[0].subnets[1].prefix = AddressText("10.1.3.0/24")
    b.azure.localSites.removeAll()
    let d = EnvironmentDiff.diff(a, b)
    XCTAssertTrue(d.contains(EnvironmentDifference(change: .changed,
      path: "azure.vnets[lab].subnets[apps].prefix", before: "\"10.1.2.0/24\"",
      after: "\"10.1.3.0/24\"")), "\(d)")
    XCTAssertTrue(d.contains { $0.change == .removed && $0.path == "azure.local_sites[oslo]" })
  }
}
