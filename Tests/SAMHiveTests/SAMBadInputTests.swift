import Findings
import Foundation
import XCTest

@testable import SAMHive
import HiveFixtures
import WindowsSecurity

/// Bad input gives an `InputError` naming the file and what was expected; never a crash.
final class SAMBadInputTests: XCTestCase {
  var fixtures: FixtureHive!

  override func setUpWithError() throws { fixtures = try FixtureHive() }
  override func tearDown() { fixtures.remove() }

  func expectInputError(
    _ path: String, containing text: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try SAMReader.analyze(ref(path)), file: file, line: line) { error in
      guard let input = error as? InputError else {
        return XCTFail("expected InputError, got \(error)", file: file, line: line)
      }
      XCTAssertEqual(input.location.file?.path, path, file: file, line: line)
      XCTAssertNil(input.location.line, "a hive has no lines", file: file, line: line)
      XCTAssertTrue(
        input.message.contains(text), "\(input.message) lacks \(text)", file: file, line: line)
    }
  }

  func write(_ bytes: [UInt8], _ name: String) throws -> String {
    let path = fixtures.path(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func testNotAHive() throws {
    expectInputError(
      try write(Array("Windows Registry Editor 5.00\r\n".utf8), "a.reg"), containing: "'regf'")
    expectInputError(fixtures.path("missing"), containing: "cannot open")
  }

  func testTruncatedHive() throws {
    let whole = EmptyHive.bytes()
    expectInputError(try write(Array(whole.prefix(0x1800)), "short"), containing: "truncated hive")
    var lying = whole
    EmptyHive.put32(&lying, 0x28, 0x8000)
    expectInputError(try write(lying, "lying"), containing: "hbins end at 0x9000")
  }

  func testDamagedHiveIsRefusedByLibhivex() throws {
    var badSum = EmptyHive.bytes()
    badSum[0x1FC] ^= 0xFF
    expectInputError(try write(badSum, "sum"), containing: "libhivex refused")
    var garbage = EmptyHive.bytes()
    for i in 0x1000..<0x2000 { garbage[i] = UInt8(truncatingIfNeeded: i &* 31) }
    expectInputError(try write(garbage, "garbage"), containing: "libhivex refused")
  }

  func testHiveThatIsNotASAM() throws {
    expectInputError(try fixtures.empty(), containing: "the hive root has no subkey 'SAM'")
    let software = try fixtures.sam([], keys: ["SAM", "Domains", "Builtin"])
    expectInputError(software, containing: "SAM\\Domains has no subkey 'Account'")
  }

  func testMissingAndShortValues() throws {
    let admin = FixtureAccount(rid: 500, name: "Administrator")
    let noV = try fixtures.sam([admin], name: "noV") { _, value, bytes in value == "V" ? nil : bytes
    }
    expectInputError(noV, containing: "000001F4: missing value V")
    let shortF = try fixtures.sam([admin], name: "shortF") { _, value, bytes in
      value == "F" ? Array(bytes.prefix(0x20)) : bytes
    }
    expectInputError(shortF, containing: "F is 32 bytes, expected at least 68")
    let shortV = try fixtures.sam([admin], name: "shortV") { _, value, bytes in
      value == "V" ? Array(bytes.prefix(0x10)) : bytes
    }
    expectInputError(shortV, containing: "expected at least 0xcc")
  }

  func testOutOfRangeOffsetsInV() throws {
    let admin = FixtureAccount(rid: 500, name: "Administrator")
    let farName = try fixtures.sam([admin], name: "farName") { _, value, bytes in
      guard value == "V" else { return bytes }
      var v = bytes
      v.setLE32(0xFFFF_FFF0, at: 0x0C)
      return v
    }
    expectInputError(farName, containing: "user name entry (V+0x0c) points outside V")
    let badACL = try fixtures.sam([admin], name: "badACL") { _, value, bytes in
      guard value == "V" else { return bytes }
      var v = bytes
      v.setLE16(0xFFFF, at: 0xCC + 20 + 4)  // ACE count far beyond the ACL
      return v
    }
    expectInputError(badACL, containing: "DACL says 65535 ACEs, but ACE 4 starts past its end")
  }

  func testRepairOfABadHiveWritesNothing() throws {
    let path = try write(Array(repeating: 0x41, count: 0x3000), "junk")
    let copy = fixtures.path("junk.fixed")
    XCTAssertThrowsError(try SAMRepair.fix(hive: ref(path), account: "Administrator", to: ref(copy))) {
      XCTAssertTrue($0 is InputError)
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: copy))
  }
}
