import Foundation
import HiveFixtures
import XCTest

/// The sysprep-recovery walkthrough from start to end on a lock-out hive built by the test.
final class SysprepWalkTests: XCTestCase {
  func testTheWalkFindsTheLockOutAndVerifiesTheRepairedCopy() throws {
    let fixtures = try FixtureHive()
    defer { fixtures.remove() }
    let admin = FixtureAccount(rid: 500, name: "Administrator", dacl: FixtureAccount.cannotChangeDACL(rid: 500))
    _ = try fixtures.sam([admin], name: "SAM")
    let script = fixtures.path("lesson.hb")
    try """
      walk start sysprep-recovery
      walk next
      walk answer yes
      walk answer SAM
      walk next
      walk next
      walk answer SAM
      sam fix SAM --account Administrator --to SAM.fixed
      walk back
      walk answer SAM.fixed
      walk next
      walk next

      """.write(toFile: script, atomically: true, encoding: .utf8)
    let result = try BuiltProduct.run(["run", "--echo", script], environment: ["XDG_STATE_HOME": fixtures.path("state")])
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    let out = result.stdout
    XCTAssertTrue(out.contains("PROBLEM Administrator (RID 500) must change its password at next logon and may not change it"), out)
    XCTAssertTrue(out.contains("    repair with: sam fix SAM --account Administrator --to SAM.fixed"), out)
    XCTAssertTrue(out.contains("evidence: SAM: SAM\\Domains\\Account\\Users\\000001F4"), out)
    XCTAssertTrue(out.contains("PROBLEM that is the original hive, not a repaired copy"), out)
    XCTAssertTrue(out.contains("CLEAR   Administrator (RID 500) is enabled, unlocked and can log on with an empty password"), out)
    XCTAssertTrue(out.contains("sysprep-recovery · complete\n  found: SAM-SYSPREP-LOCKOUT"), out)
  }
}
