import EnvironmentModel
import XCTest

@testable import Walkthroughs

/// The checks that judge answers: legacy OS support, Azure Files error 53, RDS CAL rights.
final class AnswerChecksTests: XCTestCase {
  func testLegacyOSDatesFromTheLifecycleTable() throws {
    let ws2003 = try XCTUnwrap(LegacyOSSupport.release("WS2003"))
    XCTAssertEqual(ws2003.extendedEnd, "2015-07-14")
    XCTAssertEqual(LegacyOSSupport.judge(ws2003, on: "2026-11-21").findings.map(\.id), ["LEGACY-OS-UNSUPPORTED"])

    let r2 = try XCTUnwrap(LegacyOSSupport.release("ws2008r2"))
    XCTAssertEqual(
      LegacyOSSupport.judge(r2, on: "2023-06-01").findings.map(\.id), ["LEGACY-OS-ESU-ONLY"])
    XCTAssertEqual(LegacyOSSupport.judge(r2, on: "2024-01-09").outcome, .failed)
    XCTAssertEqual(
      LegacyOSSupport.judge(r2, on: "2024-01-10").findings.map(\.id), ["LEGACY-OS-UNSUPPORTED"])
    XCTAssertEqual(LegacyOSSupport.judge(r2, on: "2019-12-31").outcome, .passed)

    let ws2012 = try XCTUnwrap(LegacyOSSupport.release("ws2012"))
    XCTAssertEqual(
      LegacyOSSupport.judge(ws2012, on: "2025-01-01").findings.map(\.id), ["LEGACY-OS-ESU-ONLY"])
    XCTAssertEqual(
      LegacyOSSupport.judge(ws2012, on: "2026-11-21").findings.map(\.id), ["LEGACY-OS-UNSUPPORTED"],
      "ESU ended 2026-10-13")
    let ws2016 = try XCTUnwrap(LegacyOSSupport.release("ws2016"))
    XCTAssertEqual(LegacyOSSupport.judge(ws2016, on: "2026-11-21").outcome, .passed, "extended support to 2027-01-12")
    XCTAssertNil(LegacyOSSupport.release("nt4"))
    let ws2025 = try XCTUnwrap(LegacyOSSupport.release("ws2025"))
    XCTAssertEqual(ws2025.extendedEnd, "2034-10-10")
    XCTAssertEqual(LegacyOSSupport.judge(ws2016, on: "2027-01-13").outcome, .failed, "judged on the day given")
  }

  func testReleasesAsPeopleNameThem() {
    XCTAssertEqual(LegacyOSSupport.read("Windows Server 2012 R2")?.choice, "ws2012r2")
    XCTAssertEqual(LegacyOSSupport.read("2008 R2 SP1")?.choice, "ws2008r2")
    XCTAssertEqual(LegacyOSSupport.read("Server 2003 R2")?.choice, "ws2003")
    XCTAssertEqual(LegacyOSSupport.read("WS 2025")?.choice, "ws2025")
    XCTAssertNil(LegacyOSSupport.read("NT 4.0"))
  }

  /// The plan fits the verdict: enrol in ESU only while ESU runs.
  func testLegacyOSPlanFollowsTheDate() throws {
    let r2 = try XCTUnwrap(LegacyOSSupport.release("ws2008r2"))
    XCTAssertTrue(LegacyOSSupport.plan(r2, on: "2023-06-01").hasPrefix("Enrol the VM"))
    let after = LegacyOSSupport.plan(r2, on: "2026-12-06")
    XCTAssertFalse(after.contains("Enrol"), after)
    XCTAssertTrue(after.contains("Extended Security Updates ended 2024-01-09"), after)
    let ws2003 = try XCTUnwrap(LegacyOSSupport.release("ws2003"))
    XCTAssertFalse(LegacyOSSupport.plan(ws2003, on: "2026-12-06").contains("ESU"))
    XCTAssertEqual(WalkContext(baseDirectory: "/").today.count, 10)
    XCTAssertEqual(WalkContext(baseDirectory: "/").today, WalkContext.clockDate())
  }

  func testAzureFilesError53Causes() {
    let blocked = AzureFilesError53Walkthrough.diagnose([
      "os": "smb3", "where": "onprem", "port445": "false",
    ])
    XCTAssertEqual(blocked.findings.map(\.id), ["AZF-445-BLOCKED"])
    XCTAssertEqual(blocked.outcome, .failed)
    let old = AzureFilesError53Walkthrough.diagnose([
      "os": "smb21", "where": "onprem", "port445": "true",
    ])
    XCTAssertEqual(old.findings.map(\.id), ["AZF-NO-SMB3"])
    let oldInRegion = AzureFilesError53Walkthrough.diagnose([
      "os": "smb21", "where": "same-region", "port445": "true",
    ])
    XCTAssertEqual(oldInRegion.outcome, .passed, "SMB 2.1 works inside the share's region")
    XCTAssertEqual(
      AzureFilesError53Walkthrough.diagnose(["os": "smb3", "port445": "name"]).findings.map(\.id),
      ["AZF-NAME-UNRESOLVED"])
    XCTAssertEqual(AzureFilesError53Walkthrough.diagnose([:]).outcome, .unknown)
  }

  func testRDSCALRightsAfterTheJanuary2014Change() {
    let v = RDSCALRightsWalkthrough.verdict
    XCTAssertEqual(v(["host": "azure", "cal": "user-sa", "desktop": "session"]).outcome, .passed)
    XCTAssertEqual(v(["host": "partner", "cal": "sal", "desktop": "session"]).outcome, .passed)
    XCTAssertEqual(
      v(["host": "azure", "cal": "device", "desktop": "session"]).findings.map(\.id),
      ["RDS-CAL-DEVICE"])
    XCTAssertEqual(
      v(["host": "partner", "cal": "user", "desktop": "session"]).findings.map(\.id),
      ["RDS-CAL-NO-SA"])
    XCTAssertEqual(
      v(["host": "azure", "cal": "user-sa", "desktop": "vdi"]).findings.map(\.id),
      ["RDS-CAL-VDI-SHARED"])
    XCTAssertEqual(v(["host": "azure"]).outcome, .unknown)
  }

  func testTheLegacyOSWalkBranchesOnTheTable() throws {
    let engine = WalkEngine(library: WalkthroughLibrary.all)
    let context = WalkContext(baseDirectory: "/lab")
    var shown = try engine.start("legacy-os-on-azure", context: context)
    shown = try engine.next(shown.progress, context: context)
    shown = try engine.answer("ws2003", progress: shown.progress, context: context)
    XCTAssertEqual(shown.step.id, "judge")
    XCTAssertEqual(shown.progress.findingIDs, ["LEGACY-OS-UNSUPPORTED"])
    XCTAssertEqual(try engine.next(shown.progress, context: context).step.id, "plan")
  }
}
