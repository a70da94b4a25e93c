import Findings

/// The rules run on each account of a SAM hive. Ids are stable; each cites its sources.
enum SAMRules {
  static let mustChangeRule = "MS-SAMR 3.1.5.14.4 PasswordMustChange Generation"
  static let daclRule = "MS-SAMR 3.1.5.12.1.1 SamrSetSecurityObject (user DACL forms a and b)"
  static let chntpw = "chntpw libsam.c sam_reset_pw / sam_handle_accountbits (rescatux/chntpw)"
  static let layout = "libyal winreg-kb: Security Accounts Manager keys (F and V layout)"
  static let serverFirstLogon =
    "Unattend AdministratorPassword (Windows Server 2008: must be changed at first logon)"

  static func findings(for account: SAMAccount, in file: FileReference) -> [Finding] {
    let evidence = SourceLocation(file, text: evidenceText(account))
    var result: [Finding] = []
    func add(_ id: String, _ severity: Severity, _ message: String, fix: String?, _ refs: [String])
    {
      result.append(
        Finding(
          id: id, severity: severity, subject: account.label, message: message,
          evidence: evidence, fix: fix, refs: refs))
    }
    if account.hasChangeDeadlock { result.append(deadlock(account, evidence)) }
    if account.locked {
      add(
        "SAM-ACCOUNT-LOCKED", .warning,
        "The account is locked out (ACB_AUTOLOCK 0x0400 set at F+0x38) after "
          + "\(account.fixed.badPasswordCount) bad passwords.",
        fix: "Unlock it: online with "
          + "`net user \(CommandQuoting.windows(account.name)) /active:yes` "
          + "from another admin, "
          + "or offline on a copy with `sam fix` (clears AUTOLOCK and the bad-password count).",
        [layout, chntpw])
    }
    if account.enabled, account.passwordNotRequired {
      add(
        "SAM-PASSWORD-NOT-REQUIRED", .warning,
        "The account is enabled and ACB_PWNOTREQ (0x0004) lets it keep an empty password.",
        fix: "Clear \"Password not required\" once a password is set.",
        ["MS-SAMR 2.2.1.12 USER_ACCOUNT Codes (USER_PASSWORD_NOT_REQUIRED)", layout])
    }
    if account.enabled, account.passwordBlank {
      add(
        "SAM-PASSWORD-BLANK", .warning,
        "The account is enabled and stores no NT hash (length "
          + "\(Hex.plain(account.variable.ntHashLength)) at V+0xac): its password is blank.",
        fix: "Log on and set a password at once.", [chntpw, layout])
    }
    if account.enabled, account.mustChangePassword, account.canChangePassword {
      add(
        "SAM-MUST-CHANGE", .info,
        "The account must change its password at next logon (pwdLastSet = 0, PWNOEXP clear) "
          + "and is allowed to, so logon will ask for a new password.",
        fix: nil, [mustChangeRule])
    }
    if account.fixed.rid != account.rid {
      add(
        "SAM-RID-MISMATCH", .warning,
        "The key name says RID \(account.rid) but F+0x30 holds \(account.fixed.rid); the hive "
          + "may be damaged or hand-edited.",
        fix: nil, [layout])
    }
    return result
  }

  private static func deadlock(_ account: SAMAccount, _ evidence: SourceLocation) -> Finding {
    let builtIn = account.rid == 500
    let who = builtIn ? "The built-in Administrator" : "The account"
    let message =
      "\(who) must change its password at next logon (pwdLastSet = 0, PWNOEXP "
      + "clear) but its DACL grants USER_CHANGE_PASSWORD (0x40) neither to World nor to itself "
      + "(\"User cannot change password\"), so the forced change fails with \"Access is denied\""
      + (builtIn ? ": the post-sysprep lock-out." : ".")
    let fix =
      "Offline, on a copy of the hive: clear the password (LM/NT hash lengths at V+0xa0 "
      + "and V+0xac to 0, as chntpw's sampasswd -r), enable and unlock the account and set "
      + "\"Password never expires\" (as chntpw's samunlock), and give USER_CHANGE_PASSWORD back "
      + "to World/Self; `sam fix FILE --account \(CommandQuoting.word(account.name)) --to COPY` "
      + "does all of this. "
      + "Put the copy in place as Windows\\System32\\config\\SAM, log on with a blank password "
      + "and set a new one at once."
    return Finding(
      id: builtIn ? "SAM-SYSPREP-LOCKOUT" : "SAM-MUST-CHANGE-CANNOT-CHANGE",
      severity: builtIn ? .error : .warning, subject: account.label, message: message,
      evidence: evidence, fix: fix,
      refs: [mustChangeRule, daclRule, chntpw] + (builtIn ? [serverFirstLogon] : []))
  }

  /// The fields a finding rests on, as one line.
  static func evidenceText(_ account: SAMAccount) -> String {
    let change = account.passwordChange
    let world = change.worldMask.map { Hex.plain($0) } ?? "none"
    let own = change.selfMask.map { Hex.plain($0) } ?? "none"
    return "\(account.keyPath): F+0x38 ACB=\(account.flags.summary), "
      + "F+0x18 pwdLastSet=\(account.fixed.passwordLastSet), "
      + "F+0x40 badPwdCount=\(account.fixed.badPasswordCount), "
      + "DACL World mask \(world), Self mask \(own)"
  }
}
