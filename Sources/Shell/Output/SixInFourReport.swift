import AddressKit
import Findings

/// `ipv6 tunnel`: the plan's addresses, its findings, and the netsh commands when it holds.
struct SixInFourReport: ReportOutput {
  var plan: SixInFourPlan

  var headline: String {
    let server6 = plan.serverIPv6?.canonicalText ?? "?"
    let client6 = plan.clientIPv6?.canonicalText ?? "?"
    return "6in4 via \(plan.serverIPv4) · tunnel \(plan.tunnelPrefix) (broker \(server6), "
      + "this router \(client6)) · LAN \(plan.routedPrefix) (router "
      + "\(plan.lanRouterAddress?.canonicalText ?? "?"))"
  }

  var asReport: Report {
    var nodes: [ReportNode] = [.heading(headline)]
    let findings = plan.findings
    // A clean plan is still a check: an empty findings node, nothing printed.
    nodes += findings.isEmpty ? [.findings([])] : .findingList(findings)
    let commands = plan.netshCommands
    if commands.isEmpty {
      nodes.append(.paragraph("no netsh commands: fix the errors above first"))
    } else {
      nodes.append(.paragraph("netsh commands (an elevated prompt on the router):"))
      nodes.append(.code(commands.map { "  " + $0 }.joined(separator: "\n")))
    }
    return Report(nodes, data: contract)
  }

  /// The commands as a file: a batch file (`@echo off`, comments, CRLF) or a `netsh -f` script.
  func script(batch: Bool) -> String {
    let steps = (try? plan.routerSteps()) ?? []
    guard batch else { return SixInFourPlan.netshScript(steps) }
    return SixInFourPlan.batchFile(
      steps,
      header: [
        "6in4 tunnel router configuration (hybridbench ipv6 tunnel)",
        "server \(plan.serverIPv4), client \(plan.clientIPv4), tunnel \(plan.tunnelPrefix), "
          + "routed \(plan.routedPrefix)",
      ])
  }

  var json: JSONValue { contract }

  private var contract: JSONValue {
    .object([
      ("server_ipv4", .string(plan.serverIPv4.canonicalText)),
      ("client_ipv4", .string(plan.clientIPv4.canonicalText)),
      ("tunnel_prefix", .string(plan.tunnelPrefix.description)),
      ("routed_prefix", .string(plan.routedPrefix.description)),
      ("server_ipv6", plan.serverIPv6.map { .string($0.canonicalText) } ?? .null),
      ("client_ipv6", plan.clientIPv6.map { .string($0.canonicalText) } ?? .null),
      ("valid", .bool(plan.isValid)),
      ("findings", .array(plan.findings.map(\.json))),
      ("netsh", .array(plan.netshCommands.map(JSONValue.string))),
    ])
  }
}
