import EnvironmentModel
import Findings

/// Several loaded environments, one of them current. A value: a failed load never reaches it,
/// so every loaded environment stays as it was.
public struct EnvironmentStore: Sendable {
  /// The loaded environments in load order.
  public private(set) var environments: [Environment] = []
  /// The name of the current environment, if any.
  public private(set) var currentName: String?

  public init() {}

  /// The current environment.
  public var current: Environment? { environments.first { $0.name == currentName } }

  /// Names for `envs` and Tab completion, in load order.
  public var names: [String] { environments.map(\.name) }

  /// Adds (or replaces, by name) an environment and makes it current.
  public mutating func add(_ env: Environment) {
    if let i = environments.firstIndex(where: { $0.name == env.name }) {
      environments[i] = env
    } else {
      environments.append(env)
    }
    currentName = env.name
  }

  /// Loads `file` as `name` and adds it; on error the store is unchanged and the error thrown.
  @discardableResult
  public mutating func load(_ file: FileReference, as name: String? = nil) throws -> LoadResult {
    let result = try EnvironmentLoader.load(file, name: name)
    add(result.environment)
    return result
  }

  /// Makes `name` current; false when no such environment is loaded.
  @discardableResult
  public mutating func use(_ name: String) -> Bool {
    guard environments.contains(where: { $0.name == name }) else { return false }
    currentName = name
    return true
  }

  /// Removes `name`; if it was current, the most recently loaded other one becomes current.
  @discardableResult
  public mutating func unload(_ name: String) -> Bool {
    guard let i = environments.firstIndex(where: { $0.name == name }) else { return false }
    environments.remove(at: i)
    if currentName == name { currentName = environments.last?.name }
    return true
  }

  /// The environment named `name`.
  public func environment(named name: String) -> Environment? {
    environments.first { $0.name == name }
  }
}
