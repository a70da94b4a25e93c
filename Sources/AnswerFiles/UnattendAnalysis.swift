import EnvironmentModel
import Findings

/// The result of `analyze unattend`: the parsed file, its findings and the JSON the shell prints.
public struct UnattendAnalysis: Sendable {
  public let file: UnattendFile
  public let findings: [Finding]

  /// Runs `UnattendLint` over `file`, asking `directory` about MachineObjectOU when given.
  public init(file: UnattendFile, directory: DirectoryLookup? = nil) {
    self.file = file
    self.findings = UnattendLint(directory: directory).check(file)
  }

  /// `{file, passes, join, findings}`; secrets appear only as presence flags.
  public var json: JSONValue {
    .object([
      ("file", .string(file.file.shown)),
      ("passes", .array(file.passes.map(Self.json))),
      ("join", file.join.map(Self.json) ?? .null),
      ("findings", .array(findings.map(\.json))),
    ])
  }

  private static func json(_ pass: SettingsPass) -> JSONValue {
    .object([
      ("name", .string(pass.name)), ("line", .int(pass.line)),
      (
        "components",
        .array(
          pass.components.map {
            .object([
              ("name", .string($0.name)),
              ("processorArchitecture", $0.processorArchitecture.map(JSONValue.string) ?? .null),
              ("line", .int($0.line)),
            ])
          })
      ),
    ])
  }

  private static func json(_ join: UnattendedJoin) -> JSONValue {
    func text(_ value: Located<String>?) -> JSONValue { value.map { .string($0.value) } ?? .null }
    return .object([
      ("pass", .string(join.pass)), ("line", .int(join.componentLine)),
      ("join_domain", text(join.joinDomain)), ("join_workgroup", text(join.joinWorkgroup)),
      ("machine_object_ou", text(join.machineObjectOU)),
      ("unsecure_join", .bool(join.isUnsecureJoin)),
      ("credentials_domain", text(join.credentials?.domain)),
      ("credentials_username", text(join.credentials?.username)),
      ("credentials_password_present", .bool(!(join.credentials?.password?.isEmpty ?? true))),
      ("provisioning", .bool((join.provisioning?.accountDataLength ?? 0) > 0)),
      ("timeout_minutes", text(join.timeoutPeriodInMinutes)),
    ])
  }
}
