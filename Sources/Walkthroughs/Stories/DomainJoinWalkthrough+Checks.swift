import AnswerFiles
import EnvironmentModel
import Findings
import SetupLogs

/// The evidence checks of the domain-join walkthrough.
extension DomainJoinWalkthrough {
  /// The routes the cause step can take besides its outcomes.
  enum Route {
    /// setupact.log and NetSetup.log end with different codes.
    static let disagree = "disagree"
    /// The logs name a failure the answer file does not explain.
    static let logCause = "log-cause"
  }

  static func lintAnswerFile(_ context: WalkContext, key: String) -> WalkCheckResult {
    guard let found = artifact(context, key, kind: "answer-file"), let (bytes, source) = found
    else {
      return WalkCheckResult(
        .unknown, "cannot read \(context.answers[key] ?? "the file"); give the answer file again")
    }
    let file: UnattendFile
    do {
      file = try UnattendFile.parse(bytes, file: source)
    } catch {
      return WalkCheckResult(.unknown, "\(error.description); give a well-formed answer file")
    }
    var lookup: DirectoryLookup?
    if let environment = context.environment {
      lookup = { dn in directoryObjectKind(environment.directoryKind(dn)) }
    }
    let findings = UnattendAnalysis(file: file, directory: lookup).findings.filter {
      $0.severity != .info
    }
    var facts: [String: String] = [:]
    if let ou = file.join?.machineObjectOU {
      facts["MachineObjectOU"] = ou.value
      facts["MachineObjectOU line"] = "\(source.shown):\(ou.line)"
    }
    if let domain = file.join?.joinDomain?.value { facts["JoinDomain"] = domain }
    if findings.contains(where: { $0.rule == .djOUNotOU }) {
      facts["answer file cause"] = Rule.djOUNotOU.id
    }
    let errors = findings.filter { $0.severity == .error }
    if errors.isEmpty {
      return WalkCheckResult(
        .passed,
        "no UnattendedJoin rule is broken"
          + (findings.isEmpty ? "" : " (\(findings.count) warnings)"), findings: findings,
        facts: facts)
    }
    return WalkCheckResult(
      .failed,
      "\(Plural.count(errors.count, "rule")) broken: \(errors.map(\.id).joined(separator: ", "))",
      findings: findings, facts: facts)
  }

  static func directoryObjectKind(_ kind: String?) -> DirectoryObjectKind {
    switch kind {
    case "ou"?: .organizationalUnit
    case nil: .missing
    default: .container
    }
  }

  /// setupact.log: the error DJOIN gave up with (or last failed with). The verdict follows the
  /// findings shown under it, so it is never CLEAR above an error.
  static func readSetupAct(_ context: WalkContext) -> WalkCheckResult {
    guard let found = artifact(context, "setupact", kind: "setupact") else {
      return WalkCheckResult(.unknown, "cannot read \(context.answers["setupact"] ?? "the file")")
    }
    guard let (bytes, source) = found else {
      return WalkCheckResult(.unknown, "no setupact.log; going on without it")
    }
    let report = SetupActLog.analyze(bytes: bytes, file: source)
    let name = source.shown
    let shown = report.findings.filter { $0.severity != .info }
    let code = report.finalError?.code ?? report.retries.last?.code
    guard let code, shown.contains(where: { $0.severity == .error }) else {
      if shown.isEmpty {
        return WalkCheckResult(
          report.lines.isEmpty ? .unknown : .passed,
          report.lines.isEmpty ? "no DJOIN lines in \(name)" : "no DJOIN failure in \(name)",
          findings: report.findings)
      }
      return WalkCheckResult(
        .failed, "no DJOIN error, but \(Plural.count(shown.count, "warning"))", findings: shown)
    }
    let line = report.finalError?.line ?? report.retries.last?.line ?? 0
    var summary =
      report.finalError == nil
      ? "DJOIN last failed with \(StatusCode.hex(code)) (still retrying where the log ends)"
      : "DJOIN gave up with \(StatusCode.hex(code))"
    if let lost = report.secondsLostToRetries {
      summary += " after \(report.retries.count) retries (\(lost) s)"
    } else if let jump = report.clockJump {
      summary +=
        " after \(report.retries.count) retries (the clock jumps \(jump.text) at line "
        + "\(jump.toLine))"
    }
    var facts = ["DJOIN error": StatusCode.hex(code), "DJOIN error line": "\(name):\(line)"]
    if let ou = report.parameters.last(where: { $0.name == "MachineObjectOU" }) {
      facts["setupact MachineObjectOU"] = ou.value
      facts["setupact MachineObjectOU line"] = "\(name):\(ou.line)"
    }
    return WalkCheckResult(.failed, summary, findings: shown, facts: facts)
  }

