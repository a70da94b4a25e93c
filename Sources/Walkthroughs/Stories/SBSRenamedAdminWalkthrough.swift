/// SBS / Essentials set-up (or migration) failing when a Group Policy renames the Administrator
/// account.
enum SBSRenamedAdminWalkthrough {
  static let renamePolicy =
    "Microsoft: Accounts: Rename administrator account (security policy setting; the account keeps its well-known SID ending in -500)"
  static let gpresult = "Microsoft: gpresult (command reference)"
  static let refs = [renamePolicy, gpresult]

  static let walkthrough = Walkthrough(
    id: "sbs-renamed-admin",
    title: "SBS set-up fails after a policy renamed Administrator",
    summary: "SBS/Essentials set-up failing when a Group Policy renames the Administrator account",
    refs: refs,
    steps: [
      WalkStep(
        "what", .inform, title: "What the policy changes",
        text: """
          'Accounts: Rename administrator account' (Security Options) renames the built-in \
          Administrator; the account keeps its SID (ending in -500). Applied to domain \
          controllers it renames the domain's Administrator. Administrators report that \
          SBS/Essentials set-up and its wizards fail while the account has another name; \
          Microsoft does not document which step looks it up by name.
          """,
        why: "a renamed account looks like a missing one to anything that searches by name",
        refs: [renamePolicy], next: "find"),
      WalkStep(
        "find", .act, title: "Find the policy and the account's current name",
        text: """
          gpresult /scope computer /h gp.html   (look for 'Rename administrator account' and its GPO)
          Get-ADUser -Filter * | Where-Object { $_.SID -like '*-500' } | Select-Object Name, SamAccountName
          """,
        why: "the GPO to change and the name to restore are both needed",
        refs: refs, next: "undo"),
      WalkStep(
        "undo", .act, title: "Exclude the server, restore the name, run set-up",
        text: """
          Unlink the GPO from the server's OU for the duration (or deny it Apply Group Policy \
          through security filtering), gpupdate /force, rename the -500 account back to \
          Administrator (Rename-ADObject, and set its sAMAccountName), run set-up or the migration, \
          then re-apply the policy.
          """,
        why: "set-up needs the name only while it runs; the policy can return afterwards",
        refs: refs, next: "verify"),
      WalkStep(
        "verify", .ask, title: "Did set-up finish?",
        text: "Run set-up (or the failing wizard) again.",
        why: "only a completed set-up proves the cause",
        question: WalkQuestion(
          key: "finished", prompt: "did set-up complete?",
          expect: .choice([
            WalkChoice("yes", "yes: re-apply the policy"),
            WalkChoice("no", "no: read the set-up log", next: "logs"),
          ]))),
      WalkStep(
        "logs", .inform, title: "Read the set-up log",
        text:
          "Open the set-up logs the product writes (for SBS 2008/2011 under %ProgramFiles%\\Windows Small Business Server\\Logs) and look for the first error.",
        why: "if the name was not the cause, the log's first error is the next lead"),
    ])
}
