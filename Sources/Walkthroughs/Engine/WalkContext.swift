import EnvironmentModel
import Findings

/// What a check can see: the answers and facts gathered so far, the directory relative paths
/// resolve against, and the loaded environment (through the shell's adapter).
public struct WalkContext: Sendable {
  public var answers: [String: String]
  public var facts: [String: String]
  public var baseDirectory: String
  /// The environment's view a walkthrough needs, when one is loaded.
  public var environment: WalkEnvironment?
  /// Today's date (ISO 8601), from the machine's clock unless a test gives one: support dates
  /// are judged against it.
  public var today: String

  public init(
    answers: [String: String] = [:], facts: [String: String] = [:], baseDirectory: String,
    environment: WalkEnvironment? = nil, today: String = WalkContext.clockDate()
  ) {
    self.answers = answers
    self.facts = facts
    self.baseDirectory = baseDirectory
    self.environment = environment
    self.today = today
  }

  /// The local date of the machine's clock, `YYYY-MM-DD`.
  public static func clockDate() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    func pad(_ v: Int32, _ n: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, n - s.count)) + s
    }
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
  }

  /// An answered path, resolved against the base directory.
  public func path(_ key: String) -> String? {
    guard let value = answers[key], !value.isEmpty else { return nil }
    if value.hasPrefix("/") { return value }
    return baseDirectory.hasSuffix("/") ? baseDirectory + value : baseDirectory + "/" + value
  }
}

/// What walkthroughs read from a loaded environment: the model itself (hosts, vnets, VMs), the
/// artifacts of its machines by kind, and what a DN names in its directory.
public struct WalkEnvironment: Sendable {
  public var name: String
  /// The whole environment, for stories whose evidence is in it (tunnels, hosts, VM order).
  public var model: Environment?
  /// Artifacts by kind (`answer-file`, `netsetup`, `setupact`, `sam`): a path or inline text.
  public var artifacts: [String: WalkArtifact]
  /// What a DN names in the directory: "ou", "container", or nil when it is not there.
  public var directoryKind: @Sendable (String) -> String?

  public init(
    name: String, model: Environment? = nil, artifacts: [String: WalkArtifact],
    directoryKind: @escaping @Sendable (String) -> String? = { _ in nil }
  ) {
    self.name = name
    self.model = model
    self.artifacts = artifacts
    self.directoryKind = directoryKind
  }
}

/// A file the environment points to, or its content carried inline (the built-in demo).
public enum WalkArtifact: Sendable, Equatable {
  case path(String)
  case inline(name: String, text: String)
}
