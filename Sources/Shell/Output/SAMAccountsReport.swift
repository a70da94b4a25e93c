import Findings
import SAMHive

/// The accounts of a SAM hive as a table, the verdict first and the findings beneath. Every
/// state the JSON has is a column: last logon, logon count and bad-password count included.
struct SAMAccountsReport: CommandOutput {
  var analysis: SAMAnalysis

  func text(_ style: TextStyle) -> String {
    var lines = [verdict]
    let header = [
      "RID", "NAME", "ENABLED", "LOCKED", "NEVER EXPIRES", "MUST CHANGE", "CAN CHANGE",
      "PASSWORD SET", "LAST LOGON", "LOGONS", "BAD PWD",
    ]
    var rows = [header]
    for account in analysis.accounts {
      rows.append([
        String(account.rid), account.name, yesNo(account.enabled), yesNo(account.locked),
        yesNo(account.passwordNeverExpires), yesNo(account.mustChangePassword),
        yesNo(account.canChangePassword), Self.passwordSet(account),
        Self.time(account.fixed.lastLogon), String(account.fixed.logonCount),
        String(account.fixed.badPasswordCount),
      ])
    }
    lines += TextTable(rows, rightAligned: [0, 9, 10]).lines()
    lines.append(FindingsReport(analysis.findings).text(style))
    return lines.joined(separator: "\n")
  }

  /// One line: the lock-out if there is one, else how many accounts were read.
  var verdict: String {
    let count = Plural.count(analysis.accounts.count, "local account")
    let shown = analysis.file.shown
    if let stuck = analysis.accounts.first(where: { $0.hasChangeDeadlock }) {
      return "\(shown): \(count) · LOCKED OUT: \(stuck.label) must change its password at next logon and may not change it"
    }
    return "\(shown): \(count)"
  }

  private func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

  /// pwdLastSet: a zero means "must change" only while PWNOEXP is clear (MS-SAMR 3.1.5.14.4);
  /// with "password never expires" set, it is simply never set.
  static func passwordSet(_ account: SAMAccount) -> String {
    let time = account.fixed.passwordLastSet
    if time.isZero { return account.mustChangePassword ? "never (must change)" : "never" }
    return Self.time(time)
  }

  /// A FILETIME as ISO-8601 UTC, `never` for zero or the maximum.
  static func time(_ time: FileTime) -> String {
    if time.isZero || time.isNever { return "never" }
    return time.iso8601 ?? time.description
  }

  var json: JSONValue { analysis.json }
}

/// A planned or written SAM repair: what changed, field by field and byte by byte, how the copy
/// compares with the original, and the warnings about the account chosen.
struct SAMRepairOutput: CommandOutput {
  var changes: [SAMChange]
  var notes: [String]
  var warnings: [String]
  var problems: [String]
  var headline: String
  var footer: [String]
  var json: JSONValue

  init(report: SAMRepairReport) {
    changes = report.changes
    notes = report.notes
    warnings = report.warnings
    problems = report.problems
    headline = "wrote \(report.copy.file.shown) · \(report.after.label) repaired from "
      + "\(report.source.shown) (unchanged) · \(Plural.count(report.changes.count, "change")) · "
      + "\(report.copy.size) bytes · sha256 \(report.copy.sha256)"
    let state = report.verified ? "verified by reading the copy back" : "NOT verified"
    footer = [report.byteComparison, state]
    json = report.json
  }

  init(plan: SAMRepairPlan, account: String, hive: FileReference) {
    changes = plan.changes
    notes = plan.notes
    warnings = plan.warnings
    problems = []
    footer = []
    headline = "plan for account '\(account)' in \(hive.shown) · "
      + "\(Plural.count(plan.changes.count, "change")) · nothing written"
    json = .object([
      ("file", .string(hive.shown)), ("account", .string(account)),
      ("changes", .array(plan.changes.map(\.json))),
      ("notes", .array(plan.notes.map(JSONValue.string))),
      ("warnings", .array(plan.warnings.map(JSONValue.string))),
    ])
  }

  func text(_ style: TextStyle) -> String {
    var lines = [headline]
    lines += warnings.map { "  " + style.paint("warning:", .yellow) + " " + $0 }
    lines += changes.map { "  \($0.summary)" }
    lines += notes.map { "  note: \($0)" }
    lines += footer.map { "  " + $0 }
    lines += problems.map { "  " + style.error($0) }
    return lines.joined(separator: "\n")
  }
}
