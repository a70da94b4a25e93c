import EnvironmentModel
import Findings

/// Machines to deploy, with their answer files and logs, as `show machines` / `show machine`
/// print them. Inline answer files are summarised, never printed (they may hold credentials).
enum MachineView {
  static func machines(_ machines: [Machine]) -> StructuredOutput {
    let rows = machines.map { [$0.name, answerFile($0), TextTable.list($0.logs)] }
    return AzureView.listing(
      TextTable(header: ["NAME", "ANSWER FILE", "LOGS"], rows), key: "machines",
      machines.map(\.json), empty: "no machines")
  }

  static func machine(_ machine: Machine) -> StructuredOutput {
    let lines = ["machine \(machine.name)"] + TextTable.fields([
      ("answer file", answerFile(machine)),
      ("logs", machine.logs.isEmpty ? nil : TextTable.list(machine.logs)),
      ("from", AzureView.place(machine.origin)),
    ])
    return StructuredOutput(text: lines.joined(separator: "\n"), json: machine.json)
  }

  static func answerFile(_ machine: Machine) -> String {
    if let path = machine.answerFile { return path }
    if let text = machine.answerFileText {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
      return "inline (\(Plural.count(lines, "line")))"
    }
    return "-"
  }
}
