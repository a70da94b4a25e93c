import Findings

/// The rules the NetSetup.log and setupact.log analysers emit, declared once for the catalog.
/// A failed join's status code is a rule of its own (`NETSETUP-ACCOUNT-EXPIRED`), one per row
/// of the code table, so `explain` can say what each code means and how to fix it.
extension Rule {
  public static let netSetupNoAttempts = Rule(
    "NETSETUP-NO-ATTEMPTS", .info, title: "the log holds no join attempt",
    explanation: "No NetpDoDomainJoin was found: the log holds only name checks, renames or "
      + "other calls, or it is not a NetSetup.log.",
    fix: "Collect %windir%\\debug\\NetSetup.log from the computer that failed to join.",
    sources: [Sources.logAnalysis])
  public static let netSetupNoVerdict = Rule(
    "NETSETUP-NO-VERDICT", .warning, title: "the last join attempt has no status line",
    explanation: "Without 'NetpDoDomainJoin: status:' the log is truncated or the join was still "
      + "running, so the outcome is unknown.",
    fix: "Collect NetSetup.log again after the join finishes.", sources: [Sources.logAnalysis])
  public static let netSetupRestartRequired = Rule(
    "NETSETUP-RESTART-REQUIRED", .info, title: "the join was performed; a restart completes it",
    explanation: "0xa99 NERR_JoinPerformedMustRestart is not an error: the computer is joined "
      + "after the next restart.",
    fix: "Restart the computer.", sources: [Sources.logAnalysis, Sources.lmerr])
  public static let netSetupJoined = Rule(
    "NETSETUP-JOINED", .info, title: "the last join attempt succeeded",
    explanation: "The final NetpDoDomainJoin status is 0x0; earlier failures, if any, were "
      + "overcome.",
    fix: "None needed.", sources: [Sources.logAnalysis])
  public static let netSetupBenignFirstPass = Rule(
    "NETSETUP-BENIGN-FIRST-PASS", .info, title: "0x534 on the first pass is expected",
    explanation: "The first pass (no ACCT_CREATE) looks for a pre-created computer account and "
      + "ends with 0x534 ERROR_NONE_MAPPED when there is none; the next attempt creates it.",
    fix: "None needed.", sources: [Sources.guidance, Sources.logAnalysis])
  public static let netSetupRetryLoop = Rule(
    "NETSETUP-RETRY-LOOP", .warning, title: "the join was retried with the same failure",
    explanation: "Three or more consecutive attempts ending with one status are the setup-time "
      + "retry loop (Options 0x23 is the DJOIN signature); retrying does not help until the "
      + "cause is fixed.",
    fix: "Fix the cause of the status (see the cause finding); the retries only lengthen setup.",
    sources: [Sources.logAnalysis, Sources.unattendTimeout])
  public static let netSetupOUNotOU = Rule(
    "NETSETUP-OU-NOT-OU", .error, title: "the join failed with 0x2 because the OU is not an OU",
    explanation: "MachineAccountOU names a container such as CN=Computers, or a DN that does not "
      + "exist; the join fails with 0x2 ERROR_FILE_NOT_FOUND and the downlevel retry cannot use "
      + "an OU.",
    fix: "Set MachineObjectOU / -OUPath to a real OU=... DN, or omit it.",
    sources: [Sources.ouLab, Sources.guidance])
  public static let netSetupOUContainer = Rule(
    "NETSETUP-OU-CONTAINER", .warning,
    title: "MachineAccountOU names a container, not an OU",
    explanation: "NetJoin creates the computer account over LDAP only in an organizational unit; "
      + "a container such as CN=Computers (or a DN that does not exist) gives 'Specified path "
      + "... is not an OU', even in an excerpt without failure lines. An error when the attempt "
      + "failed.",
    fix: "Set MachineObjectOU / -OUPath to a real OU=... DN, or omit it so the account is "
      + "created in the default computer container.",
    sources: [Sources.unattendOU, Sources.ouLab])
  public static let setupActOUNotOU = Rule(
    "SETUPACT-OU-NOT-OU", .error,
    title: "DJOIN's MachineObjectOU names a container: the cause of 0x2",
    explanation: "The DJOIN parameters show MachineObjectOU = [CN=...]; NetJoinDomain then fails "
      + "with 0x2 ERROR_FILE_NOT_FOUND and DJOIN retries the same failure.",
    fix: "Set MachineObjectOU to a real OU=... DN in the answer file, or delete it so the "
      + "account is created in the default computer container.",
    sources: [Sources.unattendOU, Sources.ouLab, SetupActDiagnosis.djoinSource])
  public static let netSetupLDAPResult = Rule(
    "NETSETUP-LDAP-RESULT", .info, title: "a code after an LDAP call is an LDAP result code",
    explanation: "`ldap_add_s failed: 0x35 0x216d` carries an LDAP result code (RFC 4511) and then "
      + "a Win32 code; reading the first as Win32 is a classic misreading.",
    fix: "Read the LDAP code with RFC 4511 and the Win32 code that follows with winerror.h.",
    sources: [Sources.rfc4511, Sources.guidance])

