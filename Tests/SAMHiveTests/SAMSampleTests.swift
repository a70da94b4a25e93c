import Findings
import Foundation
import XCTest

@testable import SAMHive
import HiveFixtures

/// Optional checks against the real hives in `<package root>/../shared/samples/hives`, asserting
/// what their SOURCE.txt says. Skipped when the samples are absent.
final class SAMSampleTests: XCTestCase {
  static let hives = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/samples/hives").standardized

  func sample(_ name: String) throws -> String {
    let path = Self.hives.appendingPathComponent(name).path
    guard FileManager.default.fileExists(atPath: path) else {
      throw XCTSkip("sample hive \(name) is not present")
    }
    return path
  }

  static let original = "google__turbinia__test_data_SAM.hive"
  static let derived = "DERIVED__turbinia_SAM__admin_mustchange_cantchange.hive"

  func testTurbiniaAccounts() throws {
    let analysis = try SAMReader.analyze(ref(try sample(Self.original)))
    // SOURCE.txt: Administrator, Guest, DefaultAccount, testuser, testlocaluser, badpassword.
    XCTAssertEqual(
      analysis.accounts.map(\.name),
      ["Administrator", "Guest", "DefaultAccount", "testuser", "testlocaluser", "badpassword"])
    XCTAssertEqual(analysis.accounts.map(\.rid), [500, 501, 503, 1000, 1004, 1005])
    let admin = try XCTUnwrap(analysis.account(named: "Administrator"))
    XCTAssertEqual(admin.flags.rawValue, 0x0011, "SOURCE.txt: ACB 0x0011 before the edit")
    XCTAssertTrue(admin.canChangePassword)
    // Reference §3.1: Guest has World 0x2031b and no Self ACE, so it cannot change its password.
    let guest = try XCTUnwrap(analysis.account(named: "Guest"))
    XCTAssertEqual(guest.passwordChange.worldMask, 0x2031B)
    XCTAssertNil(guest.passwordChange.selfMask)
    XCTAssertFalse(guest.canChangePassword)
    XCTAssertEqual(guest.flags.names, ["DISABLED", "PWNOTREQ", "NORMAL", "PWNOEXP"])
    XCTAssertFalse(analysis.findings.contains { $0.id == "SAM-SYSPREP-LOCKOUT" })
  }

  func testDerivedHiveShowsTheLockOut() throws {
    let analysis = try SAMReader.analyze(ref(try sample(Self.derived)))
    let admin = try XCTUnwrap(analysis.account(named: "Administrator"))
    XCTAssertEqual(admin.flags.rawValue, 0x0010)
    XCTAssertTrue(admin.fixed.passwordLastSet.isZero)
    XCTAssertEqual(admin.passwordChange.worldMask, 0x2031B)
    XCTAssertEqual(admin.passwordChange.selfMask, 0x20004)
    XCTAssertTrue(admin.hasChangeDeadlock)
    XCTAssertEqual(
      analysis.findings.filter { $0.severity == .error }.map(\.id), ["SAM-SYSPREP-LOCKOUT"])
  }

  /// The repair of the derived hive makes the byte changes SOURCE.txt records for chntpw
  /// (samunlock: F+0x39 00->02; sampasswd -r: V+0xa0 18->00, V+0xac 38->00) and undoes the
  /// derived DACL edit (V+0x11c 1b->5b, V+0x180 04->44).
  func testRepairMatchesChntpwAndRestoresTheDACL() throws {
    let source = try sample(Self.derived)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("samhive-sample-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let before = try Data(contentsOf: URL(fileURLWithPath: source))
    let copy = directory.appendingPathComponent("SAM").path
    let report = try SAMRepair.fix(hive: ref(source), account: "Administrator", to: ref(copy))
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: source)), before)
    XCTAssertTrue(report.verified, report.problems.joined(separator: "; "))
    let bytes = report.changes.flatMap { change in
      change.bytes.map {
        "\(change.value)+\(String($0.offset, radix: 16)) \($0.before)->\($0.after)"
      }
    }
    XCTAssertEqual(
      bytes.sorted(),
      ["F+39 0->2", "V+11c 27->91", "V+180 4->68", "V+a0 24->0", "V+ac 56->0"])
    let original = try SAMReader.analyze(ref(try sample(Self.original)))
    XCTAssertEqual(
      report.after.passwordChange.worldMask,
      original.account(named: "Administrator")?.passwordChange.worldMask)
  }
}
