import EnvironmentModel
import Findings

/// Running a legacy OS in an Azure VM: it may run, but is it supported? Answered from a small
/// sourced table of support dates and Azure's statements.
enum LegacyOSWalkthrough {
  static let walkthrough = Walkthrough(
    id: "legacy-os-on-azure",
    title: "A legacy OS in an Azure VM: runs versus supported",
    summary: "running a legacy OS in an Azure VM: runs versus supported (end of support, ESU)",
    refs: LegacyOSSupport.sources,
    steps: [
      WalkStep(
        "what", .inform, title: "Running is not the same as supported",
        text: """
          Azure runs almost any x64 guest that boots on Hyper-V, so an old server uploaded as a VHD \
          usually starts. Support is a separate question with two parts: Microsoft's lifecycle for \
          the OS (extended support, then paid or Azure-included Extended Security Updates), and \
          Microsoft's list of server software supported on Azure VMs.
          """,
        why: "an unsupported OS gets no security updates and no help when it breaks",
        refs: LegacyOSSupport.sources, next: "os"),
      WalkStep(
        "os", .ask, title: "Which OS?",
        text: "Which Windows Server release does the VM run?",
        why: "support dates are per release",
        next: "judge",
        question: WalkQuestion(
          key: "os", prompt: "the operating system",
          expect: .choice(
            LegacyOSSupport.releases.map { WalkChoice($0.id, $0.name) }
              + [WalkChoice("other", "something else (Linux, a client OS, NT 4.0)", next: "other")]),
          interpret: { LegacyOSSupport.read($0) })),
      WalkStep(
        "judge", .check, title: "Supported, ESU only, or unsupported",
        text: "Looking the release up in the table (checked against its sources on \(LegacyOSSupport.asOf)).",
        why: "the dates decide, not whether the VM boots",
        next: "supported",
        check: WalkCheck { context in
          guard let release = LegacyOSSupport.release(context.answers["os"] ?? "") else {
            return WalkCheckResult(.unknown, "that release is not in the table")
          }
          return LegacyOSSupport.judge(release, on: context.today)
        },
        branches: [.failed: "plan", .unknown: "other"]),
      WalkStep(
        "plan", .act, title: "Keep it running safely, and plan the way out",
        text: """
          While ESU runs, enrol the VM and patch it; once it has ended (or where there never was \
          ESU), isolate it and migrate.
          """,
        why: "isolation limits what an unpatched OS exposes while the migration is planned",
        refs: [LegacyOSSupport.esu],
        fitted: { context in
          LegacyOSSupport.release(context.answers["os"] ?? "").map {
            LegacyOSSupport.plan($0, on: context.today)
          }
        }),
      WalkStep(
        "supported", .inform, title: "Supported",
        text:
          "The release is in extended support. Keep it patched and note the end date in the lab's records.",
        why: "knowing the date avoids the next legacy surprise"),
      WalkStep(
        "other", .inform, title: "Outside the table",
        text: """
          The table covers Windows Server 2000 to 2025. For Linux, Azure publishes its endorsed \
          distributions; for client Windows and anything older, check the product's lifecycle \
          page. Any OS past its end of support is in the same position as Windows Server 2003 here.
          """,
        why: "the rule (runs is not supported) is the same for every OS"),
    ])
}
