import Findings
import SAMHive

/// The post-sysprep lock-out: the built-in Administrator had "User cannot change password", the
/// generalised image demands a password change at first logon, the change is refused, and nobody
/// can log on. Recovered offline, on a copy of the SAM hive.
enum SysprepRecoveryWalkthrough {
  static let refs = [
    "MS-SAMR 3.1.5.14.4 PasswordMustChange generation",
    "MS-SAMR 3.1.5.12.1.1 SamrSetSecurityObject: user DACL forms (USER_CHANGE_PASSWORD 0x40)",
    "Microsoft: Unattend AdministratorPassword (Windows Server 2008: the password must be changed at first logon)",
    "chntpw libsam.c: sam_reset_pw, sam_handle_accountbits (what 'sampasswd -r' and 'samunlock' change)",
  ]

  static let walkthrough = Walkthrough(
    id: "sysprep-recovery",
    title: "Locked out after sysprep: must change the password, may not change it",
    summary: "the post-sysprep Administrator lock-out, read from the SAM hive and repaired on a copy",
    refs: refs,
    steps: [
      WalkStep(
        "story", .inform, title: "Why nobody can log on",
        text: """
          After sysprep the built-in Administrator must change its password at the first logon \
          (pwdLastSet is 0). If the account also has "User cannot change password" (its DACL \
          withholds USER_CHANGE_PASSWORD from Everyone and from itself), Windows asks for a new \
          password and then refuses to store it: "Access is denied", and the logon screen comes back.
          """,
        why: "the two flags are harmless apart; together they form a lock no password can open",
        refs: refs, next: "symptom"),
      WalkStep(
        "symptom", .ask, title: "The symptom",
        text: "At the logon screen, does Windows say the password must be changed, and then fail to change it?",
        why: "this sequence tells the lock-out apart from a wrong password or a disabled account",
        next: "hive",
        question: WalkQuestion(
          key: "symptom", prompt: "must change, then the change fails?",
          expect: .choice([
            WalkChoice("yes", "the change is refused (access denied)", next: "hive"),
            WalkChoice("no", "another message: wrong password, account disabled or locked", next: "other"),
          ]))),
      WalkStep(
        "hive", .ask, title: "The SAM hive, offline",
        text: """
          Boot the server from recovery media (WinPE, a rescue Linux) or attach its disk to \
          another machine, and copy Windows\\System32\\config\\SAM somewhere safe. Give the path of \
          that copy.
          """,
        why: "the account flags and the DACL live in the SAM hive; reading it offline changes nothing",
        next: "read",
        question: WalkQuestion(
          key: "hive", prompt: "the offline SAM hive", expect: .file,
          fromEnvironment: { context in
            if case .path(let path)? = context.environment?.artifacts["sam"] { return path }
            return nil
          })),
      WalkStep(
        "read", .check, title: "Read the accounts",
        text: "Reading every local account: flags, password last set, and who may change the password.",
        why: "the evidence decides the repair: which account, and which of the two flags are set",
        refs: refs, next: "plan",
        check: WalkCheck { context in readHive(context) },
        branches: [.passed: "no-lockout", .unknown: "hive"]),
      WalkStep(
        "plan", .act, title: "Repair a copy, never the original",
        text: """
          Keep the original hive untouched and write a repaired copy (the command is under the \
          check above: 'sam fix ... --to COPY'). It clears the password, enables and unlocks the \
          account, sets "password never expires" so no change is demanded, and gives back the right \
          to change the password. Each change is listed byte by byte.
          """,
        why: "a copy can be thrown away; an original SAM written wrongly leaves no way back",
        refs: refs, next: "copy"),
      WalkStep(
        "copy", .ask, title: "The repaired copy",
        text: "Give the path of the repaired copy 'sam fix' wrote.",
        why: "the copy is checked before anyone boots from it", next: "verify",
        question: WalkQuestion(key: "copy", prompt: "the repaired SAM hive", expect: .file)),
      WalkStep(
        "verify", .verify, title: "Check the copy",
        text: "Reading the repaired copy: the account must be enabled, not locked, and able to log on.",
        why: "verifying offline is cheaper than another failed boot", next: "finish",
        check: WalkCheck { context in verifyCopy(context) },
        branches: [.failed: "plan", .unknown: "copy"]),
      WalkStep(
        "finish", .act, title: "Put the copy in place and log on",
        text: """
          Keep the original as SAM.original, copy the repaired hive to Windows\\System32\\config\\SAM, \
          boot, and log on as the account with an empty password. Set a strong password at once, \
          then clear "Password never expires" and "User cannot change password" if policy requires.
          """,
        why: "a blank password must not outlive the first logon", refs: refs),
      WalkStep(
        "no-lockout", .inform, title: "The hive shows no lock-out",
        text: """
          No enabled account both must change its password and may not. Check the account you log \
          on with (is it the one you think?), whether it is disabled or locked out, and whether the \
          server is joined to a domain, where the domain account is the one that matters.
          """,
        why: "repairing a SAM that is not the cause only adds risk"),
      WalkStep(
        "other", .inform, title: "A different failure",
        text: """
          A wrong password, a disabled account or a lock-out by bad attempts is not this story. \
          'analyze sam FILE' still shows each account's flags, and 'sam fix' can enable and unlock \
          an account on a copy.
          """,
        why: "the repair here targets one specific deadlock"),
    ])

