import Walkthroughs

/// The commands a shell offers, and where completion finds names of each kind.
///
/// Each capability contributes its commands and name sources; the shell assembles the catalog
/// once at start-up.
public struct CommandCatalog: Sendable {
  public var registry: CommandRegistry
  /// The walkthroughs `walk` offers.
  public var walkthroughs: [Walkthrough]
  /// For each kind of name, how to list the names the session currently knows.
  public var nameSources: [NameKind: @Sendable (Session) -> [String]]
  /// For each contextual value, the kind the session's state gives it now.
  public var valueKinds: [NameKind: @Sendable (Session) -> ValueKind]

  public init(
    registry: CommandRegistry, nameSources: [NameKind: @Sendable (Session) -> [String]] = [:],
    valueKinds: [NameKind: @Sendable (Session) -> ValueKind] = [:], walkthroughs: [Walkthrough] = []
  ) {
    self.registry = registry
    self.nameSources = nameSources
    self.valueKinds = valueKinds
    self.walkthroughs = walkthroughs
  }

  /// What a contextual value is now (text when nothing says otherwise).
  public func valueKind(_ kind: NameKind, in session: Session) -> ValueKind {
    valueKinds[kind]?(session) ?? .text
  }

  /// The names of `kind` the session knows now, for completion.
  public func names(_ kind: NameKind, in session: Session) -> [String] {
    if kind == .command { return registry.allSpecs.map(\.name) }
    return nameSources[kind]?(session) ?? []
  }
}
