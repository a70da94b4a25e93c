import EnvironmentModel
import Findings
import XCTest

@testable import EnvironmentFiles

/// Descriptors decoded in place into one arena: the same bytes the plain decoder gives, wherever
/// the folds fall, and bad or cut-short base64 still an error at its line and column.
final class LDIFArenaTests: XCTestCase {
  private func read(_ text: String, _ file: String = "a.ldif") throws -> Domain {
    try LDIFImporter.read(bytes: Array(text.utf8), file: FileReference(path: file))
  }

  /// `text` folded RFC 2849 style: the first line `first` characters long, then lines of
  /// `width` characters after the leading space.
  private func fold(_ text: String, first: Int, width: Int, newline: String = "\n") -> String {
    var lines = [String(text.prefix(first))]
    var rest = Substring(text.dropFirst(first))
    while !rest.isEmpty {
      lines.append(" " + rest.prefix(width))
      rest = rest.dropFirst(width)
    }
    return lines.joined(separator: newline)
  }

  private func descriptor(of object: DirectoryObject?) -> [UInt8]? {
    guard case .bytes(let bytes)? = object?.securityDescriptor else { return nil }
    return bytes.array
  }

  func testArenaSlicesHoldTheBytesOfEveryFolding() throws {
    var generator = SystemRandomNumberGenerator()
    for length in [0, 1, 2, 3, 4, 5, 20, 57, 58, 59, 60, 200, 1021] {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let encoded = Base64.encode(bytes)
      for (first, width, newline) in [
        (80, 1000, "\n"), (1, 1, "\n"), (53, 75, "\n"), (7, 13, "\r\n"),
        (22, 3, "\r\n"),
      ] {
        let line = fold(
          "nTSecurityDescriptor:: " + encoded, first: first, width: width, newline: newline)
        let text = "dn: CN=a,DC=t\(newline)\(line)\(newline)cn: after\(newline)"
        let domain = try read(text)
        let object = domain.objects.first
        XCTAssertEqual(
          descriptor(of: object), bytes, "length \(length) folded at \(first)/\(width)")
        // The line after the folded value is read as its own attribute.
        XCTAssertEqual(object?.attribute("cn"), "after")
      }
    }
  }

  func testDescriptorsOfOneLoadShareOneArenaAndCompareByContent() throws {
    let a: [UInt8] = [1, 0, 4, 0x8C] + [UInt8](repeating: 0xAB, count: 40)
    let b: [UInt8] = [1, 0, 4, 0x8C] + [UInt8](repeating: 0xCD, count: 41)
    let text = """
      dn: CN=a,DC=t
      nTSecurityDescriptor:: \(Base64.encode(a))
      objectSid:: \(Base64.encode([1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0]))
      description:: \(Base64.encode(Array("not a descriptor".utf8)))

      dn: CN=b,DC=t
      nTSecurityDescriptor:: \(Base64.encode(b))

      """
    let domain = try read(text)
    guard case .bytes(let first)? = domain.objects[0].securityDescriptor,
      case .bytes(let second)? = domain.objects[1].securityDescriptor
    else { return XCTFail("expected binary descriptors") }
    XCTAssertTrue(first.arena === second.arena)
    // Values decoded between the two descriptors (the SID, the description) did not overwrite them.
    XCTAssertEqual(first.array, a)
    XCTAssertEqual(second.array, b)
    XCTAssertEqual(domain.objects[0].sid, "S-1-5-18")
    XCTAssertEqual(domain.objects[0].attribute("description"), "not a descriptor")
    XCTAssertEqual(first, DescriptorBytes(a))
    XCTAssertNotEqual(first, second)
    XCTAssertEqual(first.hashValue, DescriptorBytes(a).hashValue)
    XCTAssertEqual(first.count, 44)
    XCTAssertEqual(first[3], 0x8C)
    XCTAssertEqual(Array(first.prefix(2)), [1, 0])
  }

  func testABadCharacterIsReportedWhereItStands() {
    // On the attribute's own line: column of the '!' (1-based, 'nTSecurityDescriptor:: ' is 23).
    let own = "dn: CN=a,DC=t\nnTSecurityDescriptor:: AQAE!AAA\n"
    XCTAssertThrowsError(try read(own)) { error in
      XCTAssertEqual(
        (error as? InputError)?.location, SourceLocation(file: "a.ldif", line: 2, column: 28))
      XCTAssertTrue((error as? InputError)?.message.contains("found '!'") ?? false)
    }
    // On a continuation line: that physical line, the leading space being column 1.
    let folded = "dn: CN=a,DC=t\nnTSecurityDescriptor:: AQAE\n AAAA\n AA*A\n\n"
    XCTAssertThrowsError(try read(folded)) { error in
      XCTAssertEqual(
        (error as? InputError)?.location, SourceLocation(file: "a.ldif", line: 4, column: 4))
    }
    // Data after padding is not base64 either.
    let afterPadding = "dn: CN=a,DC=t\nnTSecurityDescriptor:: AQ==AQAE\n"
    XCTAssertThrowsError(try read(afterPadding)) { error in
      XCTAssertEqual(
        (error as? InputError)?.location, SourceLocation(file: "a.ldif", line: 2, column: 28))
    }
  }

