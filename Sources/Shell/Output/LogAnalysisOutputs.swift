import AnswerFiles
import Findings
import SetupLogs
import Walkthroughs

/// `analyze netsetup`: a verdict line, one line per attempt, then the findings.
struct NetSetupOutput: ReportOutput {
  var report: NetSetupReport

  var asReport: Report {
    var attempts: [String] = []
    for (index, attempt) in report.attempts.enumerated() {
      var parts = ["attempt \(index + 1)", "line \(attempt.line)"]
      if let domain = attempt.domain { parts.append(domain) }
      if let options = attempt.options { parts.append("options \(options.hex) (\(options.flagNames.joined(separator: "|")))") }
      if let dc = attempt.domainController { parts.append("DC \(dc)") }
      parts.append(status(attempt))
      attempts.append(parts.joined(separator: " · "))
    }
    return Report(
      [.heading(verdict), .list(attempts)] + .findingList(report.findings), data: report.json)
  }

  /// `3 join attempts · last status 0x2 (ERROR_FILE_NOT_FOUND)`.
  var verdict: String {
    var parts = ["\(report.file): \(Plural.count(report.attempts.count, "join attempt"))"]
    if let final = report.finalStatus {
      let name = StatusCodeTable.lookup(final).map { " (\($0.name))" } ?? ""
      parts.append("last status \(StatusCode.hex(final))\(name)")
    }
    if report.encoding != .utf8 { parts.append(report.encoding.rawValue) }
    return parts.joined(separator: " · ")
  }

  private func status(_ attempt: JoinAttempt) -> String {
    guard let status = attempt.status else { return "no status (log ends first)" }
    let name = attempt.statusInfo.map { " \($0.name)" } ?? ""
    return "status \(StatusCode.hex(status))\(name)\(attempt.benign && status != 0 ? " (harmless here)" : "")"
  }

}

/// `analyze setupact`: the join lines it found, retries and time lost, then the findings.
struct SetupActOutput: ReportOutput {
  var report: SetupActReport

  var asReport: Report {
    var parts = ["\(report.file): \(Plural.count(report.lines.count, "DJOIN line"))"]
    if !report.retries.isEmpty { parts.append(Plural.count(report.retries.count, "retry", plural: "retries")) }
    if let lost = report.secondsLostToRetries { parts.append("\(lost) s lost to retries") }
    if let jump = report.clockJump {
      parts.append("clock jumps \(jump.text) at line \(jump.toLine)")
    }
    if let error = report.finalError {
      let name = StatusCodeTable.lookup(error.code).map { " (\($0.name))" } ?? ""
      parts.append("final error \(StatusCode.hex(error.code))\(name) at line \(error.line)")
    }
    let parameters = report.parameters.map { "\($0.name): \($0.value)  (line \($0.line))" }
    return Report(
      [.heading(parts.joined(separator: " · ")), .list(parameters)]
        + .findingList(report.findings), data: report.json)
  }
}

/// `analyze unattend`: what the UnattendedJoin asks for, then the findings. Secrets stay hidden
/// unless local-account passwords were explicitly asked for.
struct UnattendOutput: ReportOutput {
  var analysis: UnattendAnalysis
  var reveal: Bool

  var asReport: Report {
    let file = analysis.file
    var head = "\(file.file.shown): \(Plural.count(file.passes.count, "settings pass", plural: "settings passes"))"
    if let name = file.computerName?.value { head += " · ComputerName \(name)" }
    var lines: [String] = []
    if let join = file.join {
      if let domain = join.joinDomain { lines.append("JoinDomain \(domain.value)  (line \(domain.line))") }
      if let workgroup = join.joinWorkgroup { lines.append("JoinWorkgroup \(workgroup.value)  (line \(workgroup.line))") }
      if let ou = join.machineObjectOU { lines.append("MachineObjectOU \(ou.value)  (line \(ou.line))") }
      if let credentials = join.credentials {
        let user = [credentials.domain?.value, credentials.username?.value].compactMap { $0 }.joined(separator: " \\ ")
        lines.append("Credentials \(user.isEmpty ? "(none)" : user) · password \(credentials.password.map { $0.isEmpty ? "empty" : "given (not shown)" } ?? "absent")  (line \(credentials.line))")
      }
    } else {
      lines.append("no Microsoft-Windows-UnattendedJoin component")
    }
    for join in file.joins {
      guard let provisioning = join.provisioning else { continue }
      let blob =
        provisioning.placeholder.map { "placeholder '\($0)' (filled at deployment)" }
        ?? (provisioning.accountDataLength == 0
          ? "empty" : "\(provisioning.accountDataLength) characters (not shown)")
      let line = provisioning.accountDataLine ?? provisioning.line
      lines.append(
        "offline domain join (\(join.pass)): Provisioning/AccountData from djoin /provision · "
          + "\(blob)  (line \(line))")
    }
    if reveal { lines += revealedPasswords() }
    return Report(
      [.heading(head), .list(lines)] + .findingList(analysis.findings),
      data: analysis.json)
  }

  private func revealedPasswords() -> [String] {
    var lines: [String] = []
    let file = analysis.file
    var secrets: [(String, LocalAccountPassword)] = []
    if let admin = file.administratorPassword { secrets.append(("AdministratorPassword", admin)) }
    for account in file.localAccounts { if let password = account.password { secrets.append(("LocalAccount \(account.name?.value ?? "?")", password)) } }
    if let auto = file.autoLogon, let password = auto.password { secrets.append(("AutoLogon", password)) }
    for (label, secret) in secrets {
      do {
        lines.append("\(label) password: \(try secret.revealedPassword().clearText)")
      } catch {
        lines.append("\(label) password: cannot decode (\(error))")
      }
    }
    return lines
  }

}
