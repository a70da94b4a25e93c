import EnvironmentModel
import Findings

/// Ordered start and stop of a lab's VMs: domain controllers and DNS first, members after, and
/// the reverse when stopping.
enum VMStartOrderWalkthrough {
  static let refs = [VMStartPlan.source]

  static let walkthrough = Walkthrough(
    id: "vm-start-order",
    title: "Start and stop a lab's VMs in order",
    summary:
      "ordered start/stop of a lab's VMs: domain controllers first, members after, stop in reverse",
    refs: refs,
    steps: [
      WalkStep(
        "why", .inform, title: "Why the order matters",
        text: """
          A member server looks for a domain controller through DNS as its services start. If the \
          DC (and the DNS server the vnet hands out) is not up yet, the member starts without \
          Group Policy, its services log authentication errors, and some never retry. Stopping \
          in the reverse order lets members shut down while the DC can still answer them.
          """,
        why: "most 'the lab is broken after a restart' mornings are a start-order problem",
        refs: refs, next: "check"),
      WalkStep(
        "check", .check, title: "The environment's start order",
        text:
          "Reading every VM's start_order and deciding which VMs are domain controllers or DNS servers.",
        why: "the environment declares the order, so it can be checked before the next cold start",
        next: "plan",
        check: WalkCheck { context in check(context) },
        branches: [.failed: "fix", .unknown: "manual"]),
      WalkStep(
        "fix", .act, title: "Correct the start_order values",
        text: """
          Give every VM a distinct start_order, the domain controllers and DNS servers the lowest \
          numbers. The order the check proposes is in the facts (start order / stop order).
          """,
        why: "a declared order is one the start/stop scripts can follow every time",
        next: "plan"),
      WalkStep(
        "manual", .inform, title: "Without an environment",
        text: """
          List the VMs, mark the domain controllers and DNS servers, start those first and wait \
          until they answer DNS (Resolve-DnsName _ldap._tcp.dc._msdcs.<domain> -Type SRV), then \
          start the members; stop members first and the DCs last.
          """,
        why: "the same rule applies whether or not the tool can read the lab",
        next: "plan"),
      WalkStep(
        "plan", .act, title: "Start and stop by the plan",
        text: """
          Start each VM in the start order, waiting for the infrastructure VMs to answer before \
          the members (Start-AzVM, then Test-NetConnection <dc> -Port 389). Stop in the stop order.
          """,
        why: "waiting for the DC to answer, not merely to boot, is what makes the order work"),
    ])

  static func check(_ context: WalkContext) -> WalkCheckResult {
    guard let model = context.model else { return .noEnvironment }
    guard !model.azure.vms.isEmpty else {
      return WalkCheckResult(.unknown, "the environment declares no VMs")
    }
    let plan = VMStartPlan.plan(model)
    let facts = [
      "start order": plan.start.joined(separator: ", "),
      "stop order": plan.stop.joined(separator: ", "),
    ]
    var findings = plan.findings
    if plan.infrastructure.isEmpty {
      findings.append(
        Finding(
          id: "VM-ORDER-NO-DC", severity: .info, subject: model.name,
          message:
            "no VM is recognisably a domain controller or DNS server (no host with the dc role, no DNS server address), so the declared order is kept",
          fix: "give the DC's host the 'dc' role or declare the vnet's DNS servers", refs: refs))
    }
    let infra =
      plan.infrastructure.isEmpty
      ? "" : " (infrastructure: \(plan.infrastructure.joined(separator: ", ")))"
    return .judging(
      findings, problem: "the declared start order needs attention\(infra)",
      clean: "start \(plan.start.joined(separator: " → "))\(infra)", facts: facts)
  }
}