  static func readNetSetup(_ context: WalkContext) -> WalkCheckResult {
    guard let found = artifact(context, "netsetup", kind: "netsetup") else {
      return WalkCheckResult(.unknown, "cannot read \(context.answers["netsetup"] ?? "the file")")
    }
    guard let (bytes, source) = found else {
      return WalkCheckResult(.unknown, "no NetSetup.log; going on without it")
    }
    let report = NetSetupLog.analyze(bytes: bytes, file: source)
    let name = source.shown
    guard !report.attempts.isEmpty else {
      return WalkCheckResult(.unknown, "no join attempt in \(name)", findings: report.findings)
    }
    let problems = report.findings.filter { $0.severity != .info }
    let attempts = Plural.count(report.attempts.count, "attempt")
    guard let cause = problems.first else {
      return WalkCheckResult(
        .passed, "\(name): \(attempts), the last one succeeded", findings: report.findings)
    }
    var facts = ["netsetup cause": cause.id]
    if let final = report.finalStatus { facts["final status"] = StatusCode.hex(final) }
    if let evidence = cause.evidence, let place = evidence.place {
      facts["netsetup evidence"] = "\(place): \(evidence.text ?? "")"
    }
    let ended =
      report.finalStatus.map { "the last ended with \(StatusCode.hex($0))" }
      ?? "the last has no status"
    return WalkCheckResult(.failed, "\(attempts), \(ended)", findings: [cause], facts: facts)
  }

  /// Names the cause from what the three checks found, only as far as they agree: logs that end
  /// with different codes are said to disagree, and a cause outside the answer file is not
  /// blamed on it.
  static func diagnose(_ context: WalkContext) -> WalkCheckResult {
    let facts = context.facts
    let djoin = facts["DJOIN error"].flatMap(hexCode)
    let netsetup = facts["final status"].flatMap(hexCode)
    var evidence: [String] = []
    if let line = facts["DJOIN error line"], let code = facts["DJOIN error"] {
      evidence.append("setupact.log: \(code) at \(line)")
    }
    if let code = facts["final status"], let place = facts["netsetup evidence"] {
      evidence.append("NetSetup.log: \(code), \(place)")
    }
    let ou = facts["MachineObjectOU"] ?? facts["setupact MachineObjectOU"]
    let ouIsContainer =
      facts["answer file cause"] == Rule.djOUNotOU.id
      || facts["netsetup cause"] == Rule.netSetupOUNotOU.id
      || facts["netsetup cause"] == Rule.netSetupOUContainer.id
      || (facts["setupact MachineObjectOU"]?.uppercased().hasPrefix("CN=") ?? false)
    if let djoin, let netsetup, djoin != netsetup {
      let message =
        "setupact.log ended with \(StatusCode.hex(djoin)) but NetSetup.log's last attempt "
        + "ended with \(StatusCode.hex(netsetup)): "
        + "they describe different failures"
      return WalkCheckResult(
        .failed, "the logs disagree: \(message); are they from the same machine and attempt?",
        details: evidence.map { "evidence: " + $0 },
        findings: [
          Finding(
            .djSourcesDisagree, subject: "setupact.log and NetSetup.log",
            message: message + "; they may come from different machines or attempts",
            fix: "give the setupact.log and NetSetup.log of the same failed setup", refs: refs)
        ],
        facts: [
          "cause":
            "setupact.log (\(StatusCode.hex(djoin))) and NetSetup.log "
            + "(\(StatusCode.hex(netsetup))) disagree: one fix for each"
        ],
        route: Route.disagree)
    }
    let observed = djoin ?? netsetup
    if ouIsContainer, let ou, observed == nil || observed == 0x2 {
      return ouCause(context, ou: ou, confirmed: observed == 0x2)
    }
    if let observed {
      let row = StatusCodeTable.lookup(observed)
      let name = row.map { " \($0.name)" } ?? ""
      var details = evidence.map { "evidence: " + $0 }
      if ouIsContainer, let ou, let line = facts["MachineObjectOU line"] {
        details.append(
          "also: MachineObjectOU '\(ou)' (\(line)) names a container; correct it too, or the "
            + "next attempt fails with 0x2"
        )
      }
      return WalkCheckResult(
        .failed,
        "the logs name the failure: \(StatusCode.hex(observed))\(name), not a setting of the "
          + "answer file",
        details: details, facts: ["cause": "\(StatusCode.hex(observed))\(name) (from the logs)"],
        route: Route.logCause)
    }
    if let cause = facts["netsetup cause"] {
      return WalkCheckResult(
        .failed, "NetSetup.log names the cause: \(cause)",
        details: [facts["netsetup evidence"]].compactMap { $0 },
        facts: ["cause": cause], route: Route.logCause)
    }
    return WalkCheckResult(
      .passed, "no cause found in the answer file or the logs", facts: ["cause": "none found"])
  }

