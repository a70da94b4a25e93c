/// One local account from an offline SAM hive, with the raw fields and the states an engineer
/// asks about: enabled, locked, must change, may change.
public struct SAMAccount: Sendable, Hashable {
  /// The relative identifier (500 = built-in Administrator, 501 = Guest).
  public var rid: UInt32
  /// The account name (from V; the `Names` subkey when V's is empty).
  public var name: String
  /// The full name, empty when none is stored.
  public var fullName: String
  /// The admin comment, empty when none is stored.
  public var comment: String
  /// The decoded F value.
  public var fixed: UserFixedRecord
  /// The decoded V value (names, hash lengths, where the descriptor is).
  public var variable: UserVariableRecord
  /// The DACL-derived "may change own password" state.
  public var passwordChange: PasswordChangeRight
  /// The registry key holding the account, `SAM\Domains\Account\Users\000001F4`.
  public var keyPath: String

  /// The account's ACB flags (F+0x38).
  public var flags: AccountControl { fixed.accountControl }
  /// Not disabled (ACB_DISABLED clear).
  public var enabled: Bool { !flags.contains(.disabled) }
  /// Locked out (ACB_AUTOLOCK set).
  public var locked: Bool { flags.contains(.autoLocked) }
  /// "Password never expires" (ACB_PWNOEXP).
  public var passwordNeverExpires: Bool { flags.contains(.passwordNeverExpires) }
  /// "Password not required" (ACB_PWNOTREQ).
  public var passwordNotRequired: Bool { flags.contains(.passwordNotRequired) }

  /// "User must change password at next logon": pwdLastSet is 0 and PWNOEXP is clear
  /// (MS-SAMR 3.1.5.14.4 PasswordMustChange generation, steps 1 and 2).
  public var mustChangePassword: Bool {
    fixed.passwordLastSet.isZero && !passwordNeverExpires
  }

  /// The account may change its own password (see `PasswordChangeRight` for the rule).
  public var canChangePassword: Bool { passwordChange.allowed }

  /// No NT hash is stored, so the password is blank. An NT entry holds a hash when it is 0x14
  /// bytes (RC4 era: 4-byte header + 16) or longer than 0x18 (AES era: 0x18-byte header + data,
  /// 0x38 in total); 0 (what chntpw's "clear password" leaves), 4 or 0x18 is a header or nothing.
  /// Observed on the turbinia SAM: accounts with a password 0x38, Guest/DefaultAccount 0x18.
  public var passwordBlank: Bool {
    let length = variable.ntHashLength
    return !(length == 0x14 || length > 0x18)
  }

  /// The post-sysprep lock-out: enabled, must change at next logon, but may not change the
  /// password, so LogonUI asks for a change the DACL refuses ("Access is denied").
  public var hasChangeDeadlock: Bool { enabled && mustChangePassword && !canChangePassword }

  /// `Administrator (RID 500)` for messages.
  public var label: String { "\(name) (RID \(rid))" }
}
