import SetupLogs
import XCTest

/// Every row of the table against the reference (lmerr.h / winerror.h / RFC 4511 values), and a
/// NetSetup.log fixture per code whose verdict must name it.
final class StatusCodeTableTests: XCTestCase {
  /// (code, symbol) pairs copied from the research table, not from the implementation.
  private let win32: [(UInt32, String)] = [
    (0x0, "NERR_Success"), (0x2, "ERROR_FILE_NOT_FOUND"), (0x5, "ERROR_ACCESS_DENIED"),
    (0x32, "ERROR_NOT_SUPPORTED"), (0x35, "ERROR_BAD_NETPATH"), (0x3a, "ERROR_BAD_NET_RESP"),
    (0x40, "ERROR_NETNAME_DELETED"), (0x43, "ERROR_BAD_NET_NAME"), (0x7b, "ERROR_INVALID_NAME"),
    (0x4c3, "ERROR_SESSION_CREDENTIAL_CONFLICT"), (0x525, "ERROR_NO_SUCH_USER"),
    (0x52e, "ERROR_LOGON_FAILURE"), (0x534, "ERROR_NONE_MAPPED"), (0x54b, "ERROR_NO_SUCH_DOMAIN"),
    (0x569, "ERROR_LOGON_TYPE_NOT_GRANTED"), (0x5b4, "ERROR_TIMEOUT"),
    (0x6ba, "RPC_S_SERVER_UNAVAILABLE"), (0x6bf, "RPC_S_CALL_FAILED_DNE"),
    (0x6d9, "EPT_S_NOT_REGISTERED"), (0x8b0, "NERR_UserExists"), (0x8bf, "NERR_AccountExpired"),
    (0xa83, "NERR_SetupAlreadyJoined"), (0xa84, "NERR_SetupNotJoined"),
    (0xa85, "NERR_SetupDomainController"), (0xa86, "NERR_DefaultJoinRequired"),
    (0xa89, "NERR_ComputerAccountNotFound"), (0xa8a, "NERR_PersonalSku"),
    (0xa8b, "NERR_SetupCheckDNSConfig"), (0xa8c, "NERR_AlreadyCloudDomainJoined"),
    (0xa99, "NERR_JoinPerformedMustRestart"), (0xaac, "NERR_AccountReuseBlockedByPolicy"),
    (0x2030, "ERROR_DS_NO_SUCH_OBJECT"), (0x208d, "ERROR_DS_OBJ_NOT_FOUND"),
    (0x216d, "ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED"), (0x232a, "DNS_ERROR_RCODE_SERVER_FAILURE"),
    (0x2746, "WSAECONNRESET"),
  ]

  func testWin32RowsMatchTheReference() {
    for (code, name) in win32 {
      XCTAssertEqual(StatusCodeTable.lookup(code)?.name, name, StatusCode.hex(code))
      XCTAssertFalse(StatusCodeTable.lookup(code)?.sources.isEmpty ?? true)
    }
    XCTAssertEqual(StatusCodeTable.lookup(0x20, kind: .ldap)?.name, "noSuchObject")
    XCTAssertEqual(StatusCodeTable.lookup(0x32, kind: .ldap)?.name, "insufficientAccessRights")
    XCTAssertEqual(StatusCodeTable.lookup(0x35, kind: .ldap)?.name, "unwillingToPerform")
    XCTAssertEqual(StatusCodeTable.lookup(0x44, kind: .ldap)?.name, "entryAlreadyExists")
    XCTAssertEqual(StatusCodeTable.lookup(0xc000_0034, kind: .ntstatus)?.name,
                   "STATUS_OBJECT_NAME_NOT_FOUND")
  }

  func testBenignRowsFromTheReference() {
    XCTAssertTrue(StatusCodeTable.lookup(0xa99)!.isBenign(onLine: "anything"))
    XCTAssertTrue(StatusCodeTable.lookup(0x525)!.isBenign(
      onLine: "NetpDsGetDcName: failed to find a DC having account 'X$': 0x525"))
    XCTAssertFalse(StatusCodeTable.lookup(0x54b)!.isBenign(onLine: "anything"))
    XCTAssertFalse(StatusCodeTable.lookup(0x2)!.isBenign(
      onLine: "NetpProvisionComputerAccount: LDAP creation failed: 0x2"))
  }

  /// A final status of each code: the verdict names the code's symbol (or says joined).
  func testEveryCodeAsAFinalStatus() throws {
    for (code, name) in win32 {
      let hex = StatusCode.hex(code)
      let r = NetSetupLog.analyze(
        bytes: NetSetupFixture.bytes(
          NetSetupFixture.attempt(
            status: hex, steps: ["NetpJoinDomainOnDs: Function exits with status of: \(hex)"])),
        file: "NetSetup.log")
      XCTAssertEqual(r.finalStatus, code, hex)
      XCTAssertEqual(r.json["final_status"]?.stringValue, hex)
      let verdict = try XCTUnwrap(r.findings.first, hex)
      if code == 0 || code == 0xa99 {
        XCTAssertEqual(verdict.id, "NETSETUP-JOINED", hex)
      } else {
        XCTAssertEqual(verdict.severity, .error, hex)
        XCTAssertTrue(verdict.message.contains(name), "\(hex): \(verdict.message)")
        XCTAssertEqual(verdict.evidence?.line, 11, hex)
        XCTAssertFalse(verdict.refs.isEmpty, hex)
      }
    }
  }

  func testUnknownCodeIsReportedAsSuch() {
    let r = NetSetupLog.analyze(
      bytes: NetSetupFixture.bytes(NetSetupFixture.attempt(status: "0x1234")), file: "n")
    XCTAssertEqual(r.findings.first?.id, "NETSETUP-UNKNOWN-STATUS")
  }
}
