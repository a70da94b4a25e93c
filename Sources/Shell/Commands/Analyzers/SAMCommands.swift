import Findings
import SAMHive

/// `analyze sam` and `sam fix`: an offline SAM hive's local accounts, and a repaired copy for the
/// sysprep lock-out (never a write to the original).
public enum SAMCommands {
  public static var all: [CommandSpec] { [analyze, fix] }

  static let analyze = CommandSpec(
    ["analyze", "sam"], summary: "list the local accounts of an offline SAM hive and what locks them out",
    discussion: """
      Reads the hive read-only through libhivex: each account's RID, flags (from F), password last \
      set (zero means it must change at next logon), and whether it may change its own password \
      (the USER_CHANGE_PASSWORD right in the DACL stored in V, MS-SAMR 2.2.1.7). The sysprep \
      lock-out is an account that must change its password and may not.
      """,
    arguments: [ArgumentSpec("FILE", .file, help: "the SAM hive (Windows\\System32\\config\\SAM, offline)")],
    examples: ["analyze sam evidence/SAM"]
  ) { invocation, _ in
    guard let path = invocation.path("FILE") else { throw ShellError("analyze sam needs FILE") }
    let shown = invocation.value("FILE") ?? path
    do throws(InputError) {
      return SAMAccountsReport(analysis: try SAMReader.analyze(path: path, name: shown), shownAs: shown)
    } catch {
      throw ShellError("\(error.location.file): \(error.message)")
    }
  }

  static let fix = CommandSpec(
    ["sam", "fix"], summary: "write a repaired copy of a SAM hive that unlocks an account",
    discussion: """
      Writes COPY, never FILE: clears the account's password (as chntpw 'sampasswd -r'), enables \
      and unlocks it (as 'samunlock'), sets 'password never expires' when it must change at next \
      logon, and gives back the right to change its own password. Each change is listed byte by \
      byte, and the copy is read back to verify it. Boot the machine from the copy only after \
      keeping the original.
      """,
    arguments: [ArgumentSpec("FILE", .file, help: "the SAM hive to repair (read only)")],
    options: [
      OptionSpec("account", value: .text, valueName: "NAME", help: "the account: a name or a RID (500, 0x1f4)"),
      OptionSpec("to", value: .outputFile, valueName: "COPY", help: "where the repaired copy goes"),
      OptionSpec("force", help: "replace COPY if it exists (never the original)"),
      OptionSpec("plan", help: "list the changes without writing anything"),
    ],
    examples: ["sam fix evidence/SAM --account Administrator --to evidence/SAM.fixed", "sam fix SAM --account 500 --plan"]
  ) { invocation, _ in
    guard let path = invocation.path("FILE") else { throw ShellError("sam fix needs FILE") }
    let shown = invocation.value("FILE") ?? path
    guard let account = invocation.option("account") else {
      throw ShellError("sam fix needs --account NAME", column: invocation.endColumn, hint: "usage: \(invocation.spec.usage)")
    }
    var options = SAMRepairOptions()
    options.force = invocation.flag("force")
    do {
      if invocation.flag("plan") {
        let plan = try SAMRepair.plan(hive: path, account: account, options: options)
        return SAMRepairOutput(plan: plan, account: account, shownAs: shown)
      }
      guard let copy = invocation.path("to"), let copyShown = invocation.option("to") else {
        throw ShellError("sam fix needs --to COPY (or --plan to only list the changes)", column: invocation.endColumn)
      }
      let report = try SAMRepair.fix(hive: path, account: account, to: copy, options: options)
      return SAMRepairOutput(report: report, shownAs: shown, copyShownAs: copyShown)
    } catch let error as ShellError {
      throw error
    } catch {
      throw ShellError(SAMCommands.describe(error, shownAs: shown, path: path))
    }
  }

  /// Library errors name the resolved path; the user should see the path they typed.
  static func describe(_ error: any Error, shownAs: String, path: String) -> String {
    var text = String(describing: error)
    if shownAs != path { text = text.replacingOccurrences(of: path, with: shownAs) }
    if text.hasPrefix(shownAs + ":1:1: ") { text = shownAs + ": " + text.dropFirst(shownAs.count + 6) }
    return text
  }
}
