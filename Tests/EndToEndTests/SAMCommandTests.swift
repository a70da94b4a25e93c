import Foundation
import HiveFixtures
import XCTest

/// `analyze sam` and `sam fix` on hives built by the tests, through the real binary.
final class SAMCommandTests: XCTestCase {
  private var fixtures: FixtureHive!
  private var hive = ""

  override func setUpWithError() throws {
    fixtures = try FixtureHive()
    var admin = FixtureAccount(rid: 500, name: "Administrator", dacl: FixtureAccount.cannotChangeDACL(rid: 500))
    admin.acb = 0x0010  // enabled, normal; pwdLastSet 0: must change at next logon
    var ann = FixtureAccount(rid: 1001, name: "ann")
    ann.passwordLastSet = 132_000_000_000_000_000
    hive = try fixtures.sam([admin, ann])
  }

  override func tearDownWithError() throws { fixtures.remove() }

  private func digest(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  func testAnalyzeShowsTheLockOutVerdictFirst() throws {
    let result = try BuiltProduct.run(["-c", "analyze sam '\(hive)'"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      lines.first,
      "\(hive): 2 local accounts · LOCKED OUT: Administrator (RID 500) must change its password at next logon and may not change it")
    XCTAssertTrue(lines.contains { $0.hasPrefix("ERROR  SAM-SYSPREP-LOCKOUT ") }, result.stdout)
    XCTAssertEqual(lines.last, "1 finding · 1 error")
  }

  func testAnalyzeJSONContract() throws {
    let result = try BuiltProduct.run(["--format", "json", "-c", "analyze sam '\(hive)'"])
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let accounts = try XCTUnwrap(json["accounts"] as? [[String: Any]])
    let admin = try XCTUnwrap(accounts.first)
    for key in ["rid", "name", "enabled", "locked", "password_never_expires", "must_change_password", "can_change_password"] {
      XCTAssertNotNil(admin[key], "missing \(key)")
    }
    XCTAssertEqual(admin["rid"] as? Int, 500)
    XCTAssertEqual(admin["must_change_password"] as? Bool, true)
    XCTAssertEqual(admin["can_change_password"] as? Bool, false)
    let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
    XCTAssertEqual(findings.first?["id"] as? String, "SAM-SYSPREP-LOCKOUT")
    XCTAssertEqual(Set(findings.first?.keys ?? [:].keys), ["id", "severity", "subject", "message", "evidence", "fix", "refs"])
  }

  func testFixWritesAVerifiedCopyAndNeverTheOriginal() throws {
    let before = try digest(hive)
    let copy = fixtures.path("SAM.fixed")
    let result = try BuiltProduct.run(["-c", "sam fix '\(hive)' --account administrator --to '\(copy)'; analyze sam '\(copy)'"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("verified by reading the copy back"), result.stdout)
    XCTAssertTrue(result.stdout.contains("F+0x38 ACB flags: 0x0010 [NORMAL] -> 0x0210 [NORMAL|PWNOEXP]"), result.stdout)
    XCTAssertFalse(result.stdout.contains("LOCKED OUT"), result.stdout)
    XCTAssertEqual(try digest(hive), before)

    let again = try BuiltProduct.run(["-c", "sam fix '\(hive)' --account 500 --to '\(copy)'"])
    XCTAssertEqual(again.status, 1)
    XCTAssertTrue(again.stderr.contains("exists"), again.stderr)
    XCTAssertTrue(
      again.stderr.hasPrefix("error: \(copy) already exists (add --force to replace it)\n"), again.stderr)
    XCTAssertTrue(again.stderr.hasSuffix("^\n"), "the caret points at the copy path")
    let onto = try BuiltProduct.run(["-c", "sam fix '\(hive)' --account 500 --to '\(hive)' --force"])
    XCTAssertEqual(onto.status, 1)
    XCTAssertTrue(
      onto.stderr.hasPrefix("error: \(hive): refusing to write the copy over the hive being repaired"),
      onto.stderr)
    XCTAssertEqual(try digest(hive), before)
  }

  func testPlanWritesNothing() throws {
    let result = try BuiltProduct.run(["-c", "sam fix '\(hive)' --account 500 --plan"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.hasPrefix("plan for account '500' in \(hive) · 5 changes · nothing written"), result.stdout)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixtures.directory.path).filter { $0.contains("fixed") }, [])
  }

  func testBadInputIsOneClearLine() throws {
    let notAHive = fixtures.path("notes.txt")
    try "hello".write(toFile: notAHive, atomically: true, encoding: .utf8)
    let result = try BuiltProduct.run(["-c", "analyze sam '\(notAHive)'; sam fix '\(hive)'"])
    XCTAssertEqual(result.status, 1)
    let errors = result.stderr.split(separator: "\n")
    XCTAssertTrue(errors[0].hasPrefix("error: \(notAHive): "), result.stderr)
    XCTAssertTrue(result.stderr.contains("error: 'sam fix' needs --account NAME"), result.stderr)
  }
}

/// What `analyze sam` shows and `sam fix` says, as a user reads it.
final class SAMCommandReportTests: XCTestCase {
  private var fixtures: FixtureHive!
  private var hive = ""

  override func setUpWithError() throws {
    fixtures = try FixtureHive()
    var admin = FixtureAccount(rid: 500, name: "Administrator", dacl: FixtureAccount.cannotChangeDACL(rid: 500))
    admin.lastLogon = 125_911_584_000_000_000  // 2000-01-01T00:00:00Z
    admin.logonCount = 7
    var guest = FixtureAccount(rid: 501, name: "Guest")
    guest.acb = 0x0211  // disabled, normal, password never expires; pwdLastSet 0
    guest.badPasswordCount = 2
    hive = try fixtures.sam([admin, guest])
  }

  override func tearDownWithError() throws { fixtures.remove() }

  private func row(_ stdout: String, _ name: String) -> [String] {
    let line = stdout.split(separator: "\n").first { $0.split(separator: " ").dropFirst().first == Substring(name) }
    return line.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) } ?? []
  }