  /// MachineObjectOU names a container: the cause, with the correction for the answer file.
  private static func ouCause(_ context: WalkContext, ou: String, confirmed: Bool)
    -> WalkCheckResult
  {
    let facts = context.facts
    var details: [String] = []
    for key in ["MachineObjectOU line", "setupact MachineObjectOU line", "DJOIN error line"] {
      if let value = facts[key] { details.append("evidence: \(value)") }
    }
    if facts["final status"] == "0x2", let value = facts["netsetup evidence"] {
      details.append("evidence: \(value)")
    }
    details.append("correction in the answer file (UnattendedJoin/Identification):")
    details.append("-  <MachineObjectOU>\(ou)</MachineObjectOU>")
    if let suggestion = suggestedOU(context, domain: facts["JoinDomain"]) {
      details.append(
        "+  <MachineObjectOU>\(suggestion)</MachineObjectOU>   "
          + "(an OU from the loaded directory; or delete the line)"
      )
    } else {
      details.append("+  (delete the line: the account goes to the default computer container)")
    }
    let place = facts["MachineObjectOU line"] ?? facts["setupact MachineObjectOU line"]
    let summary =
      confirmed
      ? "MachineObjectOU names a container, not an OU: the join fails with 0x2 "
        + "(ERROR_FILE_NOT_FOUND), as the logs show"
      : "MachineObjectOU names a container, not an OU: no log confirms it here, but such a join "
        + "fails with 0x2 (ERROR_FILE_NOT_FOUND)"
    return WalkCheckResult(
      .failed, summary, details: details,
      findings: [
        Finding(
          .djCauseOUNotOU, subject: ou,
          message: "the unattended join " + (confirmed ? "failed" : "fails")
            + " because MachineObjectOU '\(ou)' is not an organizational unit",
          evidence: place.map { SourceLocation(text: $0) },
          fix:
            "omit MachineObjectOU (the account goes to the default computer container) or name "
            + "an OU=... DN",
          refs: refs)
      ],
      facts: ["cause": "MachineObjectOU is a container (CN=), not an OU"])
  }

  /// The fix for the codes the logs ended with (shown by the log-cause step).
  static func logCauseText(_ context: WalkContext) -> String? {
    var lines: [String] = []
    var seen = Set<UInt32>()
    for (log, key) in [("setupact.log", "DJOIN error"), ("NetSetup.log", "final status")] {
      guard let code = context.facts[key].flatMap(hexCode), seen.insert(code).inserted else {
        continue
      }
      let row = StatusCodeTable.lookup(code)
      let name = row.map { "\($0.name): \($0.meaning)" } ?? "not in the code table"
      lines.append("\(log) ended with \(StatusCode.hex(code)) (\(name)).")
      lines.append(
        "  "
          + (row?.fix
            ?? "Look the code up in winerror.h / lmerr.h and read the failing step in "
            + "NetSetup.log.")
      )
    }
    guard !lines.isEmpty else { return nil }
    if context.facts["answer file cause"] == Rule.djOUNotOU.id,
      let ou = context.facts["MachineObjectOU"]
    {
      let place = context.facts["MachineObjectOU line"].map { " (\($0))" } ?? ""
      lines.append(
        "The answer file's MachineObjectOU '\(ou)'\(place) names a container too: correct it as "
          + "well, or the next attempt fails with 0x2."
      )
    }
    return (lines + ["Then read NetSetup.log again after the next attempt."]).joined(
      separator: "\n")
  }

  static func hexCode(_ text: String) -> UInt32? {
    guard text.hasPrefix("0x") else { return nil }
    return UInt32(text.dropFirst(2), radix: 16)
  }

  /// An OU of the loaded domain to suggest, preferring one for servers or computers.
  static func suggestedOU(_ context: WalkContext, domain: String?) -> String? {
    guard let objects = context.environment?.model?.domain?.objects else { return nil }
    let ous = objects.filter { $0.structuralClass?.lowercased() == "organizationalunit" }.map(\.dn)
    return ous.first {
      $0.lowercased().hasPrefix("ou=servers") || $0.lowercased().hasPrefix("ou=computers")
    } ?? ous.first
  }
}
