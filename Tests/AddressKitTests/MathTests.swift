import Findings
import XCTest

@testable import AddressKit

final class MathTests: XCTestCase {
  func p(_ s: String) throws -> IPPrefix { try IPPrefix(parsing: s) }

  func testIPv4Subnet() throws {
    let n = try p("192.168.1.0/24")
    XCTAssertEqual(n.broadcast?.description, "192.168.1.255")
    XCTAssertEqual(n.firstUsable.description, "192.168.1.1")
    XCTAssertEqual(n.lastUsable.description, "192.168.1.254")
    XCTAssertEqual(n.addressCount.intValue, 256)
    XCTAssertEqual(n.usableCount.intValue, 254)
    XCTAssertEqual(n.netmask.description, "255.255.255.0")
    XCTAssertEqual(n.hostmaskAddress.description, "0.0.0.255")
    let p31 = try p("10.0.0.0/31")
    XCTAssertNil(p31.broadcast)
    XCTAssertEqual(p31.usableCount.intValue, 2)
    XCTAssertEqual(try p("10.0.0.7/32").usableCount.intValue, 1)
  }

  func testHugeCountsAreExact() throws {
    XCTAssertEqual(
      try p("::/0").addressCount.decimalText, "340282366920938463463374607431768211456")
    XCTAssertEqual(try p("2001:db8::/64").addressCount.decimalText, "18446744073709551616")
    XCTAssertEqual(try p("2001:db8::/64").usableCount.decimalText, "18446744073709551615")
    XCTAssertEqual(try p("0.0.0.0/0").addressCount.intValue, 4_294_967_296)
  }

  func testAzureReservedForAnySize() throws {
    // The /27 example from MicrosoftDocs/azure-docs#81106.
    let r = AzureReservation(try p("192.168.0.128/27"))
    XCTAssertEqual(
      r.reserved.map(\.address.description),
      ["192.168.0.128", "192.168.0.129", "192.168.0.130", "192.168.0.131", "192.168.0.159"])
    XCTAssertEqual(r.usable?.intValue, 27)
    XCTAssertNil(r.problem)
    XCTAssertEqual(AzureReservation(try p("10.0.0.0/29")).usable?.intValue, 3)
    XCTAssertNotNil(AzureReservation(try p("10.0.0.0/30")).problem)
    XCTAssertNotNil(AzureReservation(try p("2001:db8::/63")).problem)
  }

  func testSplitCoverSummarize() throws {
    let parent = try p("10.0.0.0/24")
    XCTAssertEqual(parent.subnetCount(length: 26)?.intValue, 4)
    XCTAssertEqual(
      parent.subnets(length: 26, limit: 10).map(\.description),
      ["10.0.0.0/26", "10.0.0.64/26", "10.0.0.128/26", "10.0.0.192/26"])
    XCTAssertEqual(parent.subnets(length: 30, limit: 2).count, 2)
    XCTAssertEqual(
      try IPPrefix.covering([p("10.0.1.0/24"), p("10.0.2.0/24")])?.description, "10.0.0.0/22")
    XCTAssertEqual(
      IPPrefix.summarize([
        try p("10.0.0.0/25"), try p("10.0.0.128/25"), try p("10.0.1.0/24"), try p("10.0.0.5/32"),
      ]).map(\.description), ["10.0.0.0/23"])
    XCTAssertEqual(
      IPPrefix.summarize([try p("192.0.2.1/32"), try p("192.0.2.2/31")]).map(\.description),
      ["192.0.2.1/32", "192.0.2.2/31"])
    XCTAssertEqual(
      IPPrefix.summarize([try p("::/0"), try p("::1/128")]).map(\.description), ["::/0"])
    XCTAssertEqual(
      IPPrefix.difference([try p("10.0.0.0/24")], removing: [try p("10.0.0.64/26")])
        .map(\.description), ["10.0.0.0/26", "10.0.0.128/25"])
  }

  func testFirstFree() throws {
    let parent = try p("10.1.0.0/16")
    let taken = [try p("10.1.0.0/24"), try p("10.1.1.0/26"), try p("10.1.2.0/23")]
    XCTAssertEqual(parent.firstFree(length: 26, taken: taken)?.description, "10.1.1.64/26")
    XCTAssertEqual(parent.firstFree(length: 24, taken: taken)?.description, "10.1.4.0/24")
    XCTAssertNil(try p("10.0.0.0/30").firstFree(length: 30, taken: [try p("10.0.0.0/8")]))
    XCTAssertEqual(
      try p("2001:db8::/48").firstFree(length: 64, taken: [try p("2001:db8::/64")])?.description,
      "2001:db8:0:1::/64")
  }

  func testConflictsNameBothOwners() throws {
    let items = [
      NamedPrefix("oslo", try p("10.1.0.0/16")), NamedPrefix("lab/apps", try p("10.1.2.0/24")),
      NamedPrefix("lab/db", try p("10.2.0.0/24")), NamedPrefix("copy", try p("10.1.2.0/24")),
    ]
    let c = NamedPrefix.conflicts(items)
    XCTAssertEqual(c.count, 3)
    XCTAssertTrue(c.contains { $0.outer.name == "oslo" && $0.inner.name == "lab/apps" })
    XCTAssertTrue(c.contains { $0.isIdentical })
    XCTAssertEqual(
      c.first { $0.outer.name == "oslo" && $0.inner.name == "lab/apps" }?.summary,
      "'oslo' 10.1.0.0/16 contains 'lab/apps' 10.1.2.0/24")
  }

  /// The sweep agrees with the O(n²) definition on random lists.
  func testSweepMatchesBruteForce() {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let list = (0..<200).compactMap { _ -> IPPrefix? in
        IPPrefix(
          IPAddress(v4: UInt32.random(in: 0...0xFFFF, using: &rng) << 16),
          length: Int.random(in: 4...24, using: &rng))
      }
      var brute = 0
      for i in list.indices {
        for j in list.indices where j > i && list[i].overlaps(list[j]) { brute += 1 }
      }
      XCTAssertEqual(IPPrefix.overlappingPairs(list).count, brute)
      let text = list.map(\.description).joined(separator: "\n")
      var counter = PrefixOverlapCounter(file: "t")
      Array(text.utf8).withUnsafeBytes { counter.feed($0) }
      XCTAssertEqual(counter.finish().overlappingPairs, brute)
    }
  }
}

final class PrefixJSONTests: XCTestCase {
  func testPrefixJSON() throws {
    let j = try IPPrefix(parsing: "192.168.1.0/24").json
    XCTAssertEqual(j["broadcast"], "192.168.1.255")
    XCTAssertEqual(j["usable"], 254)
    XCTAssertEqual(j["azure_usable"], 251)
    XCTAssertEqual(j["registry"]?["name"], nil)
    guard case .array(let blocks)? = j["registry"] else { return XCTFail("registry not a list") }
    XCTAssertEqual(blocks.first?["name"], "Private-Use")
    XCTAssertEqual(
      try IPPrefix(parsing: "::/0").json["addresses"], "340282366920938463463374607431768211456")
  }
}
