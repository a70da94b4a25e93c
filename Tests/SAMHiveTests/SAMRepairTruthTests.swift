import Artifacts
import Findings
import Foundation
import HiveFixtures
import XCTest

@testable import SAMHive

/// What `sam fix` says it changed is what changed: the copy compared with the original byte by
/// byte, the warnings about an account that should not be repaired, and the sha256 it reports.
final class SAMRepairTruthTests: XCTestCase {
  var fixtures: FixtureHive!
  var source = ""

  override func setUpWithError() throws {
    fixtures = try FixtureHive()
    source = try fixtures.sam(SAMReaderTests.accounts())
  }

  override func tearDown() { fixtures.remove() }

  private func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// The offsets where two files differ.
  private func differences(_ a: [UInt8], _ b: [UInt8]) -> [Int] {
    XCTAssertEqual(a.count, b.count)
    return zip(a, b).enumerated().compactMap { $0.element.0 == $0.element.1 ? nil : $0.offset }
  }

  func testOnlyTheListedBytesChange() throws {
    let copy = fixtures.path("SAM.fixed")
    let report = try SAMRepair.fix(hive: ref(source), account: "Administrator", to: ref(copy))
    XCTAssertTrue(report.verified, report.problems.joined(separator: "; "))
    XCTAssertEqual(report.storage, .inPlace)
    let listed = report.changes.flatMap(\.fileBytes)
    XCTAssertEqual(listed.count, 5)
    let original = try bytes(source)
    let written = try bytes(copy)
    XCTAssertEqual(differences(original, written), listed.map(\.offset).sorted())
    for byte in listed {
      XCTAssertEqual(original[byte.offset], byte.before)
      XCTAssertEqual(written[byte.offset], byte.after)
    }
    XCTAssertEqual(report.differingBytes, 5)
    XCTAssertEqual(
      report.byteComparison, "compared byte by byte with the original: 5 bytes differ, the 5 listed above")
    XCTAssertTrue(report.changes[0].summary.hasSuffix("at file offset \(Hex.plain(listed[0].offset)))"))
  }

  func testTheReportedDigestIsTheCopys() throws {
    let copy = fixtures.path("SAM.fixed")
    let report = try SAMRepair.fix(hive: ref(source), account: "Administrator", to: ref(copy))
    XCTAssertEqual(report.copy.sha256, ArtifactWriter.sha256(try bytes(copy)))
    XCTAssertEqual(report.copy.size, try bytes(copy).count)
    XCTAssertEqual(report.json["sha256"], .string(report.copy.sha256))
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: fixtures.directory.path)
        .filter { $0.hasPrefix(".") }, [], "no temporary file is left in the target directory")
  }

  /// libhivex's own commit moves F and V to new cells: the report says how many bytes really
  /// differ and that the old values stay in free cells, instead of "5 changes, byte by byte".
  func testALibhivexRewriteIsReportedAsOne() throws {
    let copy = fixtures.path("SAM.rewritten")
    let report = try SAMRepair.fix(
      hive: ref(source), account: "Administrator", to: ref(copy),
      options: SAMRepairOptions(method: .libhivex))
    XCTAssertTrue(report.verified, report.problems.joined(separator: "; "))
    XCTAssertEqual(report.storage, .rewrittenByLibhivex)
    let differing = zip(try bytes(source), try bytes(copy)).filter { $0 != $1 }.count
    XCTAssertGreaterThan(differing, 5)
    XCTAssertGreaterThanOrEqual(report.differingBytes, differing)
    XCTAssertTrue(report.byteComparison.contains("remain in free cells"), report.byteComparison)
    XCTAssertEqual(report.json["storage"], .string("rewritten-by-libhivex"))
  }

  func testRepairingGuestWarns() throws {
    let plan = try SAMRepair.plan(hive: ref(source), account: "guest")
    XCTAssertTrue(plan.warnings.contains { $0.contains("built-in Guest account") }, "\(plan.warnings)")
    let byRID = try SAMRepair.fix(hive: ref(source), account: "501", to: ref(fixtures.path("g")))
    XCTAssertTrue(byRID.warnings.contains { $0.contains("built-in Guest account") })
  }

  func testRepairingAnAccountNothingLocksWarns() throws {
    // "denied" may not change its password but need not either: enabled, unlocked, pwd set.
    let plan = try SAMRepair.plan(hive: ref(source), account: "denied")
    XCTAssertEqual(plan.warnings.count, 1)
    XCTAssertTrue(plan.warnings[0].hasPrefix("nothing locks denied (RID 1004) out"), plan.warnings[0])
    XCTAssertEqual(try SAMRepair.plan(hive: ref(source), account: "Administrator").warnings, [])
    XCTAssertEqual(try SAMRepair.plan(hive: ref(source), account: "locked").warnings, [])
  }

  func testAdviceQuotesNamesWithBlanks() throws {
    var spaced = FixtureAccount(rid: 1010, name: "John Smith")
    spaced.acb = 0x0410
    spaced.badPasswordCount = 3
    spaced.passwordLastSet = SAMReaderTests.y2k
    let hive = try fixtures.sam([spaced], name: "spaced")
    let finding = try XCTUnwrap(
      SAMReader.analyze(ref(hive)).findings.first { $0.id == "SAM-ACCOUNT-LOCKED" })
    XCTAssertTrue(finding.fix?.contains("`net user \"John Smith\" /active:yes`") ?? false, finding.fix ?? "")
  }
}
