import EnvironmentFiles
import EnvironmentModel
import Findings
import Foundation
import XCTest

@testable import Shell

/// The address commands end to end through a session: text, JSON contracts, bad input, files.
final class AddressCommandsTests: XCTestCase {
  var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-addr-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func session() -> Session {
    Session(catalog: .standard, surroundings: .batch, baseDirectory: directory)
  }

  func run(_ line: String, in session: inout Session) throws -> (text: String, json: JSONValue) {
    let commands = try CommandLexer.commands(in: line)
    let output = try session.run(commands[0]).output
    return (output.text(.plain), output.json)
  }

  func run(_ line: String) throws -> (text: String, json: JSONValue) {
    var s = session()
    return try run(line, in: &s)
  }

  func failure(_ line: String) -> ShellError? {
    do {
      _ = try run(line)
      return nil
    } catch {
      return error as? ShellError
    }
  }

  /// A refused address keeps the library's code, so JSON errors say what kind of error it was.
  func testARefusedAddressCarriesTheParsersCode() {
    XCTAssertEqual(failure("addr 1.2.3.400")?.code, "address.invalid")
    XCTAssertEqual(failure("addr 1.2.3.400")?.column, 12)
  }

  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = directory + "/" + name
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    return name
  }

  func member(_ json: JSONValue, _ key: String) -> JSONValue? {
    guard case .object(let pairs) = json else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  func keys(_ json: JSONValue) -> [String] {
    guard case .object(let pairs) = json else { return [] }
    return pairs.map(\.0)
  }

  // MARK: - addr

  func testLinkLocalUnder2014IsOnlyForTunnelInterfaces() throws {
    var s = session()
    _ = try run("set rules azure-2014", in: &s)
    let out = try run("addr 169.254.0.1", in: &s)
    let lines = out.text.split(separator: "\n").map(String.init)
    // IANA row: 169.254.0.0/16, Link Local, RFC 3927, Forwardable False, Globally Reachable False.
    XCTAssertEqual(
      lines[0],
      "169.254.0.1 · Link Local 169.254.0.0/16 (RFC 3927) · not forwardable · "
        + "not globally reachable"
    )
    XCTAssertTrue(lines.contains("  rules azure-2014:"), out.text)
    XCTAssertTrue(lines.contains("    allowed in S2S tunnel interface"), out.text)
    XCTAssertTrue(
      lines.contains(
        "    not allowed in subnet, gateway subnet, local network site (AZ2014-LINK-LOCAL)"),
      out.text)
  }

  func testAddrJSONFollowsTheContract() throws {
    let out = try run("addr 169.254.0.1 --format json")
    XCTAssertEqual(Array(keys(out.json).prefix(3)), ["address", "version", "registry"])
    let registry = try XCTUnwrap(member(out.json, "registry"))
    XCTAssertEqual(
      keys(registry),
      ["name", "prefix", "rfc", "forwardable", "globally_reachable", "reserved_by_protocol"])
    XCTAssertEqual(member(registry, "name"), .string("Link Local"))
    XCTAssertEqual(member(registry, "forwardable"), .bool(false))
    XCTAssertEqual(member(registry, "reserved_by_protocol"), .bool(true))
    let global = try run("addr 8.8.8.8 --format json").json
    XCTAssertEqual(member(global, "registry"), .null)
    XCTAssertEqual(member(global, "version"), .int(4))
    guard case .array(let many) = try run("addr 10.0.0.1 2001:DB8::1 --format json").json else {
      return XCTFail("several addresses give an array")
    }
    XCTAssertEqual(many.count, 2)
    XCTAssertEqual(member(many[1], "address"), .string("2001:db8::1"), "RFC 5952 lower case")
  }

  func testBadAddressIsOneLineWithTheColumn() throws {
    let error = try XCTUnwrap(failure("addr 10.0.0.256"))
    XCTAssertEqual(error.message, "10.0.0.256: octet 4 is 256, at most 255")
    XCTAssertEqual(error.column, 6 + 7, "under the '2' of 256")
    let v6 = try XCTUnwrap(failure("addr 2001:db8::1::2"))
    XCTAssertTrue(v6.message.hasPrefix("2001:db8::1::2: a second '::'"), v6.message)
  }

  // MARK: - addr --file

  func testFileSummaryCountsEveryLineAndSurvivesGarbage() throws {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array("10.0.0.1\r\n\r\n# comment\r\n192.168.1.1\r\n10.0.0.256\r\n".utf8)
    bytes += [UInt8](repeating: 0x41, count: 3_000_000) + [0x0A]
    bytes += Array("2001:db8::1\r\n8.8.8.8".utf8)
    let name = try write("seen.txt", bytes)
    let out = try run("addr --file \(name) --summary --format json")
    XCTAssertEqual(keys(out.json), ["total", "invalid", "by_class"])
    XCTAssertEqual(member(out.json, "total"), .int(6))
    XCTAssertEqual(member(out.json, "invalid"), .int(2))
    XCTAssertEqual(
      member(out.json, "by_class"),
      .object([
        ("Private-Use", .int(2)), ("Documentation", .int(1)), ("global unicast", .int(1)),
      ]))
    let text = try run("addr --file \(name) --summary").text
    XCTAssertTrue(text.contains("seen.txt:5:8: octet 4 is 256, at most 255"), text)
    XCTAssertTrue(text.contains("seen.txt:6:1: line is 3000000 bytes long"), text)
  }

  func testBadLinesAreCappedButAllCounted() throws {
    let lines = (1...50).map { "10.0.0.\(300 + $0)" }.joined(separator: "\n")
    let name = try write("bad.txt", Array(lines.utf8))
    let text = try run("addr --file \(name) --summary").text
    XCTAssertTrue(text.hasPrefix("bad.txt: 0 addresses · 50 invalid lines"), text)
    XCTAssertTrue(text.contains("invalid lines (first 20 of 50):"), text)
    XCTAssertEqual(text.split(separator: "\n").filter { $0.hasPrefix("  bad.txt:") }.count, 20)
  }

  func testPerLineListingStopsAtTheLimit() throws {
    let name = try write("many.txt", Array((0..<100).map { "10.0.0.\($0)\n" }.joined().utf8))
    let out = try run("addr --file \(name) --limit 5")
    XCTAssertTrue(out.text.contains("first 5 lines listed"), out.text)
    XCTAssertTrue(out.text.contains("95 more lines not listed"), out.text)
    XCTAssertEqual(member(out.json, "truncated"), .bool(true))
    XCTAssertEqual(member(out.json, "total"), .int(100))
    XCTAssertNotNil(failure("addr 10.0.0.1 --file \(name)"))
    XCTAssertEqual(
      failure("addr --file missing.txt")?.message,
      "cannot read missing.txt: No such file or directory")
  }

  // MARK: - prefix

  func testPrefixMathAndAzureReservation() throws {
    let json = try run("prefix 10.1.2.0/24 --format json").json
    XCTAssertEqual(member(json, "addresses"), .int(256))
    XCTAssertEqual(member(json, "usable"), .int(254))
    XCTAssertEqual(member(json, "azure_usable"), .int(251))
    let text = try run("prefix 10.1.255.0/27").text
    XCTAssertTrue(
      text.contains("reserves 10.1.255.0 network address, 10.1.255.1 default gateway"), text)
    XCTAssertTrue(text.contains("azure usable  27"), text)
    let error = try XCTUnwrap(failure("prefix 10.0.0.1/24"))
    XCTAssertTrue(error.message.contains("did you mean 10.0.0.0/24?"), error.message)
  }

  func testSplitIsBoundedAndCountsExactly() throws {
    let out = try run("prefix split 10.0.0.0/8 /30 --format json")
    XCTAssertEqual(member(out.json, "count"), .int(1 << 22))
    XCTAssertEqual(member(out.json, "truncated"), .bool(true))
    guard case .array(let subnets) = member(out.json, "subnets") else { return XCTFail() }
    XCTAssertEqual(subnets.count, 256)
    XCTAssertEqual(subnets.last, .string("10.0.3.252/30"))
    let huge = try run("prefix split ::/0 128 --limit 2").text
    XCTAssertTrue(
      huge.contains("2 of 340282366920938463463374607431768211456 (2^128) listed"), huge)
    XCTAssertNotNil(failure("prefix split 10.0.0.0/24 16"))
    XCTAssertNotNil(failure("prefix split 10.0.0.0/24 33"))
  }

  func testSummarizeAndFree() throws {
    let merged = try run("prefix summarize 10.0.0.0/24 10.0.1.0/24 10.0.0.128/25 --format json")
      .json
    XCTAssertEqual(member(merged, "prefixes"), .array([.string("10.0.0.0/23")]))
    let free = try run(
      "prefix free 10.1.0.0/16 24 10.1.0.0/24 --taken 10.1.1.0/25,10.1.3.0/24 --format json"
    ).json
    XCTAssertEqual(member(free, "free"), .string("10.1.2.0/24"))
    let full = try run("prefix free 10.1.0.0/30 30 10.1.0.0/30").text
    XCTAssertTrue(full.hasPrefix("no free /30 left in 10.1.0.0/30"), full)
  }

  // MARK: - overlaps

  func testOverlapsInAFileNameBothOwners() throws {
    let name = try write(
      "p.txt",
      Array("10.1.0.0/16 lab\n10.1.2.0/24 lab/apps\n192.168.0.0/24\nbad/99\n10.2.0.0/16 hub\n".utf8)
    )
    let text = try run("overlaps \(name)").text
    XCTAssertTrue(text.hasPrefix("p.txt: 4 prefixes · 1 overlapping pair · 1 invalid line"), text)
    XCTAssertTrue(
      text.contains("'lab' 10.1.0.0/16 (p.txt:1) contains 'lab/apps' 10.1.2.0/24 (p.txt:2)"), text)
    let count = try run("overlaps \(name) --count --format json").json
    XCTAssertEqual(Array(keys(count).prefix(2)), ["prefixes", "overlapping_pairs"])
    XCTAssertEqual(member(count, "overlapping_pairs"), .int(1))
  }

  func testOverlapsInTheLoadedEnvironmentSkipSubnetsOfTheirOwnVNet() throws {
    var s = session()
    XCTAssertThrowsError(try run("overlaps", in: &s))
    s.environments.add(try DemoEnvironment.load().environment)
    let text = try run("overlaps", in: &s).text
    // The demo's Oslo site 10.1.0.0/16 is the lab vnet's 10.1.0.0/16.
    XCTAssertTrue(text.contains("'lab' 10.1.0.0/16 (VNet address space"), text)
    XCTAssertTrue(text.contains("'oslo' 10.1.0.0/16 (local network site"), text)
    XCTAssertNil(
      text.range(
        of: #"'lab' 10\.1\.0\.0/16 \(VNet address space, [^)]*\) contains 'lab/"#,
        options: .regularExpression),
      "a vnet's own subnets are by design: \(text)")
    XCTAssertTrue(text.contains("contains 'lab/infra' 10.1.1.0/24 (subnet"), "oslo's /16 holds it")
    XCTAssertTrue(text.contains("'oslo' 10.1.0.0/16 (local network site, demo:contoso-lab:"), text)
  }

  // MARK: - ipv6

  func testEUI64BothWaysMatchTheReferenceVectors() throws {
    // eui64_vectors.csv: 00-0D-3A-12-34-56 in 2001:db8:1:2::/64 is
    // 2001:db8:1:2:20d:3aff:fe12:3456.
    let json = try run("ipv6 eui64 00-0D-3A-12-34-56 2001:db8:1:2::/64 --format json").json
    XCTAssertEqual(member(json, "address"), .string("2001:db8:1:2:20d:3aff:fe12:3456"))
    let mac = try run("ipv6 mac fe80::3656:78ff:fe9a:bcde --format json").json
    XCTAssertEqual(member(mac, "mac"), .string("34-56-78-9A-BC-DE"))
    XCTAssertNotNil(failure("ipv6 mac 2001:db8::1"))
    XCTAssertNotNil(failure("ipv6 eui64 34-56-78-9A-BC-DE 2001:db8::/48"))
    let explain = try run("ipv6 explain 2001:db8::a1b2:c3d4:e5f6:789 --format json").json
    XCTAssertEqual(member(explain, "kind"), .string("temporary-or-stable-opaque"))
  }

  func testTunnelWritesABatchFileOnlyWithForceTheSecondTime() throws {
    let line =
      "ipv6 tunnel --server 216.66.80.26 --client 192.168.1.10 "
      + "--tunnel 2001:470:1f0a:5a::2/64 --routed 2001:470:1f0b:5a::/64 --to router.cmd"
    let text = try run(line).text
    XCTAssertTrue(text.hasPrefix("wrote router.cmd · 8 netsh commands"), text)
    let written = try String(contentsOfFile: directory + "/router.cmd", encoding: .utf8)
    XCTAssertTrue(written.hasPrefix("@echo off\r\n"))
    XCTAssertTrue(
      written.contains(
        "netsh interface ipv6 add v6v4tunnel interface=\"IP6Tunnel\" "
          + "localaddress=\"192.168.1.10\" remoteaddress=\"216.66.80.26\"\r\n"))
    XCTAssertEqual(
      failure(line)?.message, "router.cmd already exists (add --force to replace it)")
    XCTAssertNoThrow(try run(line + " --force"))
    let bad =
      "ipv6 tunnel --server 10.0.0.1 --client 192.168.1.10 --tunnel 2001:db8::/64 "
      + "--routed 2001:db8::/64"
    XCTAssertTrue(try run(bad).text.contains("no netsh commands"))
    XCTAssertNotNil(failure(bad + " --to x.cmd"))
  }

  // MARK: - check addresses, rules

  func testCheckAddressesOverTheLoadedEnvironment() throws {
    var s = session()
    XCTAssertThrowsError(try run("check addresses", in: &s))
    s.environments.add(try DemoEnvironment.load().environment)
    _ = try run("set rules azure-2014", in: &s)
    let out = try run("check addresses --format json", in: &s)
    guard case .array(let findings) = member(out.json, "findings") else { return XCTFail() }
    let rfc1918 = try XCTUnwrap(
      findings.first { member($0, "id") == .string("AZ2014-VNET-RFC1918") })
    XCTAssertEqual(member(rfc1918, "subject"), .string("lab"))
    XCTAssertEqual(
      member(try XCTUnwrap(member(rfc1918, "evidence")), "file"), .string("demo:contoso-lab"))
    let text = try run("check addresses", in: &s).text
    XCTAssertTrue(
      text.split(separator: "\n").last?.range(
        of: #"^\d+ findings? · \d+ errors?"#, options: .regularExpression) != nil,
      text)
  }

  func testCheckAddressesOverAList() throws {
    let name = try write(
      "plan.txt",
      Array("172.32.0.0/16 vnet lab\n169.254.0.1 tunnel t\n10.1.300.0/24 local-site x\n".utf8))
    var s = session()
    _ = try run("set rules azure-2014", in: &s)
    let text = try run("check addresses --file \(name)", in: &s).text
    XCTAssertTrue(text.contains("AZ2014-VNET-RFC1918"), text)
    XCTAssertTrue(text.contains("plan.txt:3:6: local network site 'x' '10.1.300.0/24'"), text)
    XCTAssertFalse(text.contains("'t'"), "169.254 inside a tunnel is allowed")
    let args = try run("check addresses 10.0.0.0/8 10.1.0.0/16 --as subnet", in: &s).text
    XCTAssertTrue(args.contains("AZ2014-SUBNET-OVERLAP"), args)
    XCTAssertNotNil(failure("check addresses 10.0.0.1/8"))
  }

  func testSetRulesAndRulesList() throws {
    var s = session()
    XCTAssertThrowsError(try run("set rules azure-1999", in: &s))
    _ = try run("set rules azure-2014", in: &s)
    XCTAssertEqual(s.settings.rules, "azure-2014")
    let listed = try run("rules", in: &s).text
    XCTAssertTrue(listed.hasPrefix("rule pack azure-2014 (active)"), listed)
    XCTAssertTrue(listed.contains("ERROR  AZ2014-LINK-LOCAL"), listed)
    let other = try run("rules azure-current --format json", in: &s).json
    XCTAssertEqual(member(other, "active"), .bool(false))
    let completions = Completer(session: s).complete("set rules azure-")
    XCTAssertEqual(completions.candidates.map(\.insertion), ["azure-2014", "azure-current"])
  }

  func testAddrTakesEndpointsAndKeepsGoingPastABadWord() throws {
    let endpoint = try run("addr [2001:db8::1]:80")
    XCTAssertTrue(endpoint.text.contains("port: 80 (endpoint [2001:db8::1]:80)"), endpoint.text)
    XCTAssertEqual(member(endpoint.json, "port"), .int(80))
    var s = session()
    let output = try s.run(try CommandLexer.commands(in: "addr 10.0.0.1 bogus 2001:db8::1")[0])
      .output
    let partial = try XCTUnwrap(output as? any PartialOutput)
    XCTAssertEqual(partial.failure?.column, 15)
    XCTAssertTrue(partial.failure?.message.hasPrefix("bogus:") ?? false)
    let text = output.text(.plain)
    XCTAssertTrue(text.contains("10.0.0.1 · Private-Use"), text)
    XCTAssertTrue(text.contains("2001:db8::1 · "), text)
    let prefix = try XCTUnwrap(failure("addr 10.0.0.1/24"))
    XCTAssertTrue(prefix.hint?.contains("'prefix 10.0.0.1/24'") ?? false, prefix.hint ?? "")
    XCTAssertNotNil(failure("addr bogus"))
  }

  func testAddrShowsTheIPv4InsideANAT64Address() throws {
    let text = try run("addr 64:ff9b::1.2.3.4").text
    XCTAssertTrue(text.contains("IPv4 inside (RFC 6052): 1.2.3.4"), text)
    let explain = try run("ipv6 explain 2001:0:4136:e378:8000:63bf:3fff:fdd2")
    XCTAssertTrue(explain.text.contains("Teredo client address"), explain.text)
    XCTAssertEqual(member(explain.json, "kind"), .string("teredo"))
  }
}
