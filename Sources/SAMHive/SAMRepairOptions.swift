/// What a SAM repair does. The defaults are the sysprep-recovery story: everything on.
public struct SAMRepairOptions: Sendable, Hashable {
  /// Blank the password: LM and NT hash lengths (V+0xa0, V+0xac) to 0, as chntpw `sampasswd -r`.
  public var clearPassword: Bool
  /// Enable and unlock: clear ACB_DISABLED and ACB_AUTOLOCK, zero badPwdCount (F+0x40), as
  /// chntpw `samunlock`.
  public var unlock: Bool
  /// When the account must change its password at next logon, set ACB_PWNOEXP, which cancels the
  /// requirement (MS-SAMR 3.1.5.14.4) and is what chntpw `samunlock` sets; pwdLastSet stays 0.
  public var clearMustChange: Bool
  /// Give USER_CHANGE_PASSWORD (0x40) back to the World and Self allow ACEs and drop it from deny
  /// ACEs for them, so "User cannot change password" is off (the reference's optional third step).
  public var allowPasswordChange: Bool
  /// Overwrite the copy path when it already exists (never when it is the source).
  public var force: Bool
  /// How the copy is made: edit the bytes in place (the default, as chntpw) or let libhivex
  /// rewrite the values (what happens anyway when a value's data cannot be placed).
  public var method: Method

  /// How the repaired copy is produced.
  public enum Method: Sendable, Hashable {
    /// The source's bytes with only the changed bytes replaced.
    case inPlace
    /// libhivex sets F and V (new cells) and commits the whole hive.
    case libhivex
  }

  public init(
    clearPassword: Bool = true, unlock: Bool = true, clearMustChange: Bool = true,
    allowPasswordChange: Bool = true, force: Bool = false, method: Method = .inPlace
  ) {
    self.method = method
    self.clearPassword = clearPassword
    self.unlock = unlock
    self.clearMustChange = clearMustChange
    self.allowPasswordChange = allowPasswordChange
    self.force = force
  }
}
