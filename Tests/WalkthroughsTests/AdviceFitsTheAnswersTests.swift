import EnvironmentFiles
import EnvironmentModel
import Findings
import XCTest

@testable import Walkthroughs

/// Advice fitted to the answers given: the OS, the diagnosed cause, the host's adapters, the
/// logs' codes; and answers refused where a story could not use them.
final class AdviceFitsTheAnswersTests: XCTestCase {
  func testNoTestNetConnectionForWindows7OrServer2008R2() {
    let old = AzureFilesError53Walkthrough.testText(os: "smb21")
    XCTAssertFalse(old.contains("Test-NetConnection -ComputerName"), old)
    XCTAssertTrue(old.contains("Net.Sockets.TcpClient"), old)
    XCTAssertTrue(AzureFilesError53Walkthrough.testText(os: "smb3").contains("Test-NetConnection"))
  }

  func testTheFixStepListsOnlyTheDiagnosedCause() throws {
    let blocked = try XCTUnwrap(AzureFilesError53Walkthrough.fixText(["AZF-445-BLOCKED"]))
    XCTAssertTrue(blocked.hasPrefix("Port 445 blocked"), blocked)
    XCTAssertFalse(blocked.contains("SMB 2.1"), blocked)
    XCTAssertFalse(blocked.contains("Name:"), blocked)
  }

  func testAVPNClientAddressIsClassifiedByTheTool() {
    XCTAssertEqual(RRASDHCPWANWalkthrough.classify("169.254.12.3")?.choice, "apipa")
    XCTAssertEqual(RRASDHCPWANWalkthrough.classify("192.168.1.40")?.choice, "lan")
    XCTAssertEqual(RRASDHCPWANWalkthrough.classify("100.64.3.2")?.choice, "public")
    XCTAssertEqual(RRASDHCPWANWalkthrough.classify("203.0.113.9")?.choice, "public")
    XCTAssertNil(RRASDHCPWANWalkthrough.classify("fe80::1"))
    XCTAssertNil(RRASDHCPWANWalkthrough.classify("nonsense"))
  }

  func testNoChooseTheLANAdapterForAServerWithOneAdapter() throws {
    let demo = try DemoEnvironment.load().environment
    let text = try XCTUnwrap(RRASDHCPWANWalkthrough.adapterText(demo))
    XCTAssertTrue(text.contains("has one adapter"), text)
    XCTAssertFalse(text.contains("Adapter: choose"), text)
  }

  func testAnInvalidRegistryKeyIsRefusedAndTheQuestionStays() throws {
    let engine = WalkEngine(library: WalkthroughLibrary.all)
    let context = WalkContext(baseDirectory: "/")
    var shown = try engine.start("wow6432node", context: context)
    shown = try engine.next(shown.progress, context: context)
    XCTAssertThrowsError(try engine.answer("C:\\Windows", progress: shown.progress, context: context)) {
      guard case .refusedAnswer? = $0 as? WalkError else { return XCTFail("\($0)") }
    }
    let judged = try engine.answer("HKLM\\SOFTWARE\\Contoso", progress: shown.progress, context: context)
    XCTAssertEqual(judged.result?.outcome, .failed)
  }

  func testDomainJoinRefusesNoneForTheAnswerFileAndTakesItForTheLogs() throws {
    let engine = WalkEngine(library: WalkthroughLibrary.all)
    let context = WalkContext(baseDirectory: "/")
    var shown = try engine.start("domain-join", context: context)
    shown = try engine.next(shown.progress, context: context)
    XCTAssertThrowsError(try engine.answer("none", progress: shown.progress, context: context))
    XCTAssertEqual(shown.step.id, "answer-file")
  }

  // MARK: domain-join follows its evidence

