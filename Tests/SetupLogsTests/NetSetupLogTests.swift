import Foundation
import Findings
import SetupLogs
import XCTest

final class NetSetupLogTests: XCTestCase {
  private func analyze(_ lines: [String], eol: String = "\r\n") -> NetSetupReport {
    NetSetupLog.analyze(bytes: NetSetupFixture.bytes(lines, eol: eol), file: "NetSetup.log")
  }

  func testAttemptParametersOptionsAndDC() throws {
    let r = analyze(NetSetupFixture.attempt(status: "0x0"))
    let a = try XCTUnwrap(r.attempts.first)
    XCTAssertEqual(a.line, 2)
    XCTAssertTrue(a.startSeen)
    XCTAssertEqual(a.hostName, "PC1")
    XCTAssertEqual(a.domain, "contoso.com")
    XCTAssertEqual(a.account, "contoso\\joiner")
    XCTAssertEqual(a.domainController, "DC1.contoso.com")
    XCTAssertEqual(a.options?.flagNames, ["JOIN_DOMAIN", "ACCT_CREATE", "DOMAIN_JOIN_IF_JOINED"])
    XCTAssertEqual(a.status, 0)
    XCTAssertEqual(a.statusLine, 11)
    XCTAssertEqual(r.findings.map(\.id), ["NETSETUP-JOINED"])
  }

  func testJSONContract() throws {
    let r = analyze(
      NetSetupFixture.attempt(options: "0x25", status: "0x534")
        + NetSetupFixture.attempt(at: 5, options: "0x27", status: "0x8BF"))
    let json = r.json
    XCTAssertEqual(json["final_status"], "0x8bf")
    guard case .array(let attempts)? = json["attempts"] else { return XCTFail("attempts") }
    XCTAssertEqual(attempts.count, 2)
    XCTAssertEqual(attempts[0]["line"], 2)
    XCTAssertEqual(attempts[0]["options"], "0x25")
    XCTAssertEqual(attempts[0]["status"], "0x534")
    XCTAssertEqual(attempts[1]["status"], "0x8bf")
    guard case .array(let findings)? = json["findings"] else { return XCTFail("findings") }
    XCTAssertEqual(findings.first?["id"], "NETSETUP-ACCOUNT-EXPIRED")
  }

  func testOUThatIsAContainerIsTheCause() throws {
    let r = analyze(
      NetSetupFixture.attempt(
        options: "0x23", status: "0x2", ou: "CN=Computers,DC=contoso,DC=com",
        steps: [
          "NetpGetComputerObjectDn: Specified path 'CN=Computers,DC=contoso,DC=com' is not an OU",
          "NetpProvisionComputerAccount: LDAP creation failed: 0x2",
          "NetpProvisionComputerAccount: Cannot retry downlevel, specifying OU is not supported",
        ]))
    let cause = try XCTUnwrap(r.findings.first)
    XCTAssertEqual(cause.id, "NETSETUP-OU-NOT-OU")
    XCTAssertEqual(cause.severity, .error)
    XCTAssertEqual(cause.evidence?.line, 11)
    XCTAssertEqual(r.attempts[0].steps.map(\.line), [11, 12, 13])
    XCTAssertEqual(r.attempts[0].machineAccountOU, "CN=Computers,DC=contoso,DC=com")
  }

  func testBenignStepsAreMarked() throws {
    let r = analyze(
      NetSetupFixture.attempt(
        status: "0x0",
        steps: [
          "NetpLoadParameters: status of reading 'X' not found, defaulting to '1' 0x2",
          "NetpValidateName: 'contoso.com' is not a valid NetBIOS domain name: 0x7b",
          "NetpDsGetDcName: failed to find a DC having account 'PC1$': 0x525, last error is 0x0",
          "NetpLsaOpenSecret: status: 0xc0000034",
          "NetpCheckIfAccountShouldBeReused:fReuseAllowed: TRUE, NetStatus:0x2030",
          "NetpGetADObjectOwnerAttributes: Ldap Search failed: 8240",
        ]))
    let steps = r.attempts[0].steps
    XCTAssertEqual(steps.map(\.code), [0x2, 0x7b, 0x525, 0xc000_0034, 0x2030, 8240])
    XCTAssertEqual(steps[3].kind, .ntstatus)
    XCTAssertTrue(steps.allSatisfy(\.benign), "\(steps.filter { !$0.benign })")
  }

  func testFlagsAndOptionsAreNotFailures() {
    let r = analyze(
      NetSetupFixture.attempt(
        status: "0x0",
        steps: [
          "NetpChangeMachineName: from 'PC8' to 'PC8' using 'contoso\\puser2' [0x1000]",
          "    userAccountControl  =  0x1000",
          "NetpQueryAccountAttributes succeeded: got RID=0x643 objectSid=S-1-5-21-1",
          "NetpCheckForDomainSIDCollision: returning 0x0(0).",
        ]))
    XCTAssertEqual(r.attempts[0].steps, [])
  }

  func testDecimalWin32AndLDAPCodes() throws {
    let r = analyze(
      NetSetupFixture.attempt(
        status: "0x52e",
        steps: [
          "NetpLdapBind: ldap_bind failed on DC1.contoso.com: 81: Server Down",
          "NetUseAdd to \\\\DC1.contoso.com\\IPC$ returned 1326",
          "NetpModifyComputerObjectInDs: ldap_add_s failed: 0x35 0x216d",
        ]))
    let steps = r.attempts[0].steps
    XCTAssertEqual(steps.map(\.code), [81, 1326, 0x35])
    XCTAssertEqual(steps.map(\.kind), [.ldap, .win32, .ldap])
    XCTAssertEqual(steps[2].win32AfterLDAP, 0x216d)
    XCTAssertEqual(steps[2].info?.name, "unwillingToPerform")
    XCTAssertEqual(steps[0].info?.name, "LDAP_SERVER_DOWN")
    let cause = try XCTUnwrap(r.findings.first { $0.severity == .error })
    XCTAssertEqual(cause.id, "NETSETUP-LOGON-FAILURE")
    XCTAssertEqual(cause.evidence?.line, 12)
    let notes = r.findings.filter { $0.id == "NETSETUP-LDAP-RESULT" }
    XCTAssertEqual(notes.count, 2)
    XCTAssertTrue(notes.contains { $0.message.contains("ERROR_BAD_NETPATH") })
  }

