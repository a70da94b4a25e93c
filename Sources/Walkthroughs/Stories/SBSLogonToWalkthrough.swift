/// Small/Essential Business Server and "Log On To" (userWorkstations): what the restriction does,
/// what it does not do for licensing, and the limits SBS itself imposes.
enum SBSLogonToWalkthrough {
  static let attribute =
    "Microsoft: User-Workstations attribute (userWorkstations; learn.microsoft.com/windows/win32/adschema/a-userworkstations)"
  static let sbsLimits =
    "Microsoft: Windows Small Business Server 2011 Standard and 2008 (75 users or devices; the server holds every FSMO role, forest root, no trusts)"
  static let essentials = "Microsoft: Windows Server 2012 R2 Essentials (25 users, 50 devices)"
  static let refs = [attribute, sbsLimits, essentials]

  static let walkthrough = Walkthrough(
    id: "sbs-logon-to",
    title: "'Log On To' on Small/Essential Business Server",
    summary: "SBS/Essentials 'Log On To' (userWorkstations) restrictions versus the licence limits",
    refs: refs,
    steps: [
      WalkStep(
        "what", .inform, title: "What 'Log On To' does",
        text: """
          The Account tab's 'Log On To...' list is stored in the user's userWorkstations \
          attribute: the computer names, comma-separated, from which the user may log on. Domain \
          controllers refuse a logon that names another workstation. It controls where a person \
          may sit; it counts nothing.
          """,
        why: "it is an access control, often mistaken for a licensing tool",
        refs: [attribute], next: "goal"),
      WalkStep(
        "goal", .ask, title: "What should the restriction achieve?",
        text: "Are you restricting where users log on, or trying to stay within the SBS licence?",
        why: "the two goals need different tools",
        next: "limits",
        question: WalkQuestion(
          key: "goal", prompt: "the goal",
          expect: .choice([
            WalkChoice("where", "restrict which computers each user can use", next: "set"),
            WalkChoice(
              "licence", "keep within the licence limits", next: "limits", aliases: ["license"]),
          ]))),
      WalkStep(
        "limits", .inform, title: "The licence limits are elsewhere",
        text: """
          SBS 2008 and SBS 2011 Standard allow up to 75 users or devices with CALs, and the SBS \
          server must be the forest root holding every FSMO role, without trusts; Windows Server \
          2012 R2 Essentials allows 25 users and 50 devices. Every user or device that uses the \
          server needs its CAL whatever 'Log On To' says: the list reduces neither count.
          """,
        why: "restricting logons does not change how many users or devices need a licence",
        refs: [sbsLimits, essentials], next: "set"),
      WalkStep(
        "set", .act, title: "Set the list, including the servers that log users on",
        text: """
          Active Directory Users and Computers > user > Account > Log On To, or \
          Set-ADUser <user> -LogonWorkstations "PC01,PC02". Services that log the user on at the \
          server (web access such as Remote Web Access or OWA with forms logon) present the \
          server's own name; if those fail after the change, add the SBS server's name to the list \
          (reported by administrators; not documented by Microsoft).
          """,
        why: "a list without the server's name can lock users out of the web services",
        refs: [attribute], next: "verify"),
      WalkStep(
        "verify", .ask, title: "Can the user log on where allowed, and only there?",
        text: "Try an allowed computer, a forbidden one, and the web services.",
        why: "the restriction must both block and allow",
        question: WalkQuestion(
          key: "works", prompt: "does it behave as intended?",
          expect: .choice([
            WalkChoice("yes", "yes: done"), WalkChoice("no", "no: revisit the list", next: "set"),
          ]))),
    ])
}
