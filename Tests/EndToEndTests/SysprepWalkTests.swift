import Foundation
import HiveFixtures
import XCTest

/// The sysprep-recovery lesson (Tests/Lessons/walk-sysprep-recovery.hbt) replayed by `hybridbench
/// check` next to a lock-out hive built by the test. RECORD_TRANSCRIPTS=1 rewrites the lesson.
final class SysprepWalkTests: XCTestCase {
  func testTheLessonReplaysOnABuiltLockOutHive() throws {
    let fixtures = try FixtureHive()
    defer { fixtures.remove() }
    let admin = FixtureAccount(rid: 500, name: "Administrator", dacl: FixtureAccount.cannotChangeDACL(rid: 500))
    _ = try fixtures.sam([admin], name: "SAM")
    let lesson = BuiltProduct.packageRoot.appendingPathComponent("Tests/Lessons/walk-sysprep-recovery.hbt").path
    let copy = fixtures.path("walk-sysprep-recovery.hbt")
    try FileManager.default.copyItem(atPath: lesson, toPath: copy)
    if ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] != nil {
      _ = try BuiltProduct.run(["check", "--update", copy])
      try? FileManager.default.removeItem(atPath: lesson)
      try FileManager.default.copyItem(atPath: copy, toPath: lesson)
      try FileManager.default.removeItem(atPath: fixtures.path("SAM.fixed"))  // the replay writes it again
    }
    let result = try BuiltProduct.run(["check", copy])
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    let text = try String(contentsOfFile: lesson, encoding: .utf8)
    XCTAssertTrue(text.contains("PROBLEM Administrator (RID 500) must change its password at next logon and may not change it"))
    XCTAssertTrue(text.contains("PROBLEM that is the original hive, not a repaired copy"))
    XCTAssertTrue(text.contains("CLEAR   Administrator (RID 500) is enabled, unlocked and can log on with an empty password"))
    XCTAssertTrue(text.contains("sysprep-recovery · complete after "))
    XCTAssertTrue(text.contains("\n  found: SAM-SYSPREP-LOCKOUT"))
  }
}

/// Advice meant for copy and paste pastes as one word per path, blanks and all.
final class SysprepAdviceQuotingTests: XCTestCase {
  func testTheRepairCommandQuotesAPathWithBlanks() throws {
    let fixtures = try FixtureHive()
    defer { fixtures.remove() }
    let admin = FixtureAccount(rid: 500, name: "Administrator", dacl: FixtureAccount.cannotChangeDACL(rid: 500))
    let hive = try fixtures.sam([admin], name: "SAM copy")
    let result = try BuiltProduct.run([
      "-c", "walk start sysprep-recovery; walk next; walk answer yes; walk answer '\(hive)'",
    ])
    XCTAssertTrue(
      result.stdout.contains(
        "repair with: sam fix '\(hive)' --account Administrator --to '\(hive).fixed'"),
      result.stdout)
  }
}
