import Findings
import SetupLogs
import XCTest

/// Log excerpts as engineers paste them from tickets, forum posts and chats: without
/// timestamps, with a note on top, with table residue and typographic quotes.
final class PastedExcerptTests: XCTestCase {
  private func netsetup(_ lines: [String]) -> NetSetupReport {
    NetSetupLog.analyze(bytes: Array((lines.joined(separator: "\n") + "\n").utf8), file: "paste.txt")
  }

  private func setupact(_ lines: [String]) -> SetupActReport {
    SetupActLog.analyze(bytes: Array((lines.joined(separator: "\r\n") + "\r\n").utf8), file: "setupact.log")
  }

  func testParametersWithTableResidueAndNoTimestamps() throws {
    let r = netsetup([
      "NetpDoDomainJoin | |",
      "NetpJoinDomain | |",
      "HostName: PC8 | |",
      "Domain: contoso.com | |",
      "MachineAccountOU: CN=Computers,DC=contoso,DC=com | |",
      "Options: 0x27 | |",
    ])
    let attempt = try XCTUnwrap(r.attempts.first)
    XCTAssertEqual(attempt.machineAccountOU, "CN=Computers,DC=contoso,DC=com")
    XCTAssertEqual(attempt.domain, "contoso.com")
    XCTAssertEqual(attempt.options?.rawValue, 0x27)
    let ou = try XCTUnwrap(r.findings.first { $0.id == "NETSETUP-OU-CONTAINER" })
    XCTAssertEqual(ou.evidence?.line, 5)
    XCTAssertFalse(r.findings.contains { $0.id == "NETSETUP-NO-ATTEMPTS" })
  }

  func testAContainerOUAloneIsAFindingOnItsLine() throws {
    let r = netsetup(["MachineAccountOU: CN=Computers,DC=contoso,DC=com"])
    let ou = try XCTUnwrap(r.findings.first { $0.id == "NETSETUP-OU-CONTAINER" })
    XCTAssertEqual(ou.evidence?.line, 1)
    XCTAssertEqual(ou.evidence?.text, "MachineAccountOU: CN=Computers,DC=contoso,DC=com")
  }

  func testIndentedDumpWithTimestampsAndCurlyQuotes() throws {
    let r = netsetup([
      "> 03/06/2025 11:29:05:559 NetpJoinDomain",
      "> 03/06/2025 11:29:05:559   MachineAccountOU: CN=Computers,DC=contoso,DC=com",
      "> 03/06/2025 11:29:05:700 NetpGetComputerObjectDn: Specified path "
        + "\u{2018}CN=Computers,DC=contoso,DC=com\u{2019} is not an OU",
      "> 03/06/2025 11:29:05:700 NetpDsGetDcName: found DC \u{2018}\\\\DC2.contoso.com\u{2019} in the specified domain",
    ])
    let attempt = try XCTUnwrap(r.attempts.first)
    XCTAssertEqual(attempt.domainController, "DC2.contoso.com")
    let ou = try XCTUnwrap(r.findings.first { $0.id == "NETSETUP-OU-CONTAINER" })
    XCTAssertEqual(ou.evidence?.line, 3)
    XCTAssertEqual(
      ou.evidence?.text,
      "NetpGetComputerObjectDn: Specified path 'CN=Computers,DC=contoso,DC=com' is not an OU")
  }

  func testATableWithTheTimestampInItsOwnColumn() throws {
    let r = netsetup([
      "| Time | Message |",
      "|---|---|",
      "| 03/06/2025 11:29:05:537 | NetpDoDomainJoin |",
      "| 03/06/2025 11:29:05:559 | NetpJoinDomain |",
      "| 03/06/2025 11:29:05:559 |   MachineAccountOU: CN=Computers,DC=contoso,DC=com |",
      "| 03/06/2025 11:29:09:100 | NetpDoDomainJoin: status: 0x2 |",
    ])
    let attempt = try XCTUnwrap(r.attempts.first)
    XCTAssertEqual(attempt.status, 2)
    XCTAssertEqual(attempt.machineAccountOU, "CN=Computers,DC=contoso,DC=com")
    let cause = try XCTUnwrap(r.findings.first)
    XCTAssertEqual(cause.id, "NETSETUP-OU-NOT-OU")
    XCTAssertEqual(cause.evidence?.line, 5)
  }

