import XCTest

@testable import AddressKit

final class RegistryTests: XCTestCase {
  let registry = SpecialRegistry.iana

  func addr(_ s: String) throws -> IPAddress { try IPAddress(parsing: s) }

  /// The most specific live row containing `a`, by a plain linear scan (the reference the
  /// bucketed lookup must agree with).
  func linearMatch(_ a: IPAddress) -> SpecialRegistryEntry? {
    registry.entries.filter { $0.terminated == nil && $0.prefix.contains(a) }
      .max { $0.prefix.length < $1.prefix.length }
  }

  func testEveryRowParsed() {
    XCTAssertEqual(SpecialRegistry.ipv4Rows.count, 26)
    XCTAssertEqual(SpecialRegistry.ipv6Rows.count, 25)
    XCTAssertEqual(registry.entries.count, 51, "every data row parses")
  }

  func testEveryRowAtItsBoundaries() {
    for row in registry.entries where row.terminated == nil {
      let p = row.prefix
      for a in [p.network, p.last] {
        let hit = registry.entry(for: a)
        XCTAssertEqual(hit, linearMatch(a), "\(a) in \(p)")
        // The hit is this row or a more specific row inside it.
        XCTAssertTrue(hit.map { p.contains($0.prefix) } ?? false, "\(a) should fall in \(p)")
      }
      // One outside on either side: never this row nor anything inside it.
      var outside: [IPAddress] = []
      if let before = p.network.bits.low == 0 && p.network.bits.high == 0
        ? nil
        : Optional(IPAddress(family: p.family, bits: p.network.bits &- Bits128(high: 0, low: 1)))
      {
        outside.append(before)
      }
      if let after = p.next?.network { outside.append(after) }
      for a in outside {
        let hit = registry.entry(for: a)
        XCTAssertEqual(hit, linearMatch(a), "\(a) next to \(p)")
        XCTAssertFalse(hit.map { p.contains($0.prefix) } ?? false, "\(a) is outside \(p)")
      }
    }
  }

  func testMostSpecificWins() throws {
    XCTAssertEqual(
      registry.entry(for: try addr("192.0.0.9"))?.name, "Port Control Protocol Anycast")
    XCTAssertEqual(registry.entry(for: try addr("192.0.0.9"))?.globallyReachable, true)
    XCTAssertEqual(registry.entry(for: try addr("192.0.0.11"))?.name, "IETF Protocol Assignments")
    XCTAssertEqual(
      registry.entry(for: try addr("192.0.0.7"))?.name, "IPv4 Service Continuity Prefix")
    XCTAssertEqual(registry.entry(for: try addr("0.0.0.0"))?.name, "\"This host on this network\"")
    XCTAssertEqual(registry.entry(for: try addr("0.0.0.1"))?.name, "\"This network\"")
    XCTAssertEqual(registry.entry(for: try addr("2001:1::3"))?.globallyReachable, true)
    XCTAssertEqual(registry.entry(for: try addr("2001:1::4"))?.name, "IETF Protocol Assignments")
    XCTAssertEqual(registry.entry(for: try addr("2001:3::1"))?.name, "AMT")
    XCTAssertNil(registry.entry(for: try addr("2001:db9::1")))
  }

  func testTerminatedBlocksAreNotMatched() throws {
    XCTAssertNil(registry.entry(for: try addr("192.88.99.1")))
    XCTAssertEqual(registry.entry(for: try addr("192.88.99.2"))?.name, "6a44-relay anycast address")
    // ORCHID (2001:10::/28) ended in 2014: the enclosing 2001::/23 row applies.
    XCTAssertEqual(registry.entry(for: try addr("2001:10::1"))?.name, "IETF Protocol Assignments")
  }

  func testNotApplicableIsNil() throws {
    let teredo = try XCTUnwrap(registry.entry(for: try addr("2001::1")))
    XCTAssertEqual(teredo.name, "TEREDO")
    XCTAssertNil(teredo.globallyReachable)
    XCTAssertEqual(teredo.json["globally_reachable"], .null)
    XCTAssertNil(registry.entry(for: try addr("2002:c000:0204::1"))?.globallyReachable)
  }

