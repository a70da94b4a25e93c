import Findings

/// Findings for a setupact.log: the error DJOIN gave up with, the retry loop and the time it
/// cost, and a Domain logged together with a qualified user name.
struct SetupActDiagnosis {
  let report: SetupActReport

  static let djoinSource =
    "Microsoft: Windows Setup log files and event logs (windows-itpro-docs "
    + "windows/deployment/upgrade/log-files.md); DJOIN lines in Panther\\UnattendGC\\setupact.log"

  func findings() -> [Finding] {
    let file = report.file
    guard !report.lines.isEmpty else {
      return [
        Finding(
          .setupActNoDJoin, subject: file.shown,
          message: "No [DJOIN.EXE] / Unattended Join lines: the answer file had no UnattendedJoin, "
            + "or this is not Panther\\UnattendGC\\setupact.log.",
          evidence: SourceLocation(file), refs: [Self.djoinSource])
      ]
    }
    var out: [Finding] = []
    if let failure = failure() { out.append(failure) }
    if let loop = retryLoop() { out.append(loop) }
    if let qualified = qualifiedUser() { out.append(qualified) }
    return out.sorted(by: Finding.reportOrder)
  }

  private func failure() -> Finding? {
    let code: UInt32
    let evidence: SourceLocation
    if let error = report.finalError {
      code = error.code
      evidence = SourceLocation(report.file, line: error.line, text: error.text)
    } else if let last = report.retries.last, let lastCode = last.code {
      code = lastCode
      let text = report.lines.last { $0.line == last.line }?.text
      evidence = SourceLocation(report.file, line: last.line, text: text)
    } else {
      return nil
    }
    if code == 0x2, let ou = containerOU() { return ouCause(ou, evidence) }
    let row = StatusCodeTable.lookup(code)
    let named = row.map { " \($0.name): \($0.meaning)" } ?? " (not in the code table)."
    let gaveUp = report.finalError == nil ? "last failed with" : "gave up with"
    let dnsNote = code == 0x54b
      ? " If the NIC gets a static IP or DNS servers during specialize, the DNS client cache may "
        + "still hold the failed lookup." : ""
    return Finding(
      .setupActStatus(row),
      subject: "unattended join" + (joinTarget().map { " to \($0)" } ?? ""),
      message: "DJOIN \(gaveUp) \(StatusCode.hex(code)) (\(code))\(named)\(dnsNote) "
        + "NetSetup.log has the failing step.",
      evidence: evidence,
      fix: row?.fix ?? "Look the code up in winerror.h/lmerr.h and read NetSetup.log.",
      refs: (row?.sources ?? []) + [Self.djoinSource])
  }

  private func retryLoop() -> Finding? {
    guard report.retries.count >= 2, let first = report.retries.first else { return nil }
    let intervals = report.retries.compactMap(\.intervalSeconds)
    let interval = intervals.isEmpty ? "" : " every \(intervals[intervals.count / 2]) s"
    var lost = report.secondsLostToRetries.map {
      ", about \($0 / 60) min \($0 % 60) s lost to retries"
    } ?? ""
    if let jump = report.clockJump {
      let announced = report.secondsAnnounced.map {
        "; counted by the announced interval, about \($0 / 60) min \($0 % 60) s"
      } ?? ""
      lost = ", but the timestamps jump \(jump.text) between the retries at lines "
        + "\(jump.fromLine) and \(jump.toLine) (the clock changed during setup, e.g. a time zone "
        + "set in specialize), so the log cannot say how long the retries took\(announced)"
    }
    let codes = Set(report.retries.compactMap(\.code)).sorted().map(StatusCode.hex)
    let timeout = report.parameters.last { $0.name == "TimeoutPeriodInMinutes" }.map {
      " TimeoutPeriodInMinutes was logged as [\($0.value)]; builds since Windows 8 were measured "
        + "retrying about 15 minutes whatever the value."
    } ?? ""
    return Finding(
      .setupActRetryLoop,
      subject: "unattended join" + (joinTarget().map { " to \($0)" } ?? ""),
      message: "DJOIN retried \(report.retries.count) times\(interval) (codes "
        + "\(codes.joined(separator: ", ")))\(lost); the specialize pass waits for it.\(timeout)",
      evidence: SourceLocation(
        report.file, line: first.line,
        text: report.lines.first { $0.line == first.line }?.text),
      fix: "Fix the cause first; the retries only delay setup.",
      refs: [Self.djoinSource, Sources.unattendTimeout])
  }

  /// The MachineObjectOU parameter when it names a container (`CN=...`) rather than an OU.
  private func containerOU() -> SetupActParameter? {
    guard let ou = report.parameters.last(where: { $0.name == "MachineObjectOU" }),
      ou.value.uppercased().hasPrefix("CN=")
    else { return nil }
    return ou
  }

  /// 0x2 with a container as MachineObjectOU: the parameter line is the cause, the retries and
  /// the final error support it.
  private func ouCause(_ ou: SetupActParameter, _ failure: SourceLocation) -> Finding {
    let retries = report.retries.filter { $0.code == 0x2 }
    var support = ""
    if let first = retries.first, let last = retries.last {
      support = first.line == last.line
        ? " The failure at line \(first.line) follows from it."
        : " The \(retries.count) retries (lines \(first.line)-\(last.line)) fail the same way."
    }
    if let line = failure.line, !retries.contains(where: { $0.line == line }) {
      support += " DJOIN gave up at line \(line)."
    }
    return Finding(
      .setupActOUNotOU,
      subject: "unattended join" + (joinTarget().map { " to \($0)" } ?? ""),
      message: "MachineObjectOU = [\(ou.value)] (line \(ou.line)) names a container, not an "
        + "organizational unit, so NetJoinDomain fails with 0x2 ERROR_FILE_NOT_FOUND: the join "
        + "creates the account over LDAP only in an OU.\(support) NetSetup.log shows 'Specified "
        + "path ... is not an OU'.",
      evidence: SourceLocation(report.file, line: ou.line, text: "MachineObjectOU = [\(ou.value)]"),
      fix: "Set MachineObjectOU to a real OU=... DN in the answer file, or delete it so the "
        + "account is created in the default computer container.",
      refs: [Sources.unattendOU, Sources.ouLab, Self.djoinSource])
  }

  private func qualifiedUser() -> Finding? {
    guard let domain = report.parameters.last(where: { $0.name == "Domain" }),
      domain.value != "NULL", !domain.value.isEmpty,
      let user = report.parameters.last(where: { $0.name == "Username" }),
      user.value.contains("@") || user.value.contains("\\")
    else { return nil }
    return Finding(
      .setupActDomainWithQualifiedUser, subject: "unattended join",
      message: "DJOIN logged Domain = [\(domain.value)] together with Username = [\(user.value)], "
        + "which already names its domain; the answer file should omit Credentials/Domain.",
      evidence: SourceLocation(report.file, line: user.line),
      fix: "Remove <Domain> from Credentials in the answer file.",
      refs: [
        "Microsoft unattend reference: Microsoft-Windows-UnattendedJoin | Identification | "
          + "Credentials | Domain"
      ])
  }

  private func joinTarget() -> String? {
    report.parameters.last { $0.name == "JoinDomain" }?.value
      ?? report.parameters.last { $0.name == "DomainParameter" }?.value
  }
}
