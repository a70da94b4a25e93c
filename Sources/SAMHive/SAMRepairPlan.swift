import WindowsSecurity

/// The byte edits a repair makes to one account's F and V, computed without touching any file,
/// so tests and the walkthrough can show the plan before a copy is written.
public struct SAMRepairPlan: Sendable, Hashable {
  /// F after the edits.
  public var f: [UInt8]
  /// V after the edits.
  public var v: [UInt8]
  /// Each changed field, in F-then-V offset order; empty when nothing needed changing.
  public var changes: [SAMChange]
  /// What the options asked for but the account's data did not allow (e.g. no World ACE).
  public var notes: [String]
  /// Why this repair may not be what was meant: the account is Guest, or nothing locks it out.
  public var warnings: [String]

  static let chntpwUnlock = "as chntpw samunlock (sam_handle_accountbits)"
  static let chntpwClear = "as chntpw sampasswd -r (sam_reset_pw)"

  /// Plans the edits for `account`, whose raw values are `f` and `v` (already validated).
  init(account: SAMAccount, f: [UInt8], v: [UInt8], options: SAMRepairOptions) {
    self.f = f
    self.v = v
    changes = []
    notes = []
    warnings = Self.warnings(for: account)
    planFlags(account, options)
    if options.clearPassword { planClearPassword() }
    if options.allowPasswordChange, !account.canChangePassword { planDACL(account) }
  }

  /// Guest (RID 501, well-known: MS-DTYP 2.4.2.4) enabled with a blank password lets anyone
  /// log on; an account that is enabled, not locked out and not caught in the change deadlock
  /// has nothing to repair, so the edits only weaken it.
  static func warnings(for account: SAMAccount) -> [String] {
    var warnings: [String] = []
    if account.rid == 501 {
      warnings.append(
        "\(account.label) is the built-in Guest account: repaired, it is enabled and anyone "
          + "can log on as Guest with a blank password; the sysprep lock-out concerns the "
          + "Administrator (RID 500)")
    }
    if account.enabled, !account.locked, !account.hasChangeDeadlock {
      warnings.append(
        "nothing locks \(account.label) out: it is enabled, not locked, and not made to change "
          + "a password it may not change; the repair only weakens it (a blank password)")
    }
    return warnings
  }

  private mutating func planFlags(_ account: SAMAccount, _ options: SAMRepairOptions) {
    var flags = account.flags
    var why: [String] = []
    if options.unlock, flags.contains(.disabled) || flags.contains(.autoLocked) {
      flags.remove([.disabled, .autoLocked])
      why.append("enable and unlock (clear DISABLED 0x0001 and AUTOLOCK 0x0400)")
    }
    if options.clearMustChange, account.mustChangePassword {
      flags.insert(.passwordNeverExpires)
      why.append(
        "set PWNOEXP 0x0200 so pwdLastSet = 0 no longer forces a change at next logon "
          + "(MS-SAMR 3.1.5.14.4)")
    }
    let offset = UserFixedRecord.Offset.accountControl
    if flags != account.flags {
      edit(
        "F", offset, width: 2, UInt32(flags.rawValue), field: "ACB flags",
        meaning: { AccountControl(rawValue: UInt16($0)).summary },
        reason: why.joined(separator: "; ") + ", " + Self.chntpwUnlock)
    }
    let badCount = UserFixedRecord.Offset.badPasswordCount
    if options.unlock, account.fixed.badPasswordCount != 0 {
      edit(
        "F", badCount, width: 2, 0, field: "badPwdCount", meaning: { String($0) },
        reason: "reset the bad-password count with the lock-out, " + Self.chntpwUnlock)
    }
  }

  private mutating func planClearPassword() {
    let hashes: [(UserVariableRecord.Entry, String)] = [(.lmHash, "LM"), (.ntHash, "NT")]
    for (entry, name) in hashes {
      edit(
        "V", entry.lengthOffset, width: 4, 0, field: "\(name) hash length",
        meaning: { "\($0) bytes" },
        reason: "a zero-length hash makes the password blank, " + Self.chntpwClear
          + "; the hash bytes stay in V, unreferenced")
    }
  }

  private mutating func planDACL(_ account: SAMAccount) {
    let right = PasswordChangeRight.userChangePassword
    var grantedWorld = false
    var grantedSelf = false
    for stored in account.passwordChange.relevantEntries {
      let ace = (mask: stored.entry.mask.rawValue, maskOffsetInV: stored.maskOffsetInV)
      let who = stored.entry.trustee == .world ? "World" : "Self"
      switch stored.entry.type {
      case .accessDenied where ace.mask & right != 0:
        edit(
          "V", ace.maskOffsetInV, width: 4, ace.mask & ~right, field: "\(who) deny ACE mask",
          meaning: { Hex.plain($0) },
          reason: "stop denying USER_CHANGE_PASSWORD 0x40 (\"User cannot change password\")")
      case .accessAllowed where (who == "World" && !grantedWorld) || (who == "Self" && !grantedSelf):
        if who == "World" { grantedWorld = true } else { grantedSelf = true }
        guard ace.mask & right == 0 else { continue }
        edit(
          "V", ace.maskOffsetInV, width: 4, ace.mask | right, field: "\(who) ACE mask",
          meaning: { Hex.plain($0) },
          reason: "grant USER_CHANGE_PASSWORD 0x40 again (MS-SAMR 3.1.5.12.1.1 DACL form a)")
      default: continue
      }
    }
    if !grantedWorld, !grantedSelf {
      notes.append(
        "no allow ACE for World or Self to extend; \"User cannot change password\" "
          + "stays on (PWNOEXP still lifts the must-change requirement)")
    }
  }

  /// Writes `newValue` (little-endian, `width` bytes) at `offset` of F or V and records it when
  /// the bytes differ.
  private mutating func edit(
    _ value: String, _ offset: Int, width: Int, _ newValue: UInt32, field: String,
    meaning: (UInt32) -> String, reason: String
  ) {
    let old = value == "F" ? f : v
    guard let before = old.slice(at: offset, length: width) else {
      notes.append("\(value)+\(Hex.plain(offset)) is past the end of \(value); not changed")
      return
    }
    var after = before
    for i in 0..<width { after[i] = UInt8((newValue >> (8 * UInt32(i))) & 0xff) }
    guard after != before else { return }
    let oldValue = before.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.1) << (8 * $1.0) }
    if value == "F" {
      f.replaceSubrange(offset..<(offset + width), with: after)
    } else {
      v.replaceSubrange(offset..<(offset + width), with: after)
    }
    changes.append(
      SAMChange(
        value: value, offset: offset, field: field, before: before, after: after,
        meaningBefore: meaning(oldValue), meaningAfter: meaning(newValue), reason: reason))
  }
}