  static func readHive(_ context: WalkContext) -> WalkCheckResult {
    guard let path = context.path("hive") else { return WalkCheckResult(.unknown, "no hive given") }
    let shown = context.answers["hive"] ?? path
    let analysis: SAMAnalysis
    do {
      analysis = try SAMReader.analyze(FileReference(path: path, shown: shown))
    } catch {
      return WalkCheckResult(.unknown, "cannot read the hive: \(error)")
    }
    guard let stuck = analysis.accounts.first(where: { $0.hasChangeDeadlock }) else {
      return WalkCheckResult(.passed, "\(analysis.accounts.count) accounts, none locked out this way", findings: analysis.findings)
    }
    let findings = analysis.findings.filter { $0.severity == .error }
    return WalkCheckResult(
      .failed, "\(stuck.label) must change its password at next logon and may not change it",
      details: [
        "repair with: sam fix \(CommandQuoting.word(shown)) --account "
          + "\(CommandQuoting.word(stuck.name)) --to \(CommandQuoting.word(shown + ".fixed"))"
      ],
      findings: findings,
      facts: ["account": stuck.name, "rid": String(stuck.rid)])
  }

  static func verifyCopy(_ context: WalkContext) -> WalkCheckResult {
    guard let path = context.path("copy") else { return WalkCheckResult(.unknown, "no copy given") }
    if let original = context.path("hive"), original == path {
      return WalkCheckResult(.failed, "that is the original hive, not a repaired copy")
    }
    let analysis: SAMAnalysis
    do {
      analysis = try SAMReader.analyze(FileReference(path: path, shown: context.answers["copy"]))
    } catch {
      return WalkCheckResult(.unknown, "cannot read the copy: \(error)")
    }
    let name = context.facts["account"] ?? "Administrator"
    guard let account = analysis.account(named: name) else {
      return WalkCheckResult(.failed, "the copy has no account '\(name)'")
    }
    var problems: [String] = []
    if !account.enabled { problems.append("disabled") }
    if account.locked { problems.append("locked out") }
    if account.hasChangeDeadlock || account.mustChangePassword && !account.canChangePassword {
      problems.append("still must change and may not")
    }
    if !problems.isEmpty {
      return WalkCheckResult(.failed, "\(account.label) is \(problems.joined(separator: ", ")) in the copy")
    }
    return WalkCheckResult(
      .passed, "\(account.label) is enabled, unlocked and can log on\(account.passwordBlank ? " with an empty password" : "")")
  }
}
