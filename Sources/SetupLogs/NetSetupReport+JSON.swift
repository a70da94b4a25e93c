import Findings

extension NetSetupReport {
  /// `{file, encoding, lines, eras, attempts: [{line, options, status, ...}], final_status,
  /// findings}`, statuses as `0x` lower-case hex strings.
  public var json: JSONValue {
    .object([
      ("file", .string(file.shown)),
      ("encoding", .string(encoding.rawValue)),
      ("lines", .int(lineCount)),
      ("eras", .array(eras.map { .string($0.rawValue) })),
      ("attempts", .array(attempts.map(Self.json))),
      ("final_status", finalStatus.map { .string(StatusCode.hex($0)) } ?? .null),
      ("findings", .array(findings.map(\.json))),
    ])
  }

  private static func json(_ attempt: JoinAttempt) -> JSONValue {
    func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    return .object([
      ("line", .int(attempt.line)),
      ("options", attempt.options.map { .string($0.hex) } ?? .null),
      ("status", attempt.status.map { .string(StatusCode.hex($0)) } ?? .null),
      ("status_name", text(attempt.statusInfo?.name)),
      ("benign", .bool(attempt.benign)),
      ("option_flags", .array((attempt.options?.flagNames ?? []).map(JSONValue.string))),
      ("status_line", attempt.statusLine.map { .int($0) } ?? .null),
      ("started", text(attempt.startedAt?.iso)),
      ("ended", text(attempt.endedAt?.iso)),
      ("host", text(attempt.hostName)),
      ("domain", text(attempt.domain)),
      ("machine_account_ou", text(attempt.machineAccountOU)),
      ("account", text(attempt.account)),
      ("dc", text(attempt.domainController)),
      ("steps", .array(attempt.steps.map(json))),
    ])
  }

  private static func json(_ step: FailedStep) -> JSONValue {
    .object([
      ("line", .int(step.line)),
      ("code", step.code.map { .string(StatusCode.hex($0)) } ?? .null),
      ("kind", .string(step.kind.rawValue)),
      ("name", step.info.map { .string($0.name) } ?? .null),
      ("win32", step.win32AfterLDAP.map { .string(StatusCode.hex($0)) } ?? .null),
      ("benign", .bool(step.benign)),
      ("text", .string(step.text)),
    ])
  }
}
