import Findings

extension NetSetupDiagnosis {
  /// The cause and fix of a failed attempt, keyed on its status and the most telling step.
  func cause(_ attempt: JoinAttempt) -> Finding {
    let status = attempt.status ?? 0
    let failing = attempt.steps.filter { !$0.benign }
    let others = failing.map { String($0.line) }.joined(separator: ", ")
    let seeAlso = others.isEmpty ? "" : " Failing steps at lines \(others)."
    let params = parameters(attempt)
    if status == 0x2, let ouEvidence = ouEvidence(attempt) {
      return Finding(
        .netSetupOUNotOU, subject: subject(attempt),
        message: "The join at line \(attempt.line)\(params) failed with 0x2 "
          + "ERROR_FILE_NOT_FOUND because MachineAccountOU "
          + "'\(attempt.machineAccountOU ?? "?")' is not an organizational unit (a container "
          + "such as CN=Computers, or a DN that does not exist), and the downlevel retry cannot "
          + "use an OU.\(seeAlso)",
        evidence: ouEvidence,
        fix: "Set MachineObjectOU / -OUPath to a real OU=... DN, or omit it so the account is "
          + "created in the default computer container.",
        refs: [Sources.ouLab, Sources.guidance])
    }
    let row = StatusCodeTable.lookup(status)
    let key =
      failing.first { $0.code == status || $0.win32AfterLDAP == status } ?? failing.first
    let evidence =
      key.map { SourceLocation(file, line: $0.line, text: $0.text) } ?? statusEvidence(attempt)
    let named = row.map { " \($0.name): \($0.meaning)" } ?? " (not in the code table)."
    return Finding(
      .netSetupStatus(row),
      subject: subject(attempt),
      message: "The last failed join (line \(attempt.line)\(params)) ended with "
        + "\(StatusCode.hex(status))\(named)\(seeAlso)",
      evidence: evidence,
      fix: row?.fix ?? "Look the code up in winerror.h/lmerr.h and read the failing steps.",
      refs: row?.sources ?? [Sources.winerror, Sources.lmerr])
  }

  private func parameters(_ attempt: JoinAttempt) -> String {
    var parts: [String] = []
    if let domain = attempt.domain { parts.append("domain \(domain)") }
    if let options = attempt.options {
      parts.append("Options \(options.hex) = \(options.flagNames.joined(separator: "|"))")
    }
    if let dc = attempt.domainController { parts.append("DC \(dc)") }
    return parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
  }

  /// The "is not an OU" step, else the MachineAccountOU parameter when it names a CN=.
  func ouEvidence(_ attempt: JoinAttempt) -> SourceLocation? {
    if let step = attempt.steps.first(where: { $0.text.contains("is not an OU") }) {
      return SourceLocation(file, line: step.line, text: step.text)
    }
    guard let ou = attempt.machineAccountOU, ou.uppercased().hasPrefix("CN="),
      attempt.machineAccountOULine != nil
    else { return nil }
    return SourceLocation(file, line: attempt.machineAccountOULine, text: "MachineAccountOU: \(ou)")
  }

  /// LDAP result codes in the attempt, told apart from the Win32 code that follows them.
  func ldapNotes(_ attempt: JoinAttempt) -> [Finding] {
    var seen = Set<UInt32>()
    var out: [Finding] = []
    for step in attempt.steps where step.kind == .ldap {
      guard let code = step.code, seen.insert(code).inserted else { continue }
      let ldap = StatusCodeTable.lookup(code, kind: .ldap)
      let win32 = step.win32AfterLDAP.map { value in
        " The Win32 code that follows is \(StatusCode.hex(value))"
          + (StatusCodeTable.lookup(value).map { " \($0.name)" } ?? "") + "."
      } ?? ""
      let misread = StatusCodeTable.lookup(code).map {
        " Do not read it as Win32 \(StatusCode.hex(code)) \($0.name)."
      } ?? ""
      out.append(
        Finding(
          .netSetupLDAPResult, subject: step.function,
          message: "\(StatusCode.hex(code)) (\(code)) on this line is an LDAP result code: "
            + "\(ldap?.name ?? "unknown LDAP code") (RFC 4511).\(misread)\(win32)",
          evidence: SourceLocation(file, line: step.line, text: step.text),
          refs: [Sources.rfc4511, Sources.guidance]))
    }
    return out
  }
}