  /// The rule for a failed join that ended with `row`'s code (nil: a code the table lacks).
  public static func netSetupStatus(_ row: StatusCode?) -> Rule {
    status(
      "NETSETUP", row,
      unknownFix: "Look the code up in winerror.h/lmerr.h and read the "
        + "failing steps.")
  }

  public static let setupActNoDJoin = Rule(
    "SETUPACT-NO-DJOIN", .info, title: "the log holds no DJOIN lines",
    explanation: "No [DJOIN.EXE] / Unattended Join lines: the answer file had no UnattendedJoin, "
      + "or this is not Panther\\UnattendGC\\setupact.log.",
    fix: "Collect Panther\\UnattendGC\\setupact.log from the computer that failed to join.",
    sources: [SetupActDiagnosis.djoinSource])
  public static let setupActRetryLoop = Rule(
    "SETUPACT-RETRY-LOOP", .warning, title: "DJOIN retried the join during specialize",
    explanation: "The specialize pass waits while DJOIN retries, about 15 minutes on builds since "
      + "Windows 8 whatever TimeoutPeriodInMinutes says.",
    fix: "Fix the cause first; the retries only delay setup.",
    sources: [SetupActDiagnosis.djoinSource, Sources.unattendTimeout])
  public static let setupActDomainWithQualifiedUser = Rule(
    "SETUPACT-DOMAIN-WITH-QUALIFIED-USER", .warning,
    title: "DJOIN was given a Domain and a qualified Username",
    explanation: "A Username that already names its domain (UPN or DOMAIN\\user) together with "
      + "Credentials/Domain is resolved as Domain + Username and authentication can fail.",
    fix: "Remove <Domain> from Credentials in the answer file.",
    sources: [
      "Microsoft unattend reference: Microsoft-Windows-UnattendedJoin | Identification | "
        + "Credentials | Domain"
    ])

  /// The rule for DJOIN giving up with `row`'s code (nil: a code the table lacks).
  public static func setupActStatus(_ row: StatusCode?) -> Rule {
    status(
      "SETUPACT", row,
      unknownFix: "Look the code up in winerror.h/lmerr.h and read "
        + "NetSetup.log.")
  }

  private static func status(_ log: String, _ row: StatusCode?, unknownFix: String) -> Rule {
    guard let row else {
      return Rule(
        "\(log)-UNKNOWN-STATUS", .error, title: "the join failed with a code not in the table",
        explanation: "The status is not one the domain-join code table explains.",
        fix: unknownFix, sources: [Sources.winerror, Sources.lmerr])
    }
    return Rule(
      "\(log)-\(row.slug)", .error, title: "the join failed with \(row.hex) \(row.name)",
      explanation: row.meaning, fix: row.fix ?? unknownFix, sources: row.sources)
  }

  /// Every log rule, status families included, for the catalog.
  public static let logRules: [Rule] = {
    let fixed: [Rule] = [
      .netSetupNoAttempts, .netSetupNoVerdict, .netSetupRestartRequired, .netSetupJoined,
      .netSetupBenignFirstPass, .netSetupRetryLoop, .netSetupOUNotOU, .netSetupOUContainer, .setupActOUNotOU, .netSetupLDAPResult,
      .setupActNoDJoin, .setupActRetryLoop, .setupActDomainWithQualifiedUser,
    ]
    let declared = Set(fixed.map(\.id))
    // Only Win32 codes end a join attempt; 0x0 is success, never a failure rule.
    let failures = StatusCodeTable.all.filter { $0.kind == .win32 && $0.code != 0 }
    let rows: [StatusCode?] = [nil] + failures
    let families = rows.map(netSetupStatus) + rows.map(setupActStatus)
    return fixed + families.filter { !declared.contains($0.id) }
  }()
}