  func testNeverExpiringPasswordsAreNotMustChangeAndCountsAreShown() throws {
    let result = try BuiltProduct.run(["-c", "analyze sam '\(hive)'"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("LAST LOGON") && result.stdout.contains("LOGONS") && result.stdout.contains("BAD PWD"), result.stdout)
    let guest = row(result.stdout, "Guest")
    XCTAssertEqual(guest.suffix(4), ["never", "never", "0", "2"], result.stdout)
    XCTAssertFalse(guest.contains("(must"), "PWNOEXP: pwdLastSet 0 is no must-change")
    let admin = row(result.stdout, "Administrator")
    XCTAssertEqual(admin.suffix(4), ["change)", "2000-01-01T00:00:00Z", "7", "0"], result.stdout)
  }

  func testFixReportsDigestByteComparisonAndGuestWarning() throws {
    let copy = fixtures.path("with space/SAM.fixed")
    let result = try BuiltProduct.run(["-c", "sam fix '\(hive)' --account guest --to '\(copy)'"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let digest = try sha256sum(copy)
    XCTAssertTrue(lines[0].hasSuffix("bytes · sha256 \(digest)"), lines[0])
    XCTAssertTrue(lines[1].hasPrefix("  warning: Guest (RID 501) is the built-in Guest account"), result.stdout)
    XCTAssertTrue(lines.contains { $0.hasPrefix("  compared byte by byte with the original: ") }, result.stdout)
  }

  func testAnErrorFollowsTheCommandsFormat() throws {
    let result = try BuiltProduct.run(["-c", "sam fix '\(hive)' --account nobody --plan --format json"])
    XCTAssertEqual(result.status, 1)
    let json = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any], result.stderr)
    let error = try XCTUnwrap(json["error"] as? [String: Any])
    XCTAssertEqual(error["code"] as? String, "sam.account-not-found")
    XCTAssertTrue((error["message"] as? String)?.hasPrefix("\(hive): no account 'nobody'") ?? false, result.stderr)
  }
}

/// The SHA-256 of a file as coreutils computes it, to check the digest the tool reports.
func sha256sum(_ path: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
  process.arguments = [path]
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  process.waitUntilExit()
  let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  return String(text.prefix(64))
}
