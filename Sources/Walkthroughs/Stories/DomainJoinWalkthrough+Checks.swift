import AnswerFiles
import EnvironmentModel
import Findings
import SetupLogs

/// The evidence checks of the domain-join walkthrough.
extension DomainJoinWalkthrough {
  static func lintAnswerFile(_ context: WalkContext, key: String) -> WalkCheckResult {
    guard let found = artifact(context, key, kind: "answer-file"), let (bytes, source) = found else {
      return WalkCheckResult(.unknown, "cannot read \(context.answers[key] ?? "the file"); give the answer file again")
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
    let findings = UnattendAnalysis(file: file, directory: lookup).findings.filter { $0.severity != .info }
    var facts: [String: String] = [:]
    if let ou = file.join?.machineObjectOU {
      facts["MachineObjectOU"] = ou.value
      facts["MachineObjectOU line"] = "\(source.shown):\(ou.line)"
    }
    if let domain = file.join?.joinDomain?.value { facts["JoinDomain"] = domain }
    if findings.contains(where: { $0.id == "DJ-OU-NOT-OU" }) { facts["answer file cause"] = "DJ-OU-NOT-OU" }
    let errors = findings.filter { $0.severity == .error }
    if errors.isEmpty {
      return WalkCheckResult(.passed, "no UnattendedJoin rule is broken" + (findings.isEmpty ? "" : " (\(findings.count) warnings)"), findings: findings, facts: facts)
    }
    return WalkCheckResult(.failed, "\(Plural.count(errors.count, "rule")) broken: \(errors.map(\.id).joined(separator: ", "))", findings: findings, facts: facts)
  }

  static func directoryObjectKind(_ kind: String?) -> DirectoryObjectKind {
    switch kind {
    case "ou"?: .organizationalUnit
    case nil: .missing
    default: .container
    }
  }

  static func readSetupAct(_ context: WalkContext) -> WalkCheckResult {
    guard let found = artifact(context, "setupact", kind: "setupact") else {
      return WalkCheckResult(.unknown, "cannot read \(context.answers["setupact"] ?? "the file")")
    }
    guard let (bytes, source) = found else { return WalkCheckResult(.unknown, "no setupact.log; going on without it") }
    let report = SetupActLog.analyze(bytes: bytes, file: source)
    let name = source.shown
    guard let error = report.finalError else {
      return WalkCheckResult(.passed, "no DJOIN failure in \(name)", findings: report.findings)
    }
    let code = StatusCode.hex(error.code)
    var summary = "DJOIN gave up with \(code)"
    if let lost = report.secondsLostToRetries { summary += " after \(report.retries.count) retries (\(lost) s)" }
    return WalkCheckResult(
      .failed, summary, findings: report.findings.filter { $0.severity != .info },
      facts: ["DJOIN error": code, "DJOIN error line": "\(name):\(error.line)"])
  }

  static func readNetSetup(_ context: WalkContext) -> WalkCheckResult {
    guard let found = artifact(context, "netsetup", kind: "netsetup") else {
      return WalkCheckResult(.unknown, "cannot read \(context.answers["netsetup"] ?? "the file")")
    }
    guard let (bytes, source) = found else { return WalkCheckResult(.unknown, "no NetSetup.log; going on without it") }
    let report = NetSetupLog.analyze(bytes: bytes, file: source)
    let name = source.shown
    let errors = report.findings.filter { $0.severity == .error }
    guard let final = report.finalStatus, final != 0, let cause = errors.first else {
      return WalkCheckResult(.passed, "\(name): \(Plural.count(report.attempts.count, "attempt")), the last one succeeded or left no error", findings: report.findings)
    }
    var facts = ["final status": StatusCode.hex(final), "netsetup cause": cause.id]
    if let evidence = cause.evidence, let place = evidence.place { facts["netsetup evidence"] = "\(place): \(evidence.text ?? "")" }
    return WalkCheckResult(
      .failed, "\(Plural.count(report.attempts.count, "attempt")), the last ended with \(StatusCode.hex(final))",
      findings: [cause], facts: facts)
  }

  /// Names the cause from what the three checks found, with the correction for the answer file.
  static func diagnose(_ context: WalkContext) -> WalkCheckResult {
    let facts = context.facts
    let ouCause = facts["answer file cause"] == "DJ-OU-NOT-OU" || facts["netsetup cause"] == "NETSETUP-OU-NOT-OU"
    guard ouCause, let ou = facts["MachineObjectOU"] ?? facts["netsetup evidence"] else {
      if let cause = facts["netsetup cause"] {
        return WalkCheckResult(.failed, "NetSetup.log names the cause: \(cause)", details: [facts["netsetup evidence"]].compactMap { $0 })
      }
      return WalkCheckResult(.passed, "no cause found in the answer file or the logs")
    }
    var details: [String] = []
    for key in ["MachineObjectOU line", "DJOIN error line", "netsetup evidence"] {
      if let value = facts[key] { details.append("evidence: \(value)") }
    }
    details.append("correction in the answer file (UnattendedJoin/Identification):")
    details.append("-  <MachineObjectOU>\(ou)</MachineObjectOU>")
    if let suggestion = suggestedOU(context, domain: facts["JoinDomain"]) {
      details.append("+  <MachineObjectOU>\(suggestion)</MachineObjectOU>   (an OU from the loaded directory; or delete the line)")
    } else {
      details.append("+  (delete the line: the account goes to the default computer container)")
    }
    return WalkCheckResult(
      .failed, "MachineObjectOU names a container, not an OU: the join fails with 0x2 (ERROR_FILE_NOT_FOUND)",
      details: details,
      findings: [
        Finding(
          id: "DJ-CAUSE-OU-NOT-OU", severity: .error, subject: ou,
          message: "the unattended join failed because MachineObjectOU '\(ou)' is not an organizational unit",
          evidence: facts["netsetup evidence"].map { SourceLocation(text: $0) },
          fix: "omit MachineObjectOU (the account goes to the default computer container) or name an OU=... DN",
          refs: refs)
      ],
      facts: ["cause": "MachineObjectOU is a container (CN=), not an OU"])
  }

  /// An OU of the loaded domain to suggest, preferring one for servers or computers.
  static func suggestedOU(_ context: WalkContext, domain: String?) -> String? {
    guard let objects = context.environment?.model?.domain?.objects else { return nil }
    let ous = objects.filter { $0.structuralClass?.lowercased() == "organizationalunit" }.map(\.dn)
    return ous.first { $0.lowercased().hasPrefix("ou=servers") || $0.lowercased().hasPrefix("ou=computers") } ?? ous.first
  }
}
