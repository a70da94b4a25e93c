import WindowsSecurity

/// Whether an account may change its own password, read from the DACL stored in V.
///
/// "User cannot change password" (UF_PASSWD_CANT_CHANGE) is not an ACB bit: SAM keeps it as the
/// absence of USER_CHANGE_PASSWORD (0x40) from the ACEs for World (S-1-1-0) and for the user's own
/// SID (MS-SAMR 3.1.5.12.1.1, user DACL forms "a" and "b"; MS-SAMR 2.2.1.7 for the right).
///
/// The rule implemented: walk the DACL in order, as the access check of MS-DTYP 2.5.3.2 does, and
/// look only at ACEs for World or for S-1-5-21-…-RID. The first such ACE that mentions 0x40
/// decides: an allow ACE grants, a deny ACE refuses. No such ACE means the right is not granted.
/// A NULL DACL grants everything. Someone changing an expired password at logon is checked with
/// a token that holds World and the user's SID, so these two SIDs are the ones that matter.
public struct PasswordChangeRight: Sendable, Hashable {
  /// USER_CHANGE_PASSWORD, MS-SAMR 2.2.1.7.
  public static let userChangePassword: UInt32 = 0x0000_0040

  /// True when the account may change its own password.
  public var allowed: Bool
  /// The access mask of the first allow ACE for World, if any (0x2035b on a default account).
  public var worldMask: UInt32?
  /// The access mask of the first allow ACE for the user's own SID, if any (0x20044 by default).
  public var selfMask: UInt32?
  /// The ACEs that carry USER_CHANGE_PASSWORD decisions for World or Self, in DACL order.
  public var relevantEntries: [StoredACE]

  /// Applies the rule above to `dacl` for the account `rid`.
  init(dacl: [StoredACE], nullDACL: Bool, rid: UInt32) {
    let relevant = dacl.filter { $0.entry.trustee == .world || $0.entry.trustee.isAccount(rid: rid) }
    relevantEntries = relevant
    let allows = relevant.map(\.entry).filter { $0.type == .accessAllowed }
    worldMask = allows.first { $0.trustee == .world }?.mask.rawValue
    selfMask = allows.first { $0.trustee != .world }?.mask.rawValue
    if nullDACL {
      allowed = true
      return
    }
    let deciding = relevant.first { $0.entry.mask.rawValue & Self.userChangePassword != 0 }
    allowed = deciding?.entry.type == .accessAllowed
  }
}