  private func setupact(_ code: String, final: Bool) -> [UInt8] {
    var lines = [
      "2025-01-15 09:00:00, Info                  [DJOIN.EXE] Unattended Join: JoinDomain = [corp.contoso.com]",
      "2025-01-15 09:00:01, Warning               [DJOIN.EXE] Unattended Join: DsGetDcName failed: \(code), last error is 0x0, will retry in 10 seconds...",
      "2025-01-15 09:00:11, Warning               [DJOIN.EXE] Unattended Join: DsGetDcName failed: \(code), last error is 0x0, will retry in 10 seconds...",
    ]
    if final { lines.append("2025-01-15 09:00:21, Error                 [DJOIN.EXE] Unattended Join: Unable to join; gdwError = \(code)") }
    return Array(lines.joined(separator: "\r\n").utf8)
  }

  /// The facts the lint step leaves for an answer file whose MachineObjectOU is CN=Computers.
  static let containerInAnswerFile = [
    "answer file cause": "DJ-OU-NOT-OU", "MachineObjectOU": "CN=Computers,DC=corp,DC=contoso,DC=com",
    "MachineObjectOU line": "unattend.xml:15",
  ]

  private func context(setupact: [UInt8], netsetup: String) -> WalkContext {
    WalkContext(
      answers: ["setupact": "setupact.log", "netsetup": "NetSetup.log"], baseDirectory: "/",
      environment: WalkEnvironment(
        name: "t",
        artifacts: [
          "setupact": .inline(name: "setupact.log", text: String(decoding: setupact, as: UTF8.self)),
          "netsetup": .inline(name: "NetSetup.log", text: netsetup),
        ]))
  }

  func testAStillRetryingDJOINIsNeverClearAboveItsError() {
    let result = DomainJoinWalkthrough.readSetupAct(context(setupact: setupact("0x54b", final: false), netsetup: ""))
    XCTAssertTrue(result.findings.contains { $0.severity == .error })
    XCTAssertEqual(result.outcome, .failed)
    XCTAssertEqual(result.facts["DJOIN error"], "0x54b")
  }

  func testLogsThatDisagreeAreSaidToAndNo0x2IsAsserted() throws {
    let netsetup = """
      01/15/2025 09:12:01:100 NetpDoDomainJoin
      01/15/2025 09:12:01:130 NetpProvisionComputerAccount: LDAP creation failed: 0x534
      01/15/2025 09:12:01:150 NetpDoDomainJoin: status: 0x534
      """
    var ctx = context(setupact: setupact("0x54b", final: true), netsetup: netsetup)
    ctx.facts = DomainJoinWalkthrough.readSetupAct(ctx).facts
      .merging(DomainJoinWalkthrough.readNetSetup(ctx).facts) { $1 }
    ctx.facts.merge(Self.containerInAnswerFile) { $1 }
    let cause = DomainJoinWalkthrough.diagnose(ctx)
    XCTAssertEqual(cause.route, DomainJoinWalkthrough.Route.disagree)
    XCTAssertFalse(cause.summary.contains("0x2"), cause.summary)
    XCTAssertEqual(cause.findings.map(\.id), ["DJ-SOURCES-DISAGREE"])
    XCTAssertTrue(cause.summary.contains("same machine and attempt"), cause.summary)
    XCTAssertFalse(cause.details.contains { $0.contains("NetSetup.log:1:") }, "\(cause.details)")
  }

  func testACauseInTheLogsIsNotBlamedOnTheAnswerFile() throws {
    var ctx = context(setupact: setupact("0x54b", final: true), netsetup: "")
    ctx.facts = DomainJoinWalkthrough.readSetupAct(ctx).facts
    ctx.facts.merge(Self.containerInAnswerFile) { $1 }
    let cause = DomainJoinWalkthrough.diagnose(ctx)
    XCTAssertEqual(cause.route, DomainJoinWalkthrough.Route.logCause)
    XCTAssertTrue(cause.summary.contains("0x54b"), cause.summary)
    XCTAssertFalse(cause.summary.contains("0x2"), cause.summary)
    XCTAssertTrue(cause.details.contains { $0.hasPrefix("also: MachineObjectOU") }, "\(cause.details)")
    var after = ctx
    after.facts.merge(cause.facts) { $1 }
    let advice = try XCTUnwrap(DomainJoinWalkthrough.logCauseText(after))
    XCTAssertTrue(advice.contains("0x54b"), advice)
  }
}
