import Walkthroughs

/// The catalog of every command hybridbench offers, assembled from each capability.
extension CommandCatalog {
  public static var standard: CommandCatalog {
    var groups = [
      "record": "record a session as a transcript (.hbt) that replays as a test",
      "save": "save what the session produced",
      "set": "change the session's settings",
      "analyze": "analyse an artifact on its own: a log, an answer file, a hive",
      "sam": "work on a copy of an offline SAM hive",
      "walk": "guided troubleshooting walkthroughs: stepped, resumable, recordable as lessons",
    ]
    groups.merge(EnvironmentCommands.groups) { first, _ in first }
    groups.merge(AddressCommands.groups) { first, _ in first }
    groups.merge(PermCommands.groups) { first, _ in first }
    let registry = CommandRegistry(
      SessionCommands.all + EnvironmentCommands.all + AddressCommands.all + LogCommands.all
        + SAMCommands.all + WalkCommands.all + PermCommands.all,
      groups: groups)
    var nameSources = EnvironmentCommands.nameSources
    nameSources[WalkCommands.names] = { session in session.catalog.walkthroughs.map(\.id) }
    return CommandCatalog(
      registry: registry, nameSources: nameSources,
      valueKinds: [WalkCommands.answers: WalkCommands.answerKind], walkthroughs: WalkthroughLibrary.all)
  }
}
