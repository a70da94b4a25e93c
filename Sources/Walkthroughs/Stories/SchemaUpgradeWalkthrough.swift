/// Running the schema upgrade (adprep, Exchange /PrepareSchema) on a server without a DVD drive:
/// mount or copy the media, and use the build that fits the server's architecture.
enum SchemaUpgradeWalkthrough {
  static let adprep =
    "Microsoft: Running Adprep (learn.microsoft.com/windows-server/identity/ad-ds/deploy/running-adprep)"
  static let exchange =
    "Microsoft: Prepare Active Directory and domains for Exchange Server (Setup.exe /PrepareSchema)"
  static let mount =
    "Microsoft: Mount-DiskImage (Storage module, Windows 8 / Windows Server 2012 and later)"
  static let refs = [adprep, exchange, mount]

  static let walkthrough = Walkthrough(
    id: "schema-upgrade-no-dvd",
    title: "Run the schema upgrade without a DVD drive",
    summary:
      "running adprep / Exchange /PrepareSchema without a DVD drive (mount or copy, right architecture)",
    refs: refs,
    steps: [
      WalkStep(
        "what", .inform, title: "The tool is on the media, not on the server",
        text: """
          adprep ships on the Windows Server media (\\support\\adprep from 2008 R2 on; \\sources\\adprep \
          on 2008) and Exchange's schema update is Setup.exe on the Exchange media. Neither needs \
          an optical drive: a mounted ISO or a copied folder works, as long as the tool runs with \
          rights on the schema master (Schema Admins and Enterprise Admins).
          """,
        why: "the DVD is only a container; what matters is the tool, the rights and the target",
        refs: [adprep, exchange], next: "tool"),
      WalkStep(
        "tool", .ask, title: "Which schema update?",
        text: "Are you extending the schema for a new Windows Server (adprep) or for Exchange?",
        why: "the two tools live in different places and take different switches",
        next: "arch",
        question: WalkQuestion(
          key: "tool", prompt: "the schema update",
          expect: .choice([
            WalkChoice("adprep", "Windows Server: adprep /forestprep, /domainprep", next: "arch"),
            WalkChoice("exchange", "Exchange: Setup.exe /PrepareSchema", next: "media"),
          ]))),
      WalkStep(
        "arch", .ask, title: "Where will adprep run?",
        text: "Is the server you run adprep on 64-bit or 32-bit?",
        why:
          "Windows Server 2008 R2 media carry adprep.exe (64-bit) and adprep32.exe (32-bit); 2012 and later ship only a 64-bit adprep",
        next: "media",
        question: WalkQuestion(
          key: "arch", prompt: "the server's architecture",
          expect: .choice([
            WalkChoice("x64", "64-bit: run adprep.exe"),
            WalkChoice(
              "x86",
              "32-bit (e.g. an old 2003/2008 DC): adprep32.exe from 2008 R2 media, or run from a 64-bit member",
              next: "media"),
          ]))),
      WalkStep(
        "media", .act, title: "Mount or copy the media",
        text: """
          On Windows Server 2012 / Windows 8 or later: Mount-DiskImage -ImagePath D:\\iso\\media.iso, \
          then Get-Volume to find its letter. On older servers: mount or extract the ISO on another \
          machine and copy the folder (\\support\\adprep, or the whole Exchange media) to the server \
          over the network. Run from the copy: the tools do not need the DVD's volume label.
          """,
        why: "a copy of the folder is as good as the disc",
        refs: [mount, adprep], next: "run"),
      WalkStep(
        "run", .act, title: "Run it against the schema master",
        text: """
          adprep: adprep /forestprep, then adprep /domainprep in each domain, from an elevated \
          prompt as a member of Schema Admins, Enterprise Admins and Domain Admins. \
          Exchange: Setup.exe /PrepareSchema with the licence-terms switch its version requires \
          (/IAcceptExchangeServerLicenseTerms, or the _DiagnosticDataON/OFF form in recent updates).
          """,
        why: "the schema master applies the change; the rest of the forest replicates it",
        refs: [adprep, exchange], next: "verify"),
      WalkStep(
        "verify", .act, title: "Check the schema version",
        text: """
          Get-ADObject (Get-ADRootDSE).schemaNamingContext -Properties objectVersion \
          (the Windows schema version); for Exchange, the rangeUpper of \
          CN=ms-Exch-Schema-Version-Pt in the schema partition. Wait for replication before \
          installing the first server of the new version.
          """,
        why: "the version number is the proof that the update ran and replicated",
        refs: [adprep, exchange]),
    ])
}
