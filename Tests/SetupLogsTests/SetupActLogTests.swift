import Findings
import SetupLogs
import XCTest

final class SetupActLogTests: XCTestCase {
  private func line(_ seconds: Int, _ level: String, _ message: String) -> String {
    let m = seconds / 60, s = seconds % 60
    let mm = m < 10 ? "0\(m)" : "\(m)", ss = s < 10 ? "0\(s)" : "\(s)"
    return "2024-05-01 10:\(mm):\(ss), \(level)                  [DJOIN.EXE] Unattended Join: "
      + message
  }

  private var retrying: [String] {
    var lines = [
      "2024-05-01 10:00:00, Info                  [setup.exe] unrelated line",
      line(0, "Info", "Begin"),
      line(0, "Info", "JoinDomain = [lab.test]"),
      line(0, "Info", "Domain = [lab.test]   Username = [administrator@lab.test]   "
        + "TimeoutPeriodInMinutes = [3]"),
      line(0, "Info", "Password = [S3cretValue]   MachinePassword = [secret not logged]"),
    ]
    for i in 0..<6 {
      lines.append(line(i * 10, "Warning",
        "DsGetDcName failed: 0x54b, last error is 0x0, will retry in 10 seconds..."))
    }
    lines.append(line(60, "Error", "NetJoinDomain failed error code is [1355]"))
    lines.append(line(60, "Error", "Unable to join; gdwError = 0x54b"))
    return lines
  }

  private func analyze(_ lines: [String]) -> SetupActReport {
    SetupActLog.analyze(bytes: Array((lines.joined(separator: "\r\n") + "\r\n").utf8), file: "setupact.log")
  }

  func testRetriesIntervalTimeLostAndFinalError() throws {
    let r = analyze(retrying)
    XCTAssertEqual(r.lines.count, 12)
    XCTAssertEqual(r.retries.count, 6)
    XCTAssertEqual(r.retries.first?.intervalSeconds, 10)
    XCTAssertEqual(r.retries.first?.code, 0x54b)
    XCTAssertEqual(r.retries.first?.operation, "DsGetDcName")
    XCTAssertEqual(r.finalError?.code, 0x54b)
    XCTAssertEqual(r.secondsLostToRetries, 60)
    let ids = r.findings.map(\.id)
    XCTAssertEqual(ids.first, "SETUPACT-NO-SUCH-DOMAIN")
    XCTAssertTrue(ids.contains("SETUPACT-RETRY-LOOP"))
    XCTAssertTrue(ids.contains("SETUPACT-DOMAIN-WITH-QUALIFIED-USER"))
    let loop = try XCTUnwrap(r.findings.first { $0.id == "SETUPACT-RETRY-LOOP" })
    XCTAssertTrue(loop.message.contains("every 10 s"), loop.message)
    XCTAssertTrue(loop.message.contains("1 min 0 s"), loop.message)
    XCTAssertEqual(r.json["final_error"], "0x54b")
  }

  func testDecimalFinalErrorWithoutHexLine() {
    let r = analyze([line(0, "Error", "NetJoinDomain failed error code is [1326]")])
    XCTAssertEqual(r.finalError?.code, 0x52e)
    XCTAssertEqual(r.findings.first?.id, "SETUPACT-LOGON-FAILURE")
  }

  func testPasswordsStayMasked() {
    let r = analyze(retrying)
    let json = r.json.compactText
    XCTAssertFalse(json.contains("S3cretValue"))
    XCTAssertFalse(r.lines.contains { $0.text.contains("S3cretValue") })
    XCTAssertEqual(r.parameters.first { $0.name == "Password" }?.value, "REDACTED")
    XCTAssertEqual(r.parameters.first { $0.name == "Username" }?.value, "administrator@lab.test")
  }

  func testNoDJOINLines() {
    let r = analyze(["2024-05-01 10:00:00, Info  CONX  nothing here"])
    XCTAssertEqual(r.findings.map(\.id), ["SETUPACT-NO-DJOIN"])
  }

  func testBgelensSampleIsADsGetDcNameRetry() throws {
    let r = SetupActLog.analyze(
      bytes: try SharedSamples.bytes("setupact_log", "bgelens"), file: "bgelens")
    XCTAssertEqual(r.retries.count, 1)
    XCTAssertEqual(r.retries.first?.code, 0x54b)
    XCTAssertEqual(r.retries.first?.intervalSeconds, 10)
    XCTAssertEqual(r.findings.first?.id, "SETUPACT-NO-SUCH-DOMAIN")
  }
}
