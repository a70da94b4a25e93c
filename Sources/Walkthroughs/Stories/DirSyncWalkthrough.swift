/// The DirSync unattended install: the two stages it had, and why today the answer is Entra
/// Connect (or Cloud Sync) instead.
enum DirSyncWalkthrough {
  static let upgrade =
    "Microsoft: Microsoft Entra Connect: Upgrade from DirSync (learn.microsoft.com/entra/identity/hybrid/connect/how-to-dirsync-upgrade-get-started)"
  static let endOfSupport =
    "DirSync and Azure AD Sync end of support: 13 April 2017 (as reported by nolabnoparty.com; Microsoft's upgrade page says both no longer work)"
  static let refs = [upgrade, endOfSupport]

  static let walkthrough = Walkthrough(
    id: "dirsync-unattended",
    title: "The DirSync unattended install, and what replaced it",
    summary:
      "the DirSync unattended install (install, then configure) and its retirement for Entra Connect",
    refs: refs,
    steps: [
      WalkStep(
        "what", .inform, title: "What DirSync was",
        text: """
          DirSync (the Windows Azure Active Directory Sync tool) synchronised one on-premises \
          forest to Azure AD / Office 365. Azure AD Sync followed in 2014 and Azure AD Connect, \
          now Microsoft Entra Connect, in 2015. Microsoft states that DirSync and Azure AD Sync \
          are not supported and no longer work: sync with them has stopped.
          """,
        why: "an old unattended script will install software that cannot sync any more",
        refs: refs, next: "goal"),
      WalkStep(
        "goal", .ask, title: "Why are you looking at it?",
        text: "Are you reading an old deployment script, or do you need directory sync now?",
        why: "the history matters only to understand old scripts",
        next: "stages",
        question: WalkQuestion(
          key: "goal", prompt: "the goal",
          expect: .choice([
            WalkChoice("script", "understand an old DirSync script or runbook", next: "stages"),
            WalkChoice("sync", "set up or repair sync today", next: "today"),
            WalkChoice("upgrade", "a DirSync server is still installed", next: "upgrade"),
          ]))),
      WalkStep(
        "stages", .inform, title: "Two stages: install, then configure",
        text: """
          A DirSync 'unattended install' only ever automated the first stage: the installer run \
          quietly (scripts of the time use dirsync.exe /quiet, and /fullsql to use a full SQL \
          Server instead of the bundled SQL Express; these switches are not checked against a \
          Microsoft page here). The second stage, the Configuration Wizard, asked for a cloud \
          global administrator and an on-premises Enterprise Admin, and ran the first sync.
          """,
        why: "a script that stops after the installer leaves a server that syncs nothing",
        refs: [endOfSupport], next: "today"),
      WalkStep(
        "today", .act, title: "Today: Entra Connect or Cloud Sync",
        text: """
          Install Microsoft Entra Connect (one server, its own wizard, express or custom settings) \
          or, for simpler multi-forest or lightweight needs, Microsoft Entra Cloud Sync agents. \
          Give the wizard an Entra global (or hybrid identity) administrator and an Enterprise \
          Admin; it creates its own connector account in AD.
          """,
        why: "these are the sync engines Microsoft supports now",
        refs: [upgrade]),
      WalkStep(
        "upgrade", .act, title: "Upgrade the DirSync server",
        text: """
          Microsoft's upgrade page offers an in-place upgrade (the Entra Connect installer finds \
          DirSync and takes its configuration; for directories under 50,000 objects) or a parallel \
          deployment on a new server for larger ones. Do not roll back to DirSync once Entra \
          Connect has synced: Microsoft warns that downgrading can lose data.
          """,
        why: "the upgrade keeps the existing matching of on-premises and cloud objects",
        refs: [upgrade]),
    ])
}
