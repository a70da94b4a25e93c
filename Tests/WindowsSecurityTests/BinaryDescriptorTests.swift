import XCTest

@testable import WindowsSecurity

/// The self-relative form against bytes laid out by hand from [MS-DTYP] 2.4.6 and the example
/// of [MS-DTYP] 2.5.1.4 (control 0xB014, SACL at 0x14, DACL at 0x30, owner 0x90, group 0xA0).
final class BinaryDescriptorTests: XCTestCase {
  static func sid(_ authority: UInt8, _ subs: [UInt32]) -> [UInt8] {
    [1, UInt8(subs.count), 0, 0, 0, 0, 0, authority]
      + subs.flatMap { s in (0..<4).map { UInt8((s >> (8 * $0)) & 0xff) } }
  }

  static func ace(_ type: UInt8, _ flags: UInt8, _ mask: [UInt8], _ sid: [UInt8]) -> [UInt8] {
    [type, flags, UInt8(8 + sid.count), 0] + mask + sid
  }

  /// `O:BAG:BAD:P(A;CIOI;GRGX;;;BU)(A;CIOI;GA;;;BA)(A;CIOI;GA;;;SY)(A;CIOI;GA;;;CO)S:P(AU;FA;GR;;;WD)`
  static let msdtypExample: [UInt8] = {
    let header: [UInt8] = [
      1, 0, 0x14, 0xB0, 0x90, 0, 0, 0, 0xA0, 0, 0, 0, 0x14, 0, 0, 0, 0x30, 0, 0, 0,
    ]
    let sacl: [UInt8] = [2, 0, 0x1C, 0, 1, 0, 0, 0] + ace(2, 0x80, [0, 0, 0, 0x80], sid(1, [0]))
    let dacl: [UInt8] =
      [2, 0, 0x60, 0, 4, 0, 0, 0]
      + ace(0, 3, [0, 0, 0, 0xA0], sid(5, [32, 545])) + ace(0, 3, [0, 0, 0, 0x10], sid(5, [32, 544]))
      + ace(0, 3, [0, 0, 0, 0x10], sid(5, [18])) + ace(0, 3, [0, 0, 0, 0x10], sid(3, [0]))
    return header + sacl + dacl + sid(5, [32, 544]) + sid(5, [32, 544])
  }()

  func testDecodesAndReencodesTheSpecExample() throws {
    let (sd, layout) = try SecurityDescriptor.decode(Self.msdtypExample)
    XCTAssertEqual(sd.control.rawValue, 0xB014)
    XCTAssertEqual(sd.owner?.description, "S-1-5-32-544")
    XCTAssertEqual(sd.dacl?.entries.count, 4)
    XCTAssertEqual(sd.dacl?.entries[0].mask, [.genericRead, .genericExecute])
    XCTAssertEqual(sd.sacl?.entries[0].flags, .failedAccess)
    XCTAssertEqual(layout.daclEntryOffsets, [0x38, 0x50, 0x68, 0x7C])
    XCTAssertEqual(sd.selfRelativeBytes, Self.msdtypExample)
  }

  func testObjectACEWithBothGUIDs() throws {
    let ace = AccessControlEntry(
      type: .accessAllowedObject, flags: [.containerInherit, .inheritOnly], mask: .writeProperty,
      objectType: try GUID(parsing: "bf967a0a-0de6-11d0-a285-00aa003049e2"),
      inheritedObjectType: try GUID(parsing: "bf967aba-0de6-11d0-a285-00aa003049e2"),
      trustee: try SecurityIdentifier(parsing: "S-1-5-21-1-2-3-1105"))
    let sd = SecurityDescriptor(dacl: AccessControlList(entries: [ace]))
    XCTAssertEqual(sd.dacl?.revision, 4)
    let bytes = sd.selfRelativeBytes
    XCTAssertEqual(Array(bytes[20..<24]), [4, 0, 0x50, 0])  // ACL revision 4, 80 bytes
    XCTAssertEqual(Array(bytes[28..<32]), [5, 0x0A, 0x48, 0])  // OA, CI|IO, 72 bytes
    XCTAssertEqual(Array(bytes[36..<40]), [3, 0, 0, 0])  // both GUIDs present
    XCTAssertEqual(Array(bytes[40..<44]), [0x0a, 0x7a, 0x96, 0xbf])
    XCTAssertEqual(try SecurityDescriptor(selfRelative: bytes), sd.withSelfRelative)
  }

  func testTruncationAtEveryLengthIsALocatedError() throws {
    let bytes = Self.msdtypExample
    for length in 0..<bytes.count {
      do {
        _ = try SecurityDescriptor.decode(Array(bytes.prefix(length)))
        XCTFail("decoded a descriptor cut at \(length) bytes")
      } catch {
        XCTAssertLessThanOrEqual(error.offset, length)
      }
    }
  }

  func testInconsistentDescriptorsNameOffsetAndStructure() {
    var bytes = Self.msdtypExample
    bytes[0x30 + 4] = 9  // DACL claims 9 ACEs
    XCTAssertThrowsError(try SecurityDescriptor.decode(bytes)) {
      XCTAssertEqual(
        $0 as? BinaryDescriptorError,
        BinaryDescriptorError(.ace, at: 0x90, "DACL says 9 ACEs, but ACE 4 starts past its end (byte 144)"))
    }
    bytes = Self.msdtypExample
    bytes[16] = 0xF0  // DACL offset past the end
    XCTAssertThrowsError(try SecurityDescriptor.decode(bytes)) {
      XCTAssertEqual(($0 as? BinaryDescriptorError)?.structure, .header)
      XCTAssertEqual(($0 as? BinaryDescriptorError)?.offset, 16)
    }
    bytes = Self.msdtypExample
    bytes[0x38] = 0x20  // undefined ACE type
    XCTAssertThrowsError(try SecurityDescriptor.decode(bytes)) {
      XCTAssertEqual(
        $0 as? BinaryDescriptorError,
        BinaryDescriptorError(.ace, at: 0x38, "ACE 0 has type 0x20, not defined in [MS-DTYP] 2.4.4.1"))
    }
    bytes = Self.msdtypExample
    bytes[0x38 + 8] = 2  // SID revision
    XCTAssertThrowsError(try SecurityDescriptor.decode(bytes)) {
      XCTAssertEqual($0 as? BinaryDescriptorError, BinaryDescriptorError(.sid, at: 0x40, "SID revision 2, expected 1"))
    }
    XCTAssertThrowsError(try SecurityDescriptor.decode(Array(Self.msdtypExample.prefix(2) + [0x14, 0x30] + Self.msdtypExample.dropFirst(4)))) {
      XCTAssertEqual(($0 as? BinaryDescriptorError)?.offset, 2)
    }
  }

  func testNeverCrashesOnRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    var seed = Self.msdtypExample
    for round in 0..<20_000 {
      var bytes = seed
      for _ in 0..<(1 + round % 4) {
        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
      }
      if round % 7 == 0 { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator))) }
      if let decoded = try? SecurityDescriptor(selfRelative: bytes), round % 3 == 0 {
        seed = decoded.selfRelativeBytes.count >= 20 ? Self.msdtypExample : seed
        _ = decoded.selfRelativeBytes
      }
    }
  }
}

extension SecurityDescriptor {
  /// This descriptor as decoding its bytes gives it back: with SE_SELF_RELATIVE set.
  var withSelfRelative: SecurityDescriptor {
    var copy = self
    copy.control.insert(.selfRelative)
    return copy
  }
}
