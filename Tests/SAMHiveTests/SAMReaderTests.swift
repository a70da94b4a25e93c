import Findings
import XCTest

@testable import SAMHive
import HiveFixtures
import WindowsSecurity

/// The reader against fixtures built from the documented F/V layout, one account per flag case.
final class SAMReaderTests: XCTestCase {
  var fixtures: FixtureHive!

  override func setUpWithError() throws { fixtures = try FixtureHive() }
  override func tearDown() { fixtures.remove() }

  /// 2000-01-01T00:00:00Z as a FILETIME: (946684800 + 11644473600) * 10^7.
  static let y2k: UInt64 = 125_911_584_000_000_000

  static func accounts() -> [FixtureAccount] {
    var admin = FixtureAccount(
      rid: 500, name: "Administrator", dacl: FixtureAccount.cannotChangeDACL(rid: 500))
    admin.comment = "Built-in account for administering the computer/domain"
    admin.lastLogon = y2k
    var guest = FixtureAccount(
      rid: 501, name: "Guest",
      dacl: [FixtureAccount.allow(0x2031B, FixtureAccount.sid(authority: 1, [0]))]
    )
    guest.acb = 0x0215
    guest.ntHashLength = 0x18
    var locked = FixtureAccount(rid: 1001, name: "locked")
    locked.acb = 0x0410
    locked.badPasswordCount = 5
    locked.passwordLastSet = y2k
    var noPassword = FixtureAccount(rid: 1002, name: "nopassword")
    noPassword.acb = 0x0014
    noPassword.passwordLastSet = y2k
    noPassword.lmHashLength = 0
    noPassword.ntHashLength = 0
    var mustChange = FixtureAccount(rid: 1003, name: "mustchange")
    mustChange.fullName = "Must Change"
    let selfSID = FixtureAccount.sid(authority: 5, [21, 1, 2, 3, 1004])
    var denied = FixtureAccount(
      rid: 1004, name: "denied",
      dacl: [FixtureAccount.deny(0x40, selfSID)]
        + FixtureAccount.defaultDACL(rid: 1004))
    denied.passwordLastSet = y2k
    var everything = FixtureAccount(rid: 1005, name: "allbits")
    everything.acb = 0x07FF
    everything.passwordLastSet = 116_444_736_000_000_000
    return [admin, guest, locked, noPassword, mustChange, denied, everything]
  }

  func analyze() throws -> SAMAnalysis {
    try SAMReader.analyze(ref(fixtures.sam(Self.accounts())))
  }

  func testListsEveryAccountByRIDWithNamesFromV() throws {
    let analysis = try analyze()
    XCTAssertEqual(analysis.accounts.map(\.rid), [500, 501, 1001, 1002, 1003, 1004, 1005])
    XCTAssertEqual(
      analysis.accounts.map(\.name),
      ["Administrator", "Guest", "locked", "nopassword", "mustchange", "denied", "allbits"])
    XCTAssertEqual(analysis.account(named: "administrator")?.rid, 500)
    XCTAssertEqual(
      analysis.account(named: "Administrator")?.comment,
      "Built-in account for administering the computer/domain")
    XCTAssertEqual(analysis.account(named: "mustchange")?.fullName, "Must Change")
  }

  func testDecodesFlagsIntoStates() throws {
    let a = try analyze()
    let admin = try XCTUnwrap(a.account(named: "Administrator"))
    XCTAssertTrue(admin.enabled)
    XCTAssertFalse(admin.locked)
    XCTAssertTrue(admin.mustChangePassword)
    XCTAssertFalse(admin.canChangePassword)
    XCTAssertEqual(admin.passwordChange.worldMask, 0x2031B)
    XCTAssertEqual(admin.passwordChange.selfMask, 0x20004)

    let guest = try XCTUnwrap(a.account(named: "Guest"))
    XCTAssertFalse(guest.enabled)
    XCTAssertTrue(guest.passwordNeverExpires)
    XCTAssertTrue(guest.passwordNotRequired)
    XCTAssertFalse(guest.mustChangePassword, "PWNOEXP cancels pwdLastSet = 0")
    XCTAssertFalse(guest.canChangePassword)
    XCTAssertNil(guest.passwordChange.selfMask)
    XCTAssertTrue(guest.passwordBlank, "an NT entry of 0x18 bytes is the AES header only")

    let locked = try XCTUnwrap(a.account(named: "locked"))
    XCTAssertTrue(locked.locked)
    XCTAssertTrue(locked.enabled)
    XCTAssertEqual(locked.fixed.badPasswordCount, 5)
    XCTAssertFalse(locked.mustChangePassword)

    let must = try XCTUnwrap(a.account(named: "mustchange"))
    XCTAssertTrue(must.mustChangePassword)
    XCTAssertTrue(must.canChangePassword)

    let denied = try XCTUnwrap(a.account(named: "denied"))
    XCTAssertFalse(denied.canChangePassword, "a deny ACE before the allow ACEs decides")
    XCTAssertEqual(denied.passwordChange.worldMask, 0x2035B)
  }

