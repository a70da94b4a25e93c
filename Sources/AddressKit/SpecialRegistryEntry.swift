import Findings

/// One row of an IANA special-purpose address registry (RFC 6890 section 2.2 fields).
///
/// Flags are nil where IANA writes N/A (Teredo and 6to4 globally reachable) or leaves them blank
/// (terminated blocks).
public struct SpecialRegistryEntry: Sendable, Hashable {
  /// The address block.
  public let prefix: IPPrefix
  /// IANA's own block name, e.g. `Private-Use`, `Shared Address Space`, `Link Local`.
  public let name: String
  /// The defining RFC(s) as IANA cites them, e.g. `RFC 1122, Section 3.2.1.3`.
  public let rfc: String
  /// Allocation date (`yyyy-mm`).
  public let allocated: String
  /// Termination date, for blocks IANA has retired (those are never matched).
  public let terminated: String?
  /// Flags of RFC 6890 section 2.2: valid as a source address.
  public let source: Bool?
  /// Valid as a destination address.
  public let destination: Bool?
  /// Routers may forward packets with these addresses.
  public let forwardable: Bool?
  /// Reachable beyond one administrative domain; nil where IANA says N/A.
  public let globallyReachable: Bool?
  /// Reserved by a protocol specification (not for general use).
  public let reservedByProtocol: Bool?

  /// The `registry` object of the `addr --format json` contract.
  public var json: JSONValue {
    func flag(_ b: Bool?) -> JSONValue { b.map(JSONValue.bool) ?? .null }
    return .object([
      ("name", .string(name)),
      ("prefix", .string(prefix.description)),
      ("rfc", .string(rfc)),
      ("forwardable", flag(forwardable)),
      ("globally_reachable", flag(globallyReachable)),
      ("reserved_by_protocol", flag(reservedByProtocol)),
    ])
  }
}

extension SpecialRegistryEntry {
  /// A data row; nil only if `block` is not a valid prefix (tests check every row parses).
  init?(
    _ block: String, _ name: String, _ rfc: String, _ allocated: String,
    terminated: String? = nil, _ flags: String
  ) {
    guard let prefix = try? IPPrefix(parsing: block) else { return nil }
    // Flags: five characters S D F G R, each T, F or '-' (N/A or blank).
    let f = Array(flags).map { c -> Bool? in c == "T" ? true : c == "F" ? false : nil }
    guard f.count == 5 else { return nil }
    self.prefix = prefix
    self.name = name
    self.rfc = rfc
    self.allocated = allocated
    self.terminated = terminated
    source = f[0]
    destination = f[1]
    forwardable = f[2]
    globallyReachable = f[3]
    reservedByProtocol = f[4]
  }
}