  func testIncompleteGroupsAreErrorsAtTheValue() {
    // A value that is not whole 4-character groups, in the middle of a file.
    let short = "dn: CN=a,DC=t\nnTSecurityDescriptor:: AQAEj\n\ndn: CN=b,DC=t\n"
    XCTAssertThrowsError(try read(short)) { error in
      let input = error as? InputError
      XCTAssertEqual(input?.location, SourceLocation(file: "a.ldif", line: 2, column: 24))
      XCTAssertEqual(input?.message.contains("truncated"), false)
    }
    // A file cut inside a folded value: reported at the value, with the truncation named.
    let cut = "version: 1\n\ndn: CN=a,DC=t\nnTSecurityDescriptor:: AQAEjAAA\n AAAAAA"
    XCTAssertThrowsError(try read(cut)) { error in
      let input = error as? InputError
      XCTAssertEqual(input?.location, SourceLocation(file: "a.ldif", line: 4, column: 24))
      XCTAssertEqual(input?.message.contains("truncated"), true)
    }
    // A fold inside the separator: the line is unfolded first, and the value still checked.
    let split = "dn: CN=a,DC=t\nnTSecurityDescriptor:\n : AQAEj\n\n"
    XCTAssertThrowsError(try read(split)) { error in
      let input = error as? InputError
      XCTAssertEqual(input?.location, SourceLocation(file: "a.ldif", line: 2, column: 24))
      XCTAssertEqual(input?.message.contains("truncated"), false)
    }
    XCTAssertEqual(
      descriptor(
        of: try read("dn: CN=a,DC=t\nnTSecurity\n Descriptor:: AQAE\n jA==\n").objects.first),
      [1, 0, 4, 0x8C])
    // Too much padding.
    XCTAssertThrowsError(try read("dn: CN=a,DC=t\nobjectSid:: A===\n"))
  }

  func testAContinuationWithNothingToContinueIsAnError() {
    XCTAssertThrowsError(try read("dn: CN=a,DC=t\n\n continued\n")) { error in
      XCTAssertEqual((error as? InputError)?.location.line, 3)
    }
  }

  func testAFileCutAtARecordBoundaryStillLoadsWhatItHas() throws {
    // Nothing in LDIF marks the end of an export; a cut between records cannot be seen.
    let domain = try read("dn: CN=a,DC=t\nobjectClass: top\n")
    XCTAssertEqual(domain.objects.map(\.dn), ["CN=a,DC=t"])
  }

  func testSIDsFormatAsMSDTYPWritesThem() {
    // MS-DTYP 2.4.2.2: revision, sub-authority count, 48-bit big-endian authority, then
    // little-endian 32-bit sub-authorities. S-1-5-21-1004336348-1177238915-682003330-512.
    let bytes: [UInt8] = [
      1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, 0xDC, 0xF4, 0xDC, 0x3B, 0x83, 0x3D,
      0x2B, 0x46, 0x82, 0x8B, 0xA6, 0x28, 0x00, 0x02, 0x00, 0x00,
    ]
    XCTAssertEqual(
      bytes.withUnsafeBufferPointer { SIDText.format($0) },
      "S-1-5-21-1004336348-1177238915-682003330-512")
    let everyone: [UInt8] = [1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]
    XCTAssertEqual(everyone.withUnsafeBufferPointer { SIDText.format($0) }, "S-1-1-0")
    let wrongLength: [UInt8] = [1, 2, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0]
    XCTAssertNil(wrongLength.withUnsafeBufferPointer { SIDText.format($0) })
  }

  func testRecurringDNsAreReadRightPastTheSharingTableGrowth() throws {
    // 5,000 members of 3,000 groups: the shared-DN table grows twice on the way.
    var text = ""
    for i in 0..<5_000 {
      text +=
        "dn: CN=U\(i),DC=t\nmemberOf: CN=Group \(i % 3_000),DC=t\n"
        + "memberOf: CN=All,DC=t\n\n"
    }
    let domain = try read(text)
    XCTAssertEqual(domain.objects.count, 5_000)
    for (i, object) in domain.objects.enumerated() {
      XCTAssertEqual(object.memberOf, ["CN=Group \(i % 3_000),DC=t", "CN=All,DC=t"])
    }
  }
}
