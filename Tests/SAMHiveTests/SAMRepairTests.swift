import Findings
import Artifacts
import Foundation
import XCTest

@testable import SAMHive
import HiveFixtures

/// `sam fix` on fixtures: the planned bytes, the copy re-read, the source untouched, refusals.
final class SAMRepairTests: XCTestCase {
  var fixtures: FixtureHive!
  var source: String!

  override func setUpWithError() throws {
    fixtures = try FixtureHive()
    source = try fixtures.sam(SAMReaderTests.accounts())
  }

  override func tearDown() { fixtures.remove() }

  func digest(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  func change(_ report: SAMRepairReport, _ value: String, _ offset: Int) -> SAMChange? {
    report.changes.first { $0.value == value && $0.offset == offset }
  }

  func testRepairsTheLockOutIntoTheCopyOnly() throws {
    let before = try digest(source)
    let copy = fixtures.path("SAM.fixed")
    let report = try SAMRepair.fix(hive: ref(source), account: "Administrator", to: ref(copy))
    XCTAssertEqual(try digest(source), before, "the source bytes must not change")
    XCTAssertTrue(report.verified, report.problems.joined(separator: "; "))

    // F+0x38: 0x0010 [NORMAL] -> 0x0210 [NORMAL|PWNOEXP]; the one byte F+0x39 00 -> 02, as
    // chntpw's samunlock on the same state (reference §3.2).
    let acb = try XCTUnwrap(change(report, "F", 0x38))
    XCTAssertEqual(acb.before, [0x10, 0x00])
    XCTAssertEqual(acb.after, [0x10, 0x02])
    XCTAssertEqual(acb.bytes, [SAMChange.ByteChange(offset: 0x39, before: 0x00, after: 0x02)])
    // V+0xa0 / V+0xac: LM 0x18 and NT 0x38 hash lengths to 0, as chntpw's sampasswd -r.
    XCTAssertEqual(change(report, "V", 0xA0)?.before, [0x18, 0, 0, 0])
    XCTAssertEqual(change(report, "V", 0xA0)?.after, [0, 0, 0, 0])
    XCTAssertEqual(change(report, "V", 0xAC)?.before, [0x38, 0, 0, 0])
    // The World and Self masks get USER_CHANGE_PASSWORD 0x40 back: 0x2031b -> 0x2035b,
    // 0x20004 -> 0x20044. In the fixture V the DACL starts at 0xCC + 20 + 8 = 0xE8.
    let world = try XCTUnwrap(change(report, "V", 0xE8 + 4))
    XCTAssertEqual(world.meaningBefore, "0x2031b")
    XCTAssertEqual(world.meaningAfter, "0x2035b")
    XCTAssertEqual(report.changes.count, 5)
    XCTAssertEqual(report.changes.filter { $0.field == "Self ACE mask" }.count, 1)

    let after = try SAMReader.analyze(ref(copy))
    let admin = try XCTUnwrap(after.account(named: "Administrator"))
    XCTAssertTrue(admin.enabled)
    XCTAssertFalse(admin.mustChangePassword)
    XCTAssertTrue(admin.canChangePassword)
    XCTAssertTrue(admin.passwordBlank)
    XCTAssertTrue(admin.fixed.passwordLastSet.isZero, "pwdLastSet is left as it was")
    XCTAssertFalse(after.findings.contains { $0.id == "SAM-SYSPREP-LOCKOUT" })
    XCTAssertTrue(after.findings.contains { $0.id == "SAM-PASSWORD-BLANK" })
    XCTAssertEqual(report.json["verified"], .bool(true))
  }

  func testUnlocksALockedAccountByRID() throws {
    let copy = fixtures.path("SAM.unlocked")
    let report = try SAMRepair.fix(
      hive: ref(source), account: "0x3e9", to: ref(copy), options: SAMRepairOptions(clearPassword: false))
    XCTAssertEqual(report.before.name, "locked")
    XCTAssertEqual(change(report, "F", 0x38)?.after, [0x10, 0x00], "AUTOLOCK 0x0400 cleared")
    XCTAssertEqual(change(report, "F", 0x40)?.before, [5, 0])
    XCTAssertEqual(change(report, "F", 0x40)?.after, [0, 0])
    XCTAssertEqual(report.changes.count, 2, "not must-change, may change: nothing else to do")
    XCTAssertTrue(report.verified)
    XCTAssertFalse(report.after.locked)
  }

  func testOptionsLimitTheEdits() throws {
    let copy = fixtures.path("SAM.pw")
    let options = SAMRepairOptions(
      unlock: false, clearMustChange: false, allowPasswordChange: false)
    let report = try SAMRepair.fix(
      hive: ref(source), account: "Administrator", to: ref(copy), options: options)
    XCTAssertEqual(report.changes.map(\.offset), [0xA0, 0xAC])
    XCTAssertTrue(report.after.hasChangeDeadlock, "only the password was cleared")
  }

  func testDenyACEIsLiftedForAccountThatMayNotChange() throws {
    let report = try SAMRepair.fix(hive: ref(source), account: "denied", to: ref(fixtures.path("SAM.d")))
    XCTAssertEqual(report.changes.first { $0.field == "Self deny ACE mask" }?.meaningAfter, "0x0")
    XCTAssertTrue(report.after.canChangePassword)
    XCTAssertTrue(report.verified)
  }

  /// Asserts that fixing into `copy` (with force, so only the source rule can refuse) throws
  /// `.targetIsSource`.
  func expectSourceRefused(_ copy: String, line: UInt = #line) {
    XCTAssertThrowsError(
      try SAMRepair.fix(
        hive: ref(source), account: "Administrator", to: ref(copy), options: SAMRepairOptions(force: true)),
      line: line
    ) {
      XCTAssertEqual(
        $0 as? SAMRepairError, .targetIsSource(copy: ref(copy)), line: line)
    }
  }

  func testRefusesToWriteTheSource() throws {
    let before = try digest(source)
    expectSourceRefused(source)
    expectSourceRefused(fixtures.directory.path + "/./SAM")
    let link = fixtures.path("link")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: source)
    expectSourceRefused(link)
    let hard = fixtures.path("hard")
    try FileManager.default.linkItem(atPath: source, toPath: hard)
    expectSourceRefused(hard)
    XCTAssertEqual(try digest(source), before)
  }