  func testRetryLoopSignature() throws {
    var lines: [String] = []
    for i in 0..<5 { lines += NetSetupFixture.attempt(at: i * 10, status: "0x8bf") }
    let r = analyze(lines)
    XCTAssertEqual(r.attempts.count, 5)
    let loop = try XCTUnwrap(r.findings.first { $0.id == "NETSETUP-RETRY-LOOP" })
    XCTAssertTrue(loop.message.contains("5 consecutive"), loop.message)
    XCTAssertTrue(loop.message.contains("10 s apart"), loop.message)
    XCTAssertTrue(loop.message.contains("0x23"), loop.message)
  }

  func testFirstPass0x534IsBenignOnlyWhenFollowed() {
    let followed = analyze(
      NetSetupFixture.attempt(options: "0x25", status: "0x534")
        + NetSetupFixture.attempt(at: 1, options: "0x27", status: "0x0"))
    XCTAssertEqual(followed.attempts.map(\.benign), [true, true])
    XCTAssertTrue(followed.findings.contains { $0.id == "NETSETUP-BENIGN-FIRST-PASS" })
    let alone = analyze(NetSetupFixture.attempt(options: "0x25", status: "0x534"))
    XCTAssertEqual(alone.attempts.map(\.benign), [false])
    XCTAssertEqual(alone.findings.first?.id, "NETSETUP-NONE-MAPPED")
  }

  func testEachTimestampEra() throws {
    let cases: [(NetSetupFixture.Era, TimestampEra)] = [
      (.legacy, .legacy), (.modern, .modern), (.placeholder, .placeholder),
    ]
    for (fixture, expected) in cases {
      let r = analyze(NetSetupFixture.attempt(fixture, at: 7, status: "0x54b"))
      XCTAssertEqual(r.eras, [expected])
      XCTAssertEqual(r.finalStatus, 0x54b, "\(expected)")
      XCTAssertEqual(r.attempts.first?.domain, "contoso.com", "\(expected)")
    }
    let legacy = analyze(NetSetupFixture.attempt(.legacy, at: 7, status: "0x0"))
    XCTAssertNil(legacy.attempts[0].startedAt?.year)
    XCTAssertEqual(legacy.attempts[0].startedAt?.second, 7)
    let modern = analyze(NetSetupFixture.attempt(.modern, at: 7, status: "0x0"))
    XCTAssertEqual(modern.attempts[0].startedAt?.year, 2019)
    XCTAssertEqual(modern.attempts[0].startedAt?.millisecond, 251)
    let none = analyze(NetSetupFixture.attempt(.none, status: "0x5"))
    XCTAssertEqual(none.eras, [])
    XCTAssertEqual(none.finalStatus, 5)
  }

  func testTruncatedLogHasNoVerdict() {
    let lines = NetSetupFixture.attempt(status: "0x0")
    var bytes = NetSetupFixture.bytes(Array(lines.dropLast()))
    bytes.removeLast(20)
    let r = NetSetupLog.analyze(bytes: bytes, file: "t.log")
    XCTAssertEqual(r.attempts.count, 1)
    XCTAssertNil(r.attempts[0].status)
    XCTAssertTrue(r.findings.contains { $0.id == "NETSETUP-NO-VERDICT" })
  }

  func testGarbageAndEmptyInputNeverCrash() {
    var seed: UInt64 = 42
    var junk: [UInt8] = []
    for _ in 0..<200_000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      junk.append(UInt8(truncatingIfNeeded: seed >> 33))
    }
    let r = NetSetupLog.analyze(bytes: junk, file: "junk")
    XCTAssertGreaterThan(r.lineCount, 0)
    let empty = NetSetupLog.analyze(bytes: [], file: "empty")
    XCTAssertEqual(empty.findings.map(\.id), ["NETSETUP-NO-ATTEMPTS"])
    let odd = NetSetupLog.analyze(
      bytes: Array("NetpDoDomainJoin: status: 0xFFFFFFFFFFFF\n0x\n--\n\t\n".utf8), file: "odd")
    XCTAssertNil(odd.finalStatus)
  }

  func testMissingFileIsOneLineNamingThePathAsTyped() {
    XCTAssertThrowsError(
      try NetSetupLog.analyze(FileReference(path: "/nonexistent/NetSetup.log", shown: "NetSetup.log"))
    ) { error in
      XCTAssertEqual("\(error)", "cannot read NetSetup.log: No such file or directory")
    }
  }

  func testABinaryFileOnDiskIsNotALog() throws {
    let path = NSTemporaryDirectory() + "hb-netsetup-\(getpid()).bin"
    FileManager.default.createFile(atPath: path, contents: Data([0x4D, 0x5A, 0x90, 0x00, 0x03]))
    defer { try? FileManager.default.removeItem(atPath: path) }
    XCTAssertThrowsError(try NetSetupLog.analyze(FileReference(path: path, shown: "tool.exe"))) { error in
      XCTAssertEqual(
        "\(error)", "tool.exe is not a text file (byte 3 is 0x00, a control character)")
    }
  }
}
