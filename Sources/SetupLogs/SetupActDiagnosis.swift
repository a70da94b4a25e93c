import Findings

/// Findings for a setupact.log: the error DJOIN gave up with, the retry loop and the time it
/// cost, and a Domain logged together with a qualified user name.
struct SetupActDiagnosis {
  let report: SetupActReport

  private static let djoinSource =
    "Microsoft: Windows Setup log files and event logs (windows-itpro-docs "
    + "windows/deployment/upgrade/log-files.md); DJOIN lines in Panther\\UnattendGC\\setupact.log"

  func findings() -> [Finding] {
    let file = report.file
    guard !report.lines.isEmpty else {
      return [
        Finding(
          id: "SETUPACT-NO-DJOIN", severity: .info, subject: file.shown,
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
    let row = StatusCodeTable.lookup(code)
    let named = row.map { " \($0.name): \($0.meaning)" } ?? " (not in the code table)."
    let gaveUp = report.finalError == nil ? "last failed with" : "gave up with"
    let dnsNote = code == 0x54b
      ? " If the NIC gets a static IP or DNS servers during specialize, the DNS client cache may "
        + "still hold the failed lookup." : ""
    return Finding(
      id: "SETUPACT-" + (row?.slug ?? "UNKNOWN-STATUS"), severity: .error,
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
    let lost = report.secondsLostToRetries.map {
      ", about \($0 / 60) min \($0 % 60) s lost to retries"
    } ?? ""
    let codes = Set(report.retries.compactMap(\.code)).sorted().map(StatusCode.hex)
    let timeout = report.parameters.last { $0.name == "TimeoutPeriodInMinutes" }.map {
      " TimeoutPeriodInMinutes was logged as [\($0.value)]; builds since Windows 8 were measured "
        + "retrying about 15 minutes whatever the value."
    } ?? ""
    return Finding(
      id: "SETUPACT-RETRY-LOOP", severity: .warning,
      subject: "unattended join" + (joinTarget().map { " to \($0)" } ?? ""),
      message: "DJOIN retried \(report.retries.count) times\(interval) (codes "
        + "\(codes.joined(separator: ", ")))\(lost); the specialize pass waits for it.\(timeout)",
      evidence: SourceLocation(
        report.file, line: first.line,
        text: report.lines.first { $0.line == first.line }?.text),
      fix: "Fix the cause first; the retries only delay setup.",
      refs: [Self.djoinSource, Sources.unattendTimeout])
  }

  private func qualifiedUser() -> Finding? {
    guard let domain = report.parameters.last(where: { $0.name == "Domain" }),
      domain.value != "NULL", !domain.value.isEmpty,
      let user = report.parameters.last(where: { $0.name == "Username" }),
      user.value.contains("@") || user.value.contains("\\")
    else { return nil }
    return Finding(
      id: "SETUPACT-DOMAIN-WITH-QUALIFIED-USER", severity: .warning, subject: "unattended join",
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
