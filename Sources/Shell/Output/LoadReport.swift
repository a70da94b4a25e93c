import EnvironmentFiles
import EnvironmentModel
import Findings

/// What `load` reports: the environment loaded, what it holds, and the warnings met on the way
/// (each `file:line:column: warning: ...`).
public struct LoadReport: CommandOutput {
  public var name: String
  public var kind: FileKind
  public var summary: EnvironmentSummary
  public var warnings: [LoadWarning]
  /// True when an environment of the same name was replaced.
  public var replaced: Bool
  /// The walkthrough in progress for this environment from an earlier run, if any.
  public var walkInProgress: String?

  public init(_ result: LoadResult, replaced: Bool) {
    name = result.environment.name
    kind = result.kind
    summary = EnvironmentSummary(result.environment)
    warnings = result.warnings.sorted {
      ($0.location.line ?? 0, $0.location.column ?? 0)
        < ($1.location.line ?? 0, $1.location.column ?? 0)
    }
    self.replaced = replaced
  }

  public func text(_ style: TextStyle) -> String {
    var head = "loaded '\(name)'"
    if let label = Self.label(kind) { head += " from \(label)" }
    if replaced { head += " (replacing the one loaded before)" }
    var lines = [head + ": " + summary.text]
    for warning in warnings {
      lines.append("\(warning.location): \(style.paint("warning:", .yellow)) \(warning.message)")
    }
    if let walkInProgress {
      lines.append(
        "walk '\(walkInProgress)' is in progress for '\(name)': 'walk status' resumes it, "
          + "'walk stop' abandons it")
    }
    return lines.joined(separator: "\n")
  }

  public var json: JSONValue {
    .object([
      ("loaded", .string(name)), ("kind", .string(kind.rawValue)), ("replaced", .bool(replaced)),
      ("summary", summary.json),
      ("walk_in_progress", walkInProgress.map(JSONValue.string) ?? .null),
      ("warnings", .array(warnings.map { warning in
        .object([
          ("file", warning.location.file.map { .string($0.shown) } ?? .null),
          ("line", warning.location.line.map { .int($0) } ?? .null),
          ("column", warning.location.column.map { .int($0) } ?? .null),
          ("message", .string(warning.message)),
        ])
      })),
    ])
  }

  /// How an imported (not native) file is named in the report.
  static func label(_ kind: FileKind) -> String? {
    switch kind {
    case .networkConfiguration: "a NetworkConfiguration XML"
    case .armTemplate: "an ARM template"
    case .azureResources: "az/REST JSON"
    case .ldif: "an LDIF export"
    case .ipconfig: "ipconfig /all output"
    default: nil
    }
  }
}
