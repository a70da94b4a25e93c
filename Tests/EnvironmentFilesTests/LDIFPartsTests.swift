import EnvironmentModel
import Findings
import XCTest

@testable import EnvironmentFiles

/// A large export read in parts on several threads gives what one pass gives: the same
/// objects in file order, the first error in the file, the domain's own record wherever it is.
final class LDIFPartsTests: XCTestCase {
  /// `count` user records of 11 lines each (with a folded descriptor), starting at line 1;
  /// `extra` is written after record `at`.
  private func export(_ count: Int, insert extra: [Int: String] = [:]) -> [UInt8] {
    let sd = Base64.encode([1, 0, 4, 0x8C] + [UInt8](repeating: 9, count: 300))
    var text = ""
    for i in 0..<count {
      text +=
        "dn: CN=User \(i),OU=People,DC=parts,DC=test\nobjectClass: top\n"
        + "objectClass: person\nobjectClass: organizationalPerson\nobjectClass: user\n"
        + "sAMAccountName: u\(i)\nmemberOf: CN=G\(i % 7),DC=parts,DC=test\n"
        + "nTSecurityDescriptor:: \(sd.prefix(53))\n \(sd.dropFirst(53).prefix(75))\n"
        + " \(sd.dropFirst(128))\n\n"
      if let more = extra[i] { text += more }
    }
    return Array(text.utf8)
  }

  func testPartsStartJustAfterBlankLinesInOrder() {
    let bytes = export(12_000)
    XCTAssertGreaterThan(bytes.count, LDIFImporter.parallelThreshold)
    let bounds = bytes.withUnsafeBufferPointer { LDIFImporter.partBounds($0) }
    XCTAssertEqual(bounds.first, 0)
    XCTAssertEqual(bounds.last, bytes.count)
    XCTAssertEqual(bounds.count, LDIFImporter.partCount + 1)
    XCTAssertEqual(bounds, bounds.sorted())
    for cut in bounds.dropFirst().dropLast() {
      XCTAssertEqual(Array(bytes[(cut - 2)..<cut]), [0x0A, 0x0A], "cut at \(cut)")
    }
  }

  func testPartsGiveTheObjectsOfOnePassInOrderWithTheirLines() throws {
    let bytes = export(12_000)
    let domain = try LDIFImporter.read(bytes: bytes, file: "p.ldif")
    XCTAssertEqual(domain.objects.count, 12_000)
    for (i, object) in domain.objects.enumerated() where i % 997 == 0 {
      XCTAssertEqual(object.dn, "CN=User \(i),OU=People,DC=parts,DC=test")
      XCTAssertEqual(object.origin.line, 1 + 11 * i)
      XCTAssertEqual(object.memberOf, ["CN=G\(i % 7),DC=parts,DC=test"])
      XCTAssertEqual(object.attribute("sAMAccountName"), "u\(i)")
      XCTAssertEqual(object.sid, nil)
      guard case .bytes(let sd)? = object.securityDescriptor else {
        return XCTFail("expected a binary descriptor on object \(i)")
      }
      XCTAssertEqual(sd.count, 304)
      XCTAssertEqual(Array(sd.suffix(2)), [9, 9])
    }
  }

  func testTheFirstErrorInTheFileWinsAcrossParts() {
    // Bad lines after records 3,000 and 10,000: different parts, the earlier one is reported.
    let bytes = export(12_000, insert: [3_000: "no colon here\n\n", 10_000: "dn\n\n"])
    XCTAssertThrowsError(try LDIFImporter.read(bytes: bytes, file: "p.ldif")) { error in
      XCTAssertEqual(
        (error as? InputError)?.location, SourceLocation(file: "p.ldif", line: 1 + 11 * 3_001))
    }
  }

  func testTheDomainRecordNamesTheDomainFromAnyPart() throws {
    let root =
      "dn: DC=late,DC=example\nobjectClass: top\nobjectClass: domainDNS\n"
      + "objectSid:: \(Base64.encode([1, 4, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]))\n\n"
    let bytes = export(12_000, insert: [11_000: root])
    let domain = try LDIFImporter.read(bytes: bytes, file: "p.ldif")
    XCTAssertEqual(domain.dnsName, "late.example")
    XCTAssertEqual(domain.sid, "S-1-5-21-1-2-3")
    XCTAssertEqual(domain.origin.line, 1 + 11 * 11_001)
    XCTAssertEqual(domain.objects.count, 12_001)
  }
}