  func testNamesEveryACBBit() throws {
    let all = try XCTUnwrap(try analyze().account(named: "allbits"))
    XCTAssertEqual(
      all.flags.names,
      [
        "DISABLED", "HOMDIRREQ", "PWNOTREQ", "TEMPDUP", "NORMAL", "MNS", "DOMTRUST", "WSTRUST",
        "SVRTRUST", "PWNOEXP", "AUTOLOCK",
      ])
    XCTAssertEqual(AccountControl(rawValue: 0x8010).names, ["NORMAL", "0x8000"])
  }

  func testFileTimes() throws {
    let a = try analyze()
    XCTAssertEqual(
      a.account(named: "Administrator")?.fixed.lastLogon.iso8601, "2000-01-01T00:00:00Z")
    XCTAssertEqual(
      a.account(named: "allbits")?.fixed.passwordLastSet.iso8601, "1970-01-01T00:00:00Z")
    XCTAssertEqual(a.account(named: "mustchange")?.fixed.passwordLastSet.isZero, true)
    XCTAssertEqual(a.account(named: "locked")?.fixed.accountExpires.isNever, true)
    XCTAssertEqual(FileTime(ticks: 0).iso8601, nil)
  }

  func testFindings() throws {
    let a = try analyze()
    let ids = Set(a.findings.map { "\($0.id) \($0.subject)" })
    XCTAssertTrue(ids.contains("SAM-SYSPREP-LOCKOUT Administrator (RID 500)"))
    XCTAssertTrue(ids.contains("SAM-ACCOUNT-LOCKED locked (RID 1001)"))
    XCTAssertTrue(ids.contains("SAM-PASSWORD-NOT-REQUIRED nopassword (RID 1002)"))
    XCTAssertTrue(ids.contains("SAM-PASSWORD-BLANK nopassword (RID 1002)"))
    XCTAssertTrue(ids.contains("SAM-MUST-CHANGE mustchange (RID 1003)"))
    XCTAssertFalse(ids.contains { $0.hasSuffix("Guest (RID 501)") }, "a disabled Guest is normal")
    XCTAssertFalse(ids.contains { $0.contains("denied") }, "not must-change, so no deadlock")
    let lockout = try XCTUnwrap(a.findings.first { $0.id == "SAM-SYSPREP-LOCKOUT" })
    XCTAssertEqual(lockout.severity, .error)
    XCTAssertNotNil(lockout.fix)
    XCTAssertTrue(lockout.refs.contains { $0.contains("3.1.5.14.4") })
    XCTAssertTrue(lockout.evidence?.text?.contains("World mask 0x2031b") ?? false)
    XCTAssertEqual(a.findings.first?.id, "SAM-SYSPREP-LOCKOUT", "errors sort first")
  }

  func testJSONContract() throws {
    let json = try analyze().json
    guard case .array(let accounts)? = json["accounts"], case .array? = json["findings"] else {
      return XCTFail("expected accounts and findings arrays")
    }
    let admin = accounts[0]
    XCTAssertEqual(admin["rid"], .int(500))
    XCTAssertEqual(admin["name"], .string("Administrator"))
    XCTAssertEqual(admin["enabled"], .bool(true))
    XCTAssertEqual(admin["locked"], .bool(false))
    XCTAssertEqual(admin["password_never_expires"], .bool(false))
    XCTAssertEqual(admin["must_change_password"], .bool(true))
    XCTAssertEqual(admin["can_change_password"], .bool(false))
    XCTAssertEqual(accounts[1]["acb"], .string("0x0215"))
    XCTAssertEqual(accounts[2]["locked"], .bool(true))
  }
}

extension SAMReaderTests {
  func testNameComesFromNamesKeyWhenVHasNone() throws {
    var unnamed = FixtureAccount(rid: 1010, name: "fromnames")
    unnamed.passwordLastSet = Self.y2k
    let path = try fixtures.sam([unnamed], name: "unnamed") { _, value, bytes in
      guard value == "V" else { return bytes }
      var v = bytes
      v.setLE32(0, at: 0x10)  // user name length 0
      return v
    }
    XCTAssertEqual(try SAMReader.analyze(ref(path)).accounts.map(\.name), ["fromnames"])
  }
}

extension SAMReaderTests {
  func testAccountExpiresZeroAndMaximumBothMeanNever() throws {
    var zero = FixtureAccount(rid: 1020, name: "zero")
    zero.accountExpires = 0
    let path = try fixtures.sam([zero, FixtureAccount(rid: 1021, name: "max")], name: "expiry")
    let accounts = try SAMReader.analyze(ref(path)).accounts
    XCTAssertEqual(accounts.map { $0.json["account_expires"] }, [.string("never"), .string("never")])
  }
}

/// A file typed as its own path, for the library calls under test.
func ref(_ path: String) -> FileReference { FileReference(path: path) }
