/// What a check can see: the answers and facts gathered so far, the directory relative paths
/// resolve against, and the loaded environment (through the shell's adapter).
public struct WalkContext: Sendable {
  public var answers: [String: String]
  public var facts: [String: String]
  public var baseDirectory: String
  /// The environment's view a walkthrough needs, when one is loaded.
  public var environment: WalkEnvironment?

  public init(
    answers: [String: String] = [:], facts: [String: String] = [:], baseDirectory: String,
    environment: WalkEnvironment? = nil
  ) {
    self.answers = answers
    self.facts = facts
    self.baseDirectory = baseDirectory
    self.environment = environment
  }

  /// An answered path, resolved against the base directory.
  public func path(_ key: String) -> String? {
    guard let value = answers[key], !value.isEmpty else { return nil }
    if value.hasPrefix("/") { return value }
    return baseDirectory.hasSuffix("/") ? baseDirectory + value : baseDirectory + "/" + value
  }
}

/// The parts of a loaded environment walkthroughs read, so the engine does not depend on the
/// whole model: artifacts of a machine, and what a DN is.
public struct WalkEnvironment: Sendable {
  public var name: String
  /// Artifacts by kind (`answer-file`, `netsetup`, `setupact`, `sam`): a path or inline text.
  public var artifacts: [String: WalkArtifact]
  /// What a DN names in the directory: "ou", "container", or nil when it is not there.
  public var directoryKind: @Sendable (String) -> String?

  public init(
    name: String, artifacts: [String: WalkArtifact],
    directoryKind: @escaping @Sendable (String) -> String? = { _ in nil }
  ) {
    self.name = name
    self.artifacts = artifacts
    self.directoryKind = directoryKind
  }
}

/// A file the environment points to, or its content carried inline (the built-in demo).
public enum WalkArtifact: Sendable, Equatable {
  case path(String)
  case inline(name: String, text: String)
}
