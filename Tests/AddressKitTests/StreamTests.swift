import Findings
import XCTest

@testable import AddressKit

final class StreamTests: XCTestCase {
  let sample: [UInt8] =
    [0xEF, 0xBB, 0xBF] + Array("10.0.0.1\r\n\n  \n# comment\n8.8.8.8\ngarbage\n10.0.0.256\r\n".utf8)
    + Array(repeating: UInt8(ascii: "1"), count: 3_000_000) + Array("\nff02::1\nfe80::1%eth0".utf8)

  func check(_ s: AddressSummary) {
    XCTAssertEqual(s.total, 7)
    XCTAssertEqual(s.invalid, 3)
    let counts = Dictionary(uniqueKeysWithValues: s.byClass)
    XCTAssertEqual(counts["Private-Use"], 1)
    XCTAssertEqual(counts["global unicast"], 1)
    XCTAssertEqual(counts["multicast"], 1)
    XCTAssertEqual(counts["Link-Local Unicast"], 1)
    XCTAssertEqual(s.badLines.map(\.location.line), [6, 7, 8])
    XCTAssertEqual(s.badLines[1].description, "f:7:8: octet 4 is 256, at most 255")
    XCTAssertTrue(s.badLines[2].message.contains("3000000 bytes"), s.badLines[2].message)
  }

  func testWholeBuffer() {
    sample.withUnsafeBytes { check(AddressStreamClassifier.summarize($0, file: "f")) }
  }

  func testAnyChunking() {
    for size in [1, 2, 3, 5, 7, 64, 4096] {
      var c = AddressStreamClassifier(file: "f")
      sample.withUnsafeBytes { all in
        var i = 0
        while i < all.count {
          let end = min(all.count, i + (size < 64 ? size : size * 97))
          c.feed(UnsafeRawBufferPointer(rebasing: all[i..<end]))
          i = end
        }
      }
      check(c.finish())
    }
  }

  func testSummaryJSONContract() {
    let s = Array("10.0.0.1\n".utf8).withUnsafeBytes {
      AddressStreamClassifier.summarize($0, file: "f")
    }
    XCTAssertEqual(s.json.compactText, #"{"total":1,"invalid":0,"by_class":{"Private-Use":1}}"#)
  }

  func testOverlapCountJSON() {
    var c = PrefixOverlapCounter(file: "p")
    Array("10.0.0.0/8\n10.1.0.0/16\n10.1.0.0/16\nfd00::/8\nfd00:1::/32\n10.0.0.1/24\n".utf8)
      .withUnsafeBytes { c.feed($0) }
    let r = c.finish()
    // 10/8 ⊃ both /16s, the /16s are identical, fd00::/8 ⊃ fd00:1::/32: 4 pairs.
    XCTAssertEqual(r.overlappingPairs, 4)
    XCTAssertEqual(r.invalid, 1)
    XCTAssertEqual(r.badLines.first?.location.line, 6)
    XCTAssertEqual(r.json["prefixes"], 5)
    XCTAssertEqual(r.json["overlapping_pairs"], 4)
  }
}
