import AddressKit
import Findings

/// What a rule pack says about one address in each role: for the `addr` command's verdict line
/// (169.254.0.1 under azure-2014: refused in a VNet, gateway subnet, P2S pool or local site;
/// allowed only inside S2S tunnel interfaces).
public struct AddressVerdict: Sendable {
  /// One role's answer: allowed, or refused by these rules.
  public struct RoleVerdict: Sendable {
    /// The role judged.
    public let role: PlacementRole
    /// Ids of the rules that refuse the address in this role (empty: allowed).
    public let refusedBy: [String]
    /// True when no rule refuses the address in this role.
    public var isAllowed: Bool { refusedBy.isEmpty }
  }

  /// The address judged (zone dropped).
  public let address: IPAddress
  /// The rule pack id.
  public let pack: String
  /// One verdict per role, in the pack's order.
  public let roles: [RoleVerdict]

  /// `allowed in: ...; not allowed in: ...` in the pack's role order.
  public var summary: String {
    let allowed = roles.filter(\.isAllowed).map(\.role.rawValue)
    let refused = roles.filter { !$0.isAllowed }.map(\.role.rawValue)
    if refused.isEmpty { return "allowed in every role (\(pack))" }
    if allowed.isEmpty { return "not allowed in any role (\(pack))" }
    return "not allowed in \(refused.joined(separator: ", ")); only in "
      + "\(allowed.joined(separator: ", ")) (\(pack))"
  }

  /// `{address, rule_pack, roles: [{role, allowed, refused_by}], summary}`.
  public var json: JSONValue {
    .object([
      ("address", .string(address.canonicalText)),
      ("rule_pack", .string(pack)),
      (
        "roles",
        .array(
          roles.map {
            .object([
              ("role", .string($0.role.rawValue)),
              ("allowed", .bool($0.isAllowed)),
              ("refused_by", .array($0.refusedBy.map(JSONValue.string))),
            ])
          })
      ),
      ("summary", .string(summary)),
    ])
  }
}

extension RulePack {
  /// The pack's per-entry rules applied to `address` (as a /32 or /128) in each verdict role.
  public func verdict(for address: IPAddress) -> AddressVerdict {
    let host = IPPrefix.host(address)
    let verdicts = verdictRoles.map { role in
      let entry = PlanEntry(owner: address.canonicalText, role: role, prefix: host)
      let refused = rules.filter {
        $0.check.isPerEntry && perEntryProblem($0.check, entry) != nil
      }.map(\.id)
      return AddressVerdict.RoleVerdict(role: role, refusedBy: refused)
    }
    return AddressVerdict(address: address.withoutZone, pack: id, roles: verdicts)
  }
}
