import Findings
import SAMHive

/// The accounts of a SAM hive as a table, the verdict first and the findings beneath.
struct SAMAccountsReport: ReportOutput {
  var analysis: SAMAnalysis
  var shownAs: String

  var asReport: Report {
    let header = ["RID", "NAME", "ENABLED", "LOCKED", "NEVER EXPIRES", "MUST CHANGE", "CAN CHANGE", "PASSWORD SET"]
    var rows: [[String]] = []
    for account in analysis.accounts {
      rows.append([
        String(account.rid), account.name, yesNo(account.enabled), yesNo(account.locked),
        yesNo(account.passwordNeverExpires), yesNo(account.mustChangePassword),
        yesNo(account.canChangePassword), passwordSet(account),
      ])
    }
    return Report(
      [.heading(verdict), .table(header: header, rows: rows, rightAligned: [0])]
        + .findingList(analysis.findings), data: analysis.json)
  }

  /// One line: the lock-out if there is one, else how many accounts were read.
  var verdict: String {
    let count = Plural.count(analysis.accounts.count, "local account")
    if let stuck = analysis.accounts.first(where: { $0.hasChangeDeadlock }) {
      return "\(shownAs): \(count) · LOCKED OUT: \(stuck.label) must change its password at next logon and may not change it"
    }
    return "\(shownAs): \(count)"
  }

  private func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

  private func passwordSet(_ account: SAMAccount) -> String {
    let time = account.fixed.passwordLastSet
    if time.isZero { return "never (must change)" }
    return time.iso8601 ?? time.description
  }
}

/// A planned or written SAM repair: what changed, field by field and byte by byte.
struct SAMRepairOutput: CommandOutput {
  var changes: [SAMChange]
  var notes: [String]
  var problems: [String]
  var headline: String
  var json: JSONValue

  init(report: SAMRepairReport, shownAs: String, copyShownAs: String) {
    changes = report.changes
    notes = report.notes
    problems = report.problems
    let state = report.verified ? "verified by reading the copy back" : "NOT verified"
    headline = "wrote \(copyShownAs) · \(report.after.label) repaired from \(shownAs) (unchanged) · "
      + "\(Plural.count(report.changes.count, "change")) · \(state)"
    json = report.json
  }

  init(plan: SAMRepairPlan, account: String, shownAs: String) {
    changes = plan.changes
    notes = plan.notes
    problems = []
    headline = "plan for account '\(account)' in \(shownAs) · \(Plural.count(plan.changes.count, "change")) · nothing written"
    json = .object([
      ("file", .string(shownAs)), ("account", .string(account)),
      ("changes", .array(plan.changes.map(\.json))), ("notes", .array(plan.notes.map(JSONValue.string))),
    ])
  }

  func text(_ style: TextStyle) -> String {
    var lines = [headline]
    lines += changes.map { "  \($0.summary)" }
    lines += notes.map { "  note: \($0)" }
    lines += problems.map { "  " + style.error($0) }
    return lines.joined(separator: "\n")
  }
}
