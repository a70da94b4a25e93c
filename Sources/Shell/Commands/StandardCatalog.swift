/// The catalog of every command hybridbench offers, assembled from each capability.
extension CommandCatalog {
  public static var standard: CommandCatalog {
    var groups = [
      "record": "Record a session as a transcript (.hbt) that replays as a test.",
      "save": "Save what the session produced.",
      "set": "Change the session's settings.",
    ]
    groups.merge(EnvironmentCommands.groups) { first, _ in first }
    let registry = CommandRegistry(SessionCommands.all + EnvironmentCommands.all, groups: groups)
    return CommandCatalog(registry: registry, nameSources: EnvironmentCommands.nameSources)
  }
}