  func testWindows1252QuotesFromAWordProcessor() throws {
    var bytes = Array("NetpGetComputerObjectDn: Specified path ".utf8) + [0x91]
    bytes += Array("CN=Computers,DC=x".utf8) + [0x92] + Array(" is not an OU\r\n".utf8)
    let r = NetSetupLog.analyze(bytes: bytes, file: "paste.txt")
    let ou = try XCTUnwrap(r.findings.first { $0.id == "NETSETUP-OU-CONTAINER" })
    XCTAssertEqual(
      ou.evidence?.text, "NetpGetComputerObjectDn: Specified path 'CN=Computers,DC=x' is not an OU")
  }

  func testNotAnOUWithoutTimestampIsRecognised() throws {
    let r = netsetup(["NetpGetComputerObjectDn: Specified path 'CN=Computers,DC=x' is not an OU | |"])
    let ou = try XCTUnwrap(r.findings.first { $0.id == "NETSETUP-OU-CONTAINER" })
    XCTAssertEqual(ou.evidence?.line, 1)
  }

  func testANoteOnTopIsNeverTheFailingStep() throws {
    let r = netsetup([
      "Note from the customer: the join fails with 0x534 every time",
      "01/02/2024 10:00:00:000 NetpDoDomainJoin",
      "01/02/2024 10:00:00:010 NetpProvisionComputerAccount: LDAP creation failed: 0x534",
      "01/02/2024 10:00:00:020 NetpDoDomainJoin: status: 0x534",
    ])
    let attempt = try XCTUnwrap(r.attempts.first)
    XCTAssertFalse(attempt.steps.contains { $0.line == 1 })
    let cause = try XCTUnwrap(r.findings.first { $0.severity == .error })
    XCTAssertNotEqual(cause.evidence?.line, 1)
    XCTAssertTrue([3, 4].contains(cause.evidence?.line ?? 0), "\(String(describing: cause.evidence))")
  }

  func testANoteOnTopOfATimestamplessExcerpt() throws {
    let r = netsetup([
      "this is what we see (status 0x54b):",
      "NetpDsGetDcName: failed to find a DC in the specified domain: 0x54b, last error is 0x0",
      "NetpDoDomainJoin: status: 0x54b",
    ])
    let cause = try XCTUnwrap(r.findings.first { $0.severity == .error })
    XCTAssertEqual(cause.evidence?.line, 2)
  }

  private func djoin(_ time: String, _ level: String, _ message: String) -> String {
    "2024-05-01 \(time), \(level.padding(toLength: 22, withPad: " ", startingAt: 0))"
      + "[DJOIN.EXE] Unattended Join: \(message)"
  }

  private func classic(times: [String]) -> [String] {
    var lines = [
      djoin("10:00:00", "Info", "Begin"),
      djoin("10:00:00", "Info", "JoinDomain = [contoso.com]"),
      djoin("10:00:00", "Info", "MachineObjectOU = [CN=Computers,DC=contoso,DC=com]"),
    ]
    for time in times {
      lines.append(djoin(time, "Warning", "NetJoinDomain attempt failed: 0x2, will retry in 10 seconds..."))
    }
    return lines
  }

  func testSetupActOUIsTheEvidenceOf0x2() throws {
    let r = setupact(classic(times: ["10:00:01", "10:00:11", "10:00:21"]))
    let cause = try XCTUnwrap(r.findings.first)
    XCTAssertEqual(cause.id, "SETUPACT-OU-NOT-OU")
    XCTAssertEqual(cause.evidence?.line, 3)
    XCTAssertTrue(cause.message.contains("lines 4-6"), cause.message)
    XCTAssertEqual(r.secondsLostToRetries, 30)
    XCTAssertNil(r.clockJump)
  }

  func testSetupActClockJumpIsSaidNotMeasured() throws {
    let r = setupact(classic(times: ["10:00:01", "10:00:11", "15:00:21", "15:00:31"]))
    XCTAssertNil(r.secondsLostToRetries)
    let jump = try XCTUnwrap(r.clockJump)
    XCTAssertEqual(jump.fromLine, 5)
    XCTAssertEqual(jump.toLine, 6)
    XCTAssertEqual(jump.text, "+5 h 10 s")
    let loop = try XCTUnwrap(r.findings.first { $0.id == "SETUPACT-RETRY-LOOP" })
    XCTAssertTrue(loop.message.contains("timestamps jump +5 h 10 s"), loop.message)
    XCTAssertFalse(loop.message.contains("lost to retries"), loop.message)
  }

  func testSetupActQuotedInProse() throws {
    let r = setupact([
      "you can see \u{201C}[DJOIN.EXE] Unattended Join: DsGetDcName failed: 0x54b, last error is "
        + "0x0, will retry in 10 seconds...\u{201D} warnings"
    ])
    XCTAssertEqual(r.retries.first?.code, 0x54b)
    XCTAssertFalse(r.lines.first?.text.contains("\u{201D}") ?? true)
  }
}