  func testRefusesAnExistingCopyUnlessForced() throws {
    let copy = fixtures.path("exists")
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: copy))
    XCTAssertThrowsError(try SAMRepair.fix(hive: ref(source), account: "Administrator", to: ref(copy))) {
      XCTAssertEqual($0 as? ArtifactError, .exists(ref(copy)))
    }
    XCTAssertEqual(try digest(copy), Data("keep me".utf8))
    let report = try SAMRepair.fix(
      hive: ref(source), account: "Administrator", to: ref(copy), options: SAMRepairOptions(force: true))
    XCTAssertTrue(report.verified)
  }

  func testRefusesUnknownAccountAndCreatesAMissingDirectory() throws {
    XCTAssertThrowsError(
      try SAMRepair.fix(hive: ref(source), account: "nobody", to: ref(fixtures.path("x")))
    ) { error in
      guard case .accountNotFound(_, _, let known)? = error as? SAMRepairError else {
        return XCTFail("expected accountNotFound, got \(error)")
      }
      XCTAssertTrue(known.contains("Administrator"))
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: fixtures.path("x")))
    // Parents are created as by every writing command (the artifact writer's rule).
    let nested = fixtures.path("new/dir/SAM")
    XCTAssertTrue(try SAMRepair.fix(hive: ref(source), account: "Administrator", to: ref(nested)).verified)
  }
}

extension SAMRepairTests {
  func testPlanWritesNothingAndMatchesTheFix() throws {
    let before = try digest(source)
    let plan = try SAMRepair.plan(hive: ref(source), account: "administrator")
    XCTAssertEqual(try digest(source), before)
    XCTAssertEqual(plan.changes.map(\.field).first, "ACB flags")
    let analysis = try SAMReader.analyze(ref(source))
    let report = try analysis.fix(account: "Administrator", to: ref(fixtures.path("SAM.viaAnalysis")))
    XCTAssertEqual(report.changes.map { var c = $0; c.dataStart = nil; return c }, plan.changes)
    XCTAssertTrue(report.changes.contains { $0.summary.hasPrefix("F+0x38 ACB flags: 0x0010") })
  }
}
