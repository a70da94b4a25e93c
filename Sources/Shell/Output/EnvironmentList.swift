import EnvironmentFiles
import EnvironmentModel
import Findings

/// What `envs` shows: each loaded environment with where it came from and what it holds, the
/// current one marked `*`.
public struct EnvironmentList: CommandOutput {
  public var store: EnvironmentStore

  public init(_ store: EnvironmentStore) { self.store = store }

  public func text(_ style: TextStyle) -> String {
    guard !store.environments.isEmpty else { return "no environments loaded: try 'load demo'" }
    let rows = store.environments.map { env in
      [env.name == store.currentName ? "*" : " ", env.name, Self.source(env),
        EnvironmentSummary(env).text]
    }
    return TextTable(rows).text
  }

  public var json: JSONValue {
    .object([
      ("current", store.currentName.map(JSONValue.string) ?? .null),
      ("environments", .array(store.environments.map { env in
        .object([
          ("name", .string(env.name)), ("source", .string(Self.source(env))),
          ("current", .bool(env.name == store.currentName)),
          ("summary", EnvironmentSummary(env).json),
        ])
      })),
    ])
  }

  static func source(_ env: Environment) -> String {
    env.sourceFile.isEmpty ? "-" : env.sourceFile
  }
}
