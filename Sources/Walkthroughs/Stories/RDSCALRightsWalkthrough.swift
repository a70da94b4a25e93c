import Findings

/// RDS User CAL Software Assurance rights on Azure and third-party shared servers: what the
/// July 2013 and January 2014 licensing changes allow, decided from the answers.
enum RDSCALRightsWalkthrough {
  static let panzano =
    "Microsoft (Luis Panzano, MSDN blog, 2013-07-15, updated 2014-12-03): Remote Desktop Services are now allowed on Windows Azure"
  static let pur2014 =
    "Microsoft Volume Licensing Product Use Rights, January 2014: RDS User CAL Extended Rights (Software Assurance benefits); summarised by Licensing School, 2014-01-16"
  static let productTerms =
    "Microsoft Product Terms: Remote Desktop Services; License Mobility through Software Assurance; Outsourcing Software Management"
  static let refs = [pur2014, panzano, productTerms]

  static let walkthrough = Walkthrough(
    id: "rds-cal-sa",
    title: "RDS User CALs with Software Assurance on Azure and third-party hosts",
    summary: "RDS User CAL SA rights on Azure and third-party hosts (the 2014 licensing change)",
    refs: refs,
    steps: [
      WalkStep(
        "history", .inform, title: "What changed in 2013 and 2014",
        text: """
          Until July 2013 an Azure Windows Server VM allowed only the two administrative remote \
          sessions. From 1 July 2013 RDS was allowed on Azure VMs with RDS Subscriber Access \
          Licenses (SALs) bought through SPLA; RDS CALs from volume licensing had no mobility to \
          shared clouds. From 1 January 2014, RDS User CALs with active Software Assurance carry \
          'RDS User CAL Extended Rights': each user may also reach session-based RDS on one shared \
          environment, Azure or a License Mobility partner, besides the customer's own servers. \
          Device CALs and VDI (client Windows) desktops are not covered.
          """,
        why: "which licence covers a hosted RDS farm depends on these dates and on the CAL type",
        refs: refs, next: "host"),
      WalkStep(
        "host", .ask, title: "Where do the RD Session Hosts run?",
        text: "Where do the Windows Server VMs that run the sessions live?",
        why: "the extended rights are about shared (multi-tenant) servers",
        next: "cal",
        question: WalkQuestion(
          key: "host", prompt: "where the session hosts run",
          expect: .choice([
            WalkChoice("azure", "Azure VMs"),
            WalkChoice(
              "partner", "a third-party hoster's shared servers (License Mobility partner)"),
            WalkChoice("onprem", "the customer's own servers", next: "onprem"),
          ]))),
      WalkStep(
        "cal", .ask, title: "Which licences do the users have?",
        text: "Which licences cover the users' access?",
        why: "only User CALs with active SA, or SALs through SPLA, reach shared servers",
        next: "desktop",
        question: WalkQuestion(
          key: "cal", prompt: "the users' RDS licences",
          expect: .choice([
            WalkChoice("user-sa", "RDS User CALs (or User SLs) with active Software Assurance"),
            WalkChoice("user", "RDS User CALs without active SA"),
            WalkChoice("device", "RDS Device CALs"),
            WalkChoice("sal", "RDS SALs through the hoster's SPLA"),
          ]))),
      WalkStep(
        "desktop", .ask, title: "Session desktops or VDI?",
        text:
          "Do users get sessions on Windows Server (RD Session Host) or their own client Windows VMs (VDI)?",
        why: "the extended rights cover session-based desktops only",
        next: "verdict",
        question: WalkQuestion(
          key: "desktop", prompt: "the kind of desktop",
          expect: .choice([
            WalkChoice("session", "sessions on Windows Server"),
            WalkChoice("vdi", "VDI: client Windows VMs"),
          ]))),
      WalkStep(
        "verdict", .check, title: "Are the users licensed?",
        text: "Putting the answers against the Product Use Rights.",
        why: "a licence gap is found before an audit, not during one",
        next: "covered",
        check: WalkCheck { context in verdict(context.answers) },
        branches: [.failed: "options"]),
      WalkStep(
        "options", .act, title: "Close the gap",
        text: """
          Options: renew or add Software Assurance on the User CALs (and designate the partner \
          through License Mobility verification when it is not Azure); or have the hoster license \
          the users with RDS SALs through SPLA; for VDI desktops on shared servers, use a service \
          licensed for it rather than CAL rights. Confirm with the current Product Terms.
          """,
        why: "each option maps to one clause of the Product Terms",
        refs: refs),
      WalkStep(
        "covered", .inform, title: "Covered",
        text:
          "The answers describe a licensed set-up. Keep the SA dates (or the SPLA reports) with the farm's records.",
        why: "the right lasts only as long as the SA or the SPLA subscription"),
      WalkStep(
        "onprem", .inform, title: "Own servers",
        text: """
          On the customer's own servers RDS CALs (user or device) apply as they always did; SA is \
          not needed. Dedicated hosting by a third party falls under the Product Terms' \
          Outsourcing Software Management clause, which changed in October 2019.
          """,
        why: "the 2014 extended rights matter only for shared servers",
        refs: [productTerms]),
    ])

  /// The verdict from the answers `host`, `cal` and `desktop`.
  static func verdict(_ answers: [String: String]) -> WalkCheckResult {
    guard let cal = answers["cal"], let host = answers["host"] else {
      return WalkCheckResult(.unknown, "the licence and the host are not both answered")
    }
    let place = host == "azure" ? "Azure" : "a third party's shared servers"
    var findings: [Finding] = []
    func add(_ rule: Rule, _ message: String, _ fix: String) {
      findings.append(
        Finding(
          rule, subject: "RDS on \(place)", message: message, fix: fix,
          refs: refs))
    }
    switch cal {
    case "device":
      add(
        .rdsCALDevice,
        "RDS Device CALs carry no extended rights: they cover access to the customer's own servers only",
        "use User CALs with SA, or RDS SALs through SPLA")
    case "user":
      add(
        .rdsCALNoSA,
        "User CALs without active Software Assurance do not carry the January 2014 extended rights",
        "add or renew SA on the User CALs, or license through SPLA")
    default: break
    }
    if answers["desktop"] == "vdi" {
      add(
        .rdsCALVDIShared,
        "the extended rights cover session-based desktops, not VDI (client Windows) desktops on shared servers",
        "serve Windows Server sessions instead, or use a service licensed for hosted client desktops"
      )
    }
    let covered =
      cal == "sal"
      ? "the hoster's SPLA SALs license the users"
      : "User CALs with SA cover sessions on \(place) (one shared environment per user)"
    return .judging(
      findings, problem: "the users are not licensed for RDS on \(place)", clean: covered)
  }
}
