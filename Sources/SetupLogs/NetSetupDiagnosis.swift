import Findings

/// Turns the attempts of a NetSetup.log into findings: the verdict, the cause and fix of the
/// last failure with its evidence line, harmless codes explained, retry loops and restarts.
struct NetSetupDiagnosis {
  let file: FileReference
  let attempts: [JoinAttempt]
  let restartLine: Int?

  func findings() -> [Finding] {
    guard let last = attempts.last else {
      return [
        Finding(
          .netSetupNoAttempts, subject: file.shown,
          message: "No join attempt (NetpDoDomainJoin) found; the log holds only name checks, "
            + "renames or other calls, or is not a NetSetup.log.",
          evidence: SourceLocation(file), refs: [Sources.logAnalysis])
      ]
    }
    var out: [Finding] = []
    if last.status == nil {
      out.append(
        Finding(
          .netSetupNoVerdict, subject: subject(last),
          message: "The last attempt (line \(last.line)) has no 'NetpDoDomainJoin: status:' "
            + "line: the log (or the excerpt) ends before it, or the join was still running.",
          evidence: SourceLocation(
            file, line: last.line, text: last.startSeen ? "NetpDoDomainJoin" : nil),
          fix: "Collect NetSetup.log again after the join finishes.", refs: [Sources.logAnalysis]))
    }
    if let final = attempts.last(where: { $0.status != nil }) {
      out.append(final.status == 0 || final.status == 0xa99 ? joined(final) : cause(final))
      out += ldapNotes(final)
    }
    if let firstPass = attempts.first(where: { $0.status == 0x534 && $0.benign }) {
      out.append(benignFirstPass(firstPass))
    }
    if let loop = retryLoop() { out.append(loop) }
    if !out.contains(where: { $0.rule == .netSetupOUNotOU }), let container = containerOU() {
      out.append(container)
    }
    if let restartLine {
      out.append(
        Finding(
          .netSetupRestartRequired, subject: file.shown,
          message: "0xa99 NERR_JoinPerformedMustRestart: the join was performed and a restart "
            + "completes it; this is not an error.",
          evidence: SourceLocation(file, line: restartLine), fix: "Restart the computer.",
          refs: [Sources.logAnalysis, Sources.lmerr]))
    }
    return out.sorted(by: Finding.reportOrder)
  }

  func subject(_ attempt: JoinAttempt) -> String {
    let target = attempt.domain ?? "the domain"
    return "join of \(attempt.hostName ?? "this computer") to \(target)"
  }

  private func joined(_ attempt: JoinAttempt) -> Finding {
    let failures = attempts.filter { ($0.status ?? 0) != 0 && !$0.benign }.count
    let earlier = failures == 0 ? "" : " after \(Plural.count(failures, "failed attempt"))"
    return Finding(
      .netSetupJoined, subject: subject(attempt),
      message: "The last attempt (line \(attempt.line)) succeeded with status "
        + "\(StatusCode.hex(attempt.status ?? 0))\(earlier).",
      evidence: statusEvidence(attempt), refs: [Sources.logAnalysis])
  }

  func statusEvidence(_ attempt: JoinAttempt) -> SourceLocation {
    SourceLocation(
      file, line: attempt.statusLine ?? attempt.line,
      text: attempt.status.map { "NetpDoDomainJoin: status: \(StatusCode.hex($0))" })
  }

  private func benignFirstPass(_ attempt: JoinAttempt) -> Finding {
    Finding(
      .netSetupBenignFirstPass, subject: subject(attempt),
      message: "The attempt at line \(attempt.line) (Options \(attempt.options?.hex ?? "?"), "
        + "no ACCT_CREATE) ended with 0x534 ERROR_NONE_MAPPED: the first pass looks for a "
        + "pre-created computer account and the next attempt creates it; this is expected.",
      evidence: statusEvidence(attempt), refs: [Sources.guidance, Sources.logAnalysis])
  }

  /// A MachineAccountOU that names a container (or a step saying the path is not an OU) in the
  /// last attempt that did not succeed: a finding on its own line, even when the excerpt has no
  /// failure or status lines.
  private func containerOU() -> Finding? {
    guard let attempt = attempts.last(where: { $0.status != 0 && $0.status != 0xa99 }),
      let evidence = ouEvidence(attempt)
    else { return nil }
    let ou = attempt.machineAccountOU.map { "MachineAccountOU '\($0)'" } ?? "the OU path"
    let ended = attempt.status.map { "The attempt ended with \(StatusCode.hex($0)). " } ?? ""
    return Finding(
      .netSetupOUContainer, severity: attempt.status == nil ? .warning : .error,
      subject: subject(attempt),
      message: "\(ou) is not an organizational unit (a container such as CN=Computers, or a DN "
        + "that does not exist): NetJoin creates the account over LDAP only in an OU "
        + "('Specified path ... is not an OU'). \(ended)Windows 11 24H2 and later then fail the "
        + "join with 0x2 instead of retrying downlevel (reported, not documented by Microsoft).",
      evidence: evidence,
      fix: "Set MachineObjectOU / -OUPath to a real OU=... DN, or omit it so the account is "
        + "created in the default computer container.",
      refs: [Sources.unattendOU, Sources.ouLab])
  }

  /// Three or more consecutive attempts ending with the same failure: the setup-time retry loop.
  private func retryLoop() -> Finding? {
    guard let last = attempts.last(where: { $0.status != nil }), let status = last.status,
      status != 0
    else { return nil }
    let run = attempts.reversed().prefix { $0.status == status || $0.status == nil }
      .filter { $0.status != nil }
    guard run.count >= 3, let first = run.last else { return nil }
    var timing = ""
    if let start = first.startedAt?.seconds, let end = last.endedAt?.seconds, end > start {
      let interval = (end - start) / Double(max(run.count - 1, 1))
      timing = ", about \(Int(interval.rounded())) s apart, \(Int((end - start).rounded())) s in all"
    }
    let options = first.options.map { " with Options \($0.hex)" } ?? ""
    let signature = first.options?.rawValue == 0x23
      ? " Options 0x23 on every attempt is the unattended-setup (DJOIN) retry signature." : ""
    return Finding(
      .netSetupRetryLoop, subject: subject(last),
      message: "\(run.count) consecutive attempts\(options) (lines \(first.line)-\(last.line)) "
        + "all ended with \(StatusCode.hex(status))\(timing).\(signature) Retrying does not "
        + "help until the cause is fixed.",
      evidence: SourceLocation(file, line: first.line, text: "NetpDoDomainJoin"),
      fix: "Fix the cause of \(StatusCode.hex(status)) (see the cause finding); the retries "
        + "only lengthen setup.", refs: [Sources.logAnalysis, Sources.unattendTimeout])
  }
}
