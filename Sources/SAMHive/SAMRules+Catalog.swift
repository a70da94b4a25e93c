import Findings

/// The rules `sam accounts` runs over each account of a hive, declared once for the catalog.
extension Rule {
  public static let samSysprepLockout = Rule(
    "SAM-SYSPREP-LOCKOUT", .error,
    title: "the built-in Administrator must change its password but is not allowed to",
    explanation: "pwdLastSet = 0 forces a change at logon, but the account's DACL denies "
      + "USER_CHANGE_PASSWORD to World and Self, so the change fails with \"Access is denied\": "
      + "the post-sysprep lock-out.",
    fix: "Offline on a copy of the hive, `sam fix FILE --account NAME --to COPY`, then put the "
      + "copy in place and set a new password at once.",
    sources: [
      SAMRules.mustChangeRule, SAMRules.daclRule, SAMRules.chntpw,
      SAMRules.serverFirstLogon,
    ])
  public static let samMustChangeCannotChange = Rule(
    "SAM-MUST-CHANGE-CANNOT-CHANGE", .warning,
    title: "an account must change its password but is not allowed to",
    explanation: "The forced change at logon needs USER_CHANGE_PASSWORD, which the DACL denies "
      + "(\"User cannot change password\"), so the account cannot log on.",
    fix: "Offline on a copy of the hive, `sam fix FILE --account NAME --to COPY`.",
    sources: [SAMRules.mustChangeRule, SAMRules.daclRule, SAMRules.chntpw])
  public static let samAccountLocked = Rule(
    "SAM-ACCOUNT-LOCKED", .warning, title: "the account is locked out",
    explanation: "ACB_AUTOLOCK (0x0400) is set after too many bad passwords; logons fail until "
      + "it is cleared or the lock-out duration passes.",
    fix: "Unlock it online from another admin, or offline on a copy with `sam fix`.",
    sources: [SAMRules.layout, SAMRules.chntpw])
  public static let samPasswordNotRequired = Rule(
    "SAM-PASSWORD-NOT-REQUIRED", .warning, title: "an enabled account may have an empty password",
    explanation: "ACB_PWNOTREQ (0x0004) lets the account keep an empty password whatever the "
      + "password policy says.",
    fix: "Clear \"Password not required\" once a password is set.",
    sources: [
      "MS-SAMR 2.2.1.12 USER_ACCOUNT Codes (USER_PASSWORD_NOT_REQUIRED)", SAMRules.layout,
    ])
  public static let samPasswordBlank = Rule(
    "SAM-PASSWORD-BLANK", .warning, title: "an enabled account has a blank password",
    explanation: "The account stores no NT hash, so anyone can log on with an empty password "
      + "where blank passwords are allowed.",
    fix: "Log on and set a password at once.", sources: [SAMRules.chntpw, SAMRules.layout])
  public static let samMustChange = Rule(
    "SAM-MUST-CHANGE", .info, title: "the account must change its password at next logon",
    explanation: "pwdLastSet = 0 and the account may change its password, so logon asks for a "
      + "new one; this is expected after an administrator reset.",
    fix: "None needed: choose a new password at logon.", sources: [SAMRules.mustChangeRule])
  public static let samRIDMismatch = Rule(
    "SAM-RID-MISMATCH", .warning, title: "the key name and the F value disagree on the RID",
    explanation: "The account key is named for its RID and F+0x30 repeats it; a difference means "
      + "a damaged or hand-edited hive.",
    fix: "Compare with a backup of the hive before relying on this account.",
    sources: [SAMRules.layout])

  /// Every SAM rule, for the catalog.
  public static let samRules: [Rule] = [
    .samSysprepLockout, .samMustChangeCannotChange, .samAccountLocked, .samPasswordNotRequired,
    .samPasswordBlank, .samMustChange, .samRIDMismatch,
  ]
}