  func testRowsMatchIANACSV() throws {
    for file in ["iana-ipv4-special-registry.csv", "iana-ipv6-special-registry.csv"] {
      let records = try ReferenceData.records(file)
      XCTAssertEqual(records.count, 25, file)
      for r in records {
        let blocks = (r["Address Block"] ?? "").split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
        }
        for block in blocks {
          let p = try IPPrefix(parsing: block)
          let entry = try XCTUnwrap(registry.entries.first { $0.prefix == p }, block)
          XCTAssertEqual(entry.name, r["Name"], block)
          XCTAssertEqual(entry.allocated, r["Allocation Date"], block)
          func flag(_ key: String) -> Bool? {
            let v = r[key] ?? ""
            return v.hasPrefix("True") ? true : v.hasPrefix("False") ? false : nil
          }
          XCTAssertEqual(entry.source, flag("Source"), block)
          XCTAssertEqual(entry.destination, flag("Destination"), block)
          XCTAssertEqual(entry.forwardable, flag("Forwardable"), block)
          XCTAssertEqual(entry.globallyReachable, flag("Globally Reachable"), block)
          XCTAssertEqual(entry.reservedByProtocol, flag("Reserved-by-Protocol"), block)
          let ended = r["Termination Date"] ?? "N/A"
          XCTAssertEqual(entry.terminated, ended == "N/A" ? nil : ended, block)
        }
      }
    }
  }

  func testClassificationLabelsAndScopes() throws {
    let c = AddressClassification(try addr("169.254.21.5"))
    XCTAssertEqual(c.className, "Link Local")
    XCTAssertTrue(c.labels.contains(.ipv4LinkLocal))
    XCTAssertTrue(c.labels.contains(.azureAPIPABGP))
    XCTAssertFalse(c.isGloballyReachable)
    XCTAssertEqual(AddressClassification(try addr("8.8.8.8")).className, "global unicast")
    XCTAssertTrue(AddressClassification(try addr("8.8.8.8")).isGloballyReachable)
    XCTAssertEqual(AddressClassification(try addr("ff02::1")).multicastScope, .linkLocal)
    XCTAssertEqual(AddressClassification(try addr("ff0e::1")).multicastScope, .global)
    XCTAssertEqual(AddressClassification(try addr("224.0.0.251")).multicastScope, .linkLocal)
    XCTAssertEqual(AddressClassification(try addr("239.1.1.1")).className, "multicast")
    XCTAssertTrue(
      AddressClassification(try addr("100.100.1.1")).labels.contains(.sharedAddressSpace))
    XCTAssertTrue(AddressClassification(try addr("fd12::1")).labels.contains(.uniqueLocal))
    XCTAssertTrue(AddressClassification(try addr("fec0::1")).labels.contains(.siteLocalDeprecated))
    let mapped = AddressClassification(try addr("::ffff:10.1.2.3"))
    XCTAssertEqual(mapped.className, "IPv4-mapped Address")
    XCTAssertEqual(mapped.mappedIPv4?.registry?.name, "Private-Use")
    let teredo = try addr("2001:0:4136:e378:8000:63bf:3fff:fdd2")
    XCTAssertEqual(teredo.teredo?.server.description, "65.54.227.120")
    XCTAssertEqual(teredo.teredo?.client.description, "192.0.2.45")
    XCTAssertEqual(try addr("2002:c000:0204::1").sixToFourIPv4?.description, "192.0.2.4")
  }

  func testAddrJSONContract() throws {
    let json = AddressClassification(try addr("2001:0DB8::0001")).json
    guard case .object(let pairs) = json else { return XCTFail("not an object") }
    XCTAssertEqual(Array(pairs.map(\.0).prefix(3)), ["address", "version", "registry"])
    XCTAssertEqual(json["address"], "2001:db8::1")
    XCTAssertEqual(json["version"], 6)
    let reg = try XCTUnwrap(json["registry"])
    guard case .object(let regPairs) = reg else { return XCTFail("registry not an object") }
    XCTAssertEqual(
      regPairs.map(\.0),
      ["name", "prefix", "rfc", "forwardable", "globally_reachable", "reserved_by_protocol"])
    XCTAssertEqual(reg["name"], "Documentation")
    XCTAssertEqual(reg["prefix"], "2001:db8::/32")
    XCTAssertEqual(AddressClassification(try addr("8.8.4.4")).json["registry"], .null)
  }
}
