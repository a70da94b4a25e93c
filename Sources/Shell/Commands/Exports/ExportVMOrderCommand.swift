import EnvironmentModel
import Findings

extension ExportCommands {
  static let vmOrderForm = OptionSpec(
    "as", value: .choice(["list", "powershell"]), valueName: "list|powershell",
    help: "the file's form (default: powershell for FILE.ps1, else list)")

  /// `export vm-order`: the lab's start/stop order as the seed's list or an Az script.
  static let vmOrder = CommandSpec(
    ["export", "vm-order"],
    summary: "write the current environment's VM start/stop order (list or Az PowerShell)",
    discussion: """
      Domain controllers and DNS servers start first, members after, in their declared \
      start_order; they stop in reverse (the 'walk start vm-start-order' plan). As a list: one \
      'cloudservice;vm' a line, the seed's input. As PowerShell for the Az module: -Action \
      Start|Stop runs Start-AzVM / Stop-AzVM one VM at a time, each waiting for the VM, and \
      -DryRun prints the order instead. Names are single-quoted PowerShell literals, quotes \
      (also ‘ ’ ‚ ‛) doubled, so no name can run a command.
      """,
    options: [vmOrderForm, to],
    examples: ["export vm-order --to lab-order.ps1", "export vm-order --as list --to vms.txt"]
  ) { invocation, session in
    let environment = try session.currentEnvironment()
    let plan = VMStartPlan.plan(environment)
    guard !plan.start.isEmpty else {
      throw ShellError(
        "'\(environment.name)' has no VMs: nothing to order", column: invocation.endColumn)
    }
    let entries = plan.entries(in: environment)
    let path = invocation.value(to) ?? ""
    let form = invocation.value(vmOrderForm) ?? (path.lowercased().hasSuffix(".ps1") ? "powershell" : "list")
    let text: String
    if form == "list" {
      do throws(VMStartPlan.ListRefusal) {
        text = try VMStartPlan.list(entries)
      } catch {
        throw ShellError(error.description, column: invocation.word(to)?.column)
      }
    } else {
      // Comment lines end at a line break: an environment name holding one is not copied.
      let name =
        environment.name.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true })
        ? "the current environment" : "environment '\(environment.name)'"
      text = VMStartPlan.powerShell(
        entries,
        header: [
          "VM start/stop order for the Az PowerShell module (Start-AzVM, Stop-AzVM).",
          "Written by hybridbench \(ShellProgram.version) 'export vm-order' from \(name).",
          "Run: ./FILE.ps1 -Action Start | -Action Stop [-DryRun], after Connect-AzAccount.",
        ])
    }
    return try invocation.writeArtifact(
      Array(text.utf8), to: to,
      detail: "\(Plural.count(entries.count, "VM")) as \(form), "
        + "\(plan.infrastructure.count) infrastructure first")
  }
}
