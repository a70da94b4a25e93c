import Findings

/// The `prefix CIDR --format json` object, so the shell only forwards it.
extension IPPrefix {
  /// `{prefix, version, network, last, broadcast, first_usable, last_usable, netmask,
  /// addresses, usable, registry, azure_reserved, azure_usable, azure_problem, azure_note}`;
  /// counts are numbers when they fit in 64 bits, exact decimal strings beyond.
  public var json: JSONValue {
    let azure = AzureReservation(self)
    let blocks = SpecialRegistry.iana.entries(overlapping: self)
    return .object([
      ("prefix", .string(description)),
      ("version", .int(family.rawValue)),
      ("network", .string(network.canonicalText)),
      ("last", .string(last.canonicalText)),
      ("broadcast", broadcast.map { .string($0.canonicalText) } ?? .null),
      ("first_usable", .string(firstUsable.canonicalText)),
      ("last_usable", .string(lastUsable.canonicalText)),
      ("netmask", family == .v4 ? .string(netmask.canonicalText) : .null),
      ("addresses", addressCount.json),
      ("usable", usableCount.json),
      ("registry", .array(blocks.map(\.json))),
      (
        "azure_reserved",
        .array(
          azure.reserved.map {
            .object([
              ("address", .string($0.address.canonicalText)), ("role", .string($0.role.rawValue)),
            ])
          })
      ),
      ("azure_usable", azure.usable?.json ?? .null),
      ("azure_problem", azure.problem.map(JSONValue.string) ?? .null),
      ("azure_note", azure.note.map(JSONValue.string) ?? .null),
    ])
  }
}
