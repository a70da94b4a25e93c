/// The catalog of every command hybridbench offers, assembled from each capability.
extension CommandCatalog {
  public static var standard: CommandCatalog {
    let registry = CommandRegistry(
      SessionCommands.all + SAMCommands.all + AddressCommands.all,
      groups: [
        "record": "Record a session as a transcript (.hbt) that replays as a test.",
        "save": "Save what the session produced.",
        "set": "Change the session's settings.",
        "analyze": "Analyse an artifact on its own: a log, an answer file, a hive.",
        "sam": "Work on a copy of an offline SAM hive.",
      ])
    return CommandCatalog(registry: registry)
  }
}
