import Findings
import SetupLogs
import XCTest

/// Optional: what the real public NetSetup.log excerpts contain.
final class NetSetupSampleTests: XCTestCase {
  private func report(_ fragment: String) throws -> NetSetupReport {
    NetSetupLog.analyze(bytes: try SharedSamples.bytes("netsetup_log", fragment), file: FileReference(path: fragment))
  }

  func testPC8SucceedsAfterABenignFirstPass() throws {
    let r = try report("success_PC8")
    XCTAssertEqual(r.attempts.count, 2)
    XCTAssertEqual(r.attempts.map(\.options?.rawValue), [0x25, 0x27])
    XCTAssertEqual(r.attempts.map(\.status), [0x534, 0x0])
    XCTAssertEqual(r.attempts.map(\.benign), [true, true])
    XCTAssertEqual(r.attempts[1].domainController, "DC2.contoso.local")
    XCTAssertEqual(r.attempts[1].domain, "contoso.local")
    XCTAssertEqual(r.attempts[1].account, "contoso\\puser2")
    XCTAssertEqual(r.finalStatus, 0)
    let ids = Set(r.findings.map(\.id))
    XCTAssertTrue(ids.isSuperset(of: ["NETSETUP-JOINED", "NETSETUP-BENIGN-FIRST-PASS",
                                       "NETSETUP-RESTART-REQUIRED"]), "\(ids)")
    XCTAssertFalse(r.findings.contains { $0.severity == .error })
    XCTAssertTrue(r.attempts[1].steps.allSatisfy(\.benign), "\(r.attempts[1].steps)")
    XCTAssertEqual(r.eras, [.modern])
  }

  func testQuotaExcerptSeparatesLDAPFromWin32() throws {
    let r = try report("0x216d")
    XCTAssertEqual(r.finalStatus, 0x216d)
    XCTAssertEqual(r.eras, [.placeholder])
    let cause = try XCTUnwrap(r.findings.first { $0.id == "NETSETUP-MACHINE-ACCOUNT-QUOTA" })
    XCTAssertEqual(cause.severity, .error)
    let ldap = try XCTUnwrap(r.findings.first { $0.id == "NETSETUP-LDAP-RESULT" })
    XCTAssertTrue(ldap.message.contains("unwillingToPerform"), ldap.message)
    XCTAssertTrue(ldap.message.contains("0x216d"), ldap.message)
  }

  func testPortExcerpts() throws {
    XCTAssertTrue(try report("0x40").findings.contains { $0.id == "NETSETUP-NETNAME-DELETED" })
    XCTAssertTrue(try report("0x3a").findings.contains { $0.id == "NETSETUP-BAD-NET-RESP" })
    XCTAssertTrue(try report("0x6bf").findings.contains { $0.id == "NETSETUP-RPC-CALL-FAILED-DNE" })
    let single534 = try report("0x534.txt")
    XCTAssertEqual(single534.attempts.last?.benign, false)
  }

  func testAccountReuseBlocked() throws {
    let r = try report("0xaac")
    XCTAssertEqual(r.finalStatus, 0xaac)
    XCTAssertEqual(r.attempts.first?.options?.rawValue, 0x403)
    XCTAssertEqual(r.attempts.first?.options?.flagNames,
                   ["JOIN_DOMAIN", "ACCT_CREATE", "JOIN_WITH_NEW_NAME"])
    XCTAssertTrue(r.findings.contains { $0.id == "NETSETUP-ACCOUNT-REUSE-BLOCKED" })
  }
}
