import EnvironmentModel
import Findings
import Foundation
import XCTest

@testable import EnvironmentFiles

/// The fast paths of the LDIF reader give the same answers as the plain ones: the contiguous
/// base64 decoder, and the two-halves parallel read of large files.
final class LDIFSpeedPathTests: XCTestCase {
  func testContiguousBase64MatchesTheGeneralDecoder() {
    var generator = SystemRandomNumberGenerator()
    for length in 0..<70 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let text = Array(Base64.encode(bytes).utf8)
      let fast = text.withUnsafeBufferPointer { Base64.decode($0, padded: true) }
      XCTAssertEqual(fast, bytes, "length \(length)")
      XCTAssertEqual(Base64.decode(text, padded: true), bytes)
    }
    // RFC 4648 test vectors (section 10).
    for (encoded, plain) in [("Zg==", "f"), ("Zm8=", "fo"), ("Zm9v", "foo"), ("Zm9vYmFy", "foobar")] {
      let decoded = Array(encoded.utf8).withUnsafeBufferPointer { Base64.decode($0, padded: true) }
      XCTAssertEqual(decoded, Array(plain.utf8))
    }
    for bad in ["Zm9v!mFy", "Zm=v", "Zg=", "=Zg="] {
      XCTAssertNil(Array(bad.utf8).withUnsafeBufferPointer { Base64.decode($0, padded: true) }, bad)
    }
    // Whitespace goes through the general decoder and is skipped.
    XCTAssertEqual(Array("Zm9v YmFy".utf8).withUnsafeBufferPointer { Base64.decode($0) }, Array("foobar".utf8))
  }

  /// An export large enough to be read in two halves, with a SID and descriptor per object.
  private func writeExport(objects: Int, badLineAfter: Int? = nil) throws -> (path: String, text: String) {
    var text = "version: 1\n\ndn: DC=big,DC=test\nobjectClass: top\nobjectClass: domainDNS\n\n"
    let sd = Base64.encode([1, 0, 4, 0x8C] + [UInt8](repeating: 7, count: 150))
    for i in 0..<objects {
      text += "dn: CN=User \(i),OU=People,DC=big,DC=test\nobjectClass: top\nobjectClass: person\n"
        + "objectClass: organizationalPerson\nobjectClass: user\nsAMAccountName: u\(i)\n"
        + "nTSecurityDescriptor:: \(sd.prefix(60))\n \(sd.dropFirst(60))\n\n"
      if i == badLineAfter { text += "this line has no colon\n\n" }
    }
    let path = NSTemporaryDirectory() + "hb-ldif-\(UUID().uuidString).ldif"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (path, text)
  }

  func testLargeExportReadInHalvesKeepsOrderAndLineNumbers() throws {
    let (path, text) = try writeExport(objects: 20_000)
    defer { try? FileManager.default.removeItem(atPath: path) }
    XCTAssertGreaterThan(text.utf8.count, LDIFImporter.parallelThreshold)
    let parallel = try LDIFImporter.read(FileReference(path: path, shown: "big.ldif"))
    let plain = try LDIFImporter.read(bytes: Array(text.utf8), file: "big.ldif")
    XCTAssertEqual(parallel.objects.count, 20_001)
    XCTAssertEqual(parallel, plain)
    XCTAssertEqual(parallel.objects.map(\.origin.line), plain.objects.map(\.origin.line))
    XCTAssertEqual(parallel.dnsName, "big.test")
    // Each user record is 9 lines; user i starts at line 7 + 9i.
    XCTAssertEqual(parallel.objects[15_001].origin.line, 7 + 9 * 15_000)
    XCTAssertEqual(parallel.objects[15_001].dn, "CN=User 15000,OU=People,DC=big,DC=test")
  }

  func testAnErrorInTheSecondHalfHasItsFileLine() throws {
    let (path, _) = try writeExport(objects: 20_000, badLineAfter: 17_000)
    defer { try? FileManager.default.removeItem(atPath: path) }
    XCTAssertThrowsError(try LDIFImporter.read(FileReference(path: path, shown: "big.ldif"))) { error in
      // After user 17000's record (lines 7 + 9 * 17000 ... + 8) comes the bad line.
      XCTAssertEqual((error as? InputError)?.location.description, "big.ldif:\(7 + 9 * 17_001):1")
    }
  }
}
