import Findings

/// `check all`: every `EnvironmentCheck` over the current environment, findings grouped by
/// area, one line to close.
enum CheckAllCommand {
  static let check = CommandSpec(
    ["check", "all"], summary: "every check over the current environment, grouped by area",
    discussion: """
      Address placement (VNets, subnets, P2S pools, local sites, BGP peers against the rule pack \
      'set rules' picks), tunnel and BGP addresses, VM start order, hosts' adapters, each \
      machine's answer file (its OU looked up in the domain) and each attached log (NetSetup.log, \
      setupact.log, SAM). 'export findings' writes what it found; --fail-on makes it a CI gate.
      """,
    examples: [
      "check all", "check all --format markdown --out audit.md",
      "check all --format sarif --out audit.sarif",
    ]
  ) { invocation, session in
    guard let environment = session.environments.current else {
      throw ShellError(
        "nothing to check: load an environment first (load FILE, or load demo)",
        column: invocation.endColumn)
    }
    var areas: [CheckAllReport.Area] = []
    for check in EnvironmentCheck.standard {
      let groups = check.run(environment, session)
      if !groups.isEmpty { areas.append(.init(name: check.area, groups: groups)) }
    }
    return CheckAllReport(environment: environment.name, areas: areas)
  }
}

/// What `check all` found, area by area and group by group.
struct CheckAllReport: ReportOutput {
  struct Area {
    var name: String
    var groups: [CheckGroup]
  }

  var environment: String
  var areas: [Area]

  var allFindings: [Finding] { areas.flatMap { $0.groups.flatMap(\.findings) } }

  var asReport: Report {
    var nodes: [ReportNode] = []
    for area in areas {
      for group in area.groups {
        let findings = group.findings.sorted(by: Finding.reportOrder)
        let title = "\(area.name) · \(group.scope): \(FindingsSummary.line(findings))"
        nodes.append(.section(title, [.findings(findings)]))
      }
    }
    let checks = Plural.count(areas.reduce(0) { $0 + $1.groups.count }, "check")
    nodes.append(
      .paragraph("check all \(environment): \(FindingsSummary.line(allFindings)) · \(checks)"))
    return Report(nodes, data: contract)
  }

  /// `{environment, areas: [{area, scope, findings}], findings}`.
  private var contract: JSONValue {
    .object([
      ("environment", .string(environment)),
      (
        "areas",
        .array(
          areas.flatMap { area in
            area.groups.map { group in
              .object([
                ("area", .string(area.name)), ("scope", .string(group.scope)),
                ("findings", .array(group.findings.sorted(by: Finding.reportOrder).map(\.json))),
              ])
            }
          })
      ),
      ("findings", .array(allFindings.sorted(by: Finding.reportOrder).map(\.json))),
    ])
  }
}
