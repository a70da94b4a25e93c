/// The catalog of every command hybridbench offers, assembled from each capability.
extension CommandCatalog {
  public static var standard: CommandCatalog {
    let registry = CommandRegistry(
      SessionCommands.all,
      groups: [
        "record": "Record a session as a transcript (.hbt) that replays as a test.",
        "save": "Save what the session produced.",
        "set": "Change the session's settings.",
      ])
    return CommandCatalog(registry: registry)
  }
}
