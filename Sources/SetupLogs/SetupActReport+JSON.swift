import Findings

extension SetupActReport {
  /// `{file, encoding, lines, djoin_lines, parameters, retries, retry_interval_seconds,
  /// seconds_lost, final_error, dc, findings}`; password parameters appear as REDACTED.
  public var json: JSONValue {
    .object([
      ("file", .string(file.shown)),
      ("encoding", .string(encoding.rawValue)),
      ("lines", .int(lineCount)),
      ("djoin_lines", .int(lines.count)),
      (
        "parameters",
        .array(
          parameters.map {
            .object([("name", .string($0.name)), ("value", .string($0.value)), ("line", .int($0.line))])
          })
      ),
      (
        "retries",
        .array(
          retries.map {
            .object([
              ("line", .int($0.line)), ("operation", .string($0.operation)),
              ("code", $0.code.map { .string(StatusCode.hex($0)) } ?? .null),
              ("interval_seconds", $0.intervalSeconds.map { .int($0) } ?? .null),
            ])
          })
      ),
      ("seconds_lost", secondsLostToRetries.map { .int($0) } ?? .null),
      ("clock_jump", clockJump.map { jump in
        .object([
          ("from_line", .int(jump.fromLine)), ("to_line", .int(jump.toLine)),
          ("seconds", .int(jump.seconds)),
        ])
      } ?? .null),
      ("final_error", finalError.map { .string(StatusCode.hex($0.code)) } ?? .null),
      ("dc", domainController.map(JSONValue.string) ?? .null),
      ("findings", .array(findings.map(\.json))),
    ])
  }
}
