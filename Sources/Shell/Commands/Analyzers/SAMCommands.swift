import Findings
import SAMHive

/// `analyze sam` and `sam fix`: an offline SAM hive's local accounts, and a repaired copy for the
/// sysprep lock-out (never a write to the original).
public enum SAMCommands {
  public static var all: [CommandSpec] { [analyze, fix] }

  static let analyzeSamFile = ArgumentSpec(
    "FILE", .file, help: "the SAM hive (Windows\\System32\\config\\SAM, offline)")

  static let analyze = CommandSpec(
    ["analyze", "sam"], summary: "list the local accounts of an offline SAM hive and what locks them out",
    discussion: """
      Reads the hive read-only through libhivex: each account's RID, flags (from F), password last \
      set (zero means it must change at next logon), and whether it may change its own password \
      (the USER_CHANGE_PASSWORD right in the DACL stored in V, MS-SAMR 2.2.1.7). The sysprep \
      lock-out is an account that must change its password and may not.
      """,
    arguments: [analyzeSamFile],
    examples: ["analyze sam evidence/SAM"]
  ) { invocation, _ in
    let path = try invocation.path(of: analyzeSamFile)
    let shown = invocation.value(analyzeSamFile) ?? path
    do throws(InputError) {
      return SAMAccountsReport(analysis: try SAMReader.analyze(path: path, name: shown), shownAs: shown)
    } catch {
      throw ShellError("\(error.location.file): \(error.message)")
    }
  }

  static let samFixFile = ArgumentSpec("FILE", .file, help: "the SAM hive to repair (read only)")
  static let samFixAccount = OptionSpec(
    "account", value: .text, valueName: "NAME", required: true,
    help: "the account: a name or a RID (500, 0x1f4)")
  static let samFixTo = OptionSpec(
    "to", value: .outputFile, valueName: "COPY", unless: "plan",
    help: "where the repaired copy goes")
  static let samFixForce = OptionSpec(
    "force", help: "replace COPY if it exists (never the original)")
  static let samFixPlan = OptionSpec("plan", help: "list the changes without writing anything")

  static let fix = CommandSpec(
    ["sam", "fix"], summary: "write a repaired copy of a SAM hive that unlocks an account",
    discussion: """
      Writes COPY, never FILE: clears the account's password (as chntpw 'sampasswd -r'), enables \
      and unlocks it (as 'samunlock'), sets 'password never expires' when it must change at next \
      logon, and gives back the right to change its own password. Each change is listed byte by \
      byte, and the copy is read back to verify it. Boot the machine from the copy only after \
      keeping the original.
      """,
    arguments: [samFixFile],
    options: [
      samFixAccount,
      samFixTo,
      samFixForce,
      samFixPlan,
    ],
    examples: ["sam fix evidence/SAM --account Administrator --to evidence/SAM.fixed", "sam fix SAM --account 500 --plan"]
  ) { invocation, _ in
    guard let path = invocation.path(samFixFile) else { throw ShellError("sam fix needs FILE") }
    let shown = invocation.value(samFixFile) ?? path
    let account = invocation.value(samFixAccount) ?? ""
    var options = SAMRepairOptions()
    options.force = invocation.flag(samFixForce)
    do {
      if invocation.flag(samFixPlan) {
        let plan = try SAMRepair.plan(hive: path, account: account, options: options)
        return SAMRepairOutput(plan: plan, account: account, shownAs: shown)
      }
      guard let copy = invocation.path(samFixTo), let copyShown = invocation.value(samFixTo) else {
        throw ShellError("sam fix needs --to COPY (or --plan to only list the changes)", column: invocation.endColumn)
      }
      let report = try SAMRepair.fix(hive: path, account: account, to: copy, options: options)
      return SAMRepairOutput(report: report, shownAs: shown, copyShownAs: copyShown)
    } catch let error as ShellError {
      throw error
    } catch {
      let copy = invocation.path(samFixTo).map { ($0, invocation.value(samFixTo) ?? $0) }
      throw SAMCommands.shellError(error, hive: (path, shown), copy: copy)
    }
  }

  /// A repair refusal or a bad hive, worded with the paths as the user typed them and the
  /// command's own flags (the library's errors carry resolved paths).
  static func shellError(_ error: any Error, hive: (path: String, shown: String), copy: (path: String, shown: String)?)
    -> ShellError
  {
    let copyShown = copy?.shown ?? ""
    switch error {
    case let error as InputError:
      let file = error.location.file == copy?.path ? copyShown : error.location.file == hive.path ? hive.shown : error.location.file
      return ShellError("\(file): \(error.message)")
    case SAMRepairError.targetIsSource:
      return ShellError("refusing to write \(copyShown): it is the hive \(hive.shown) itself; give a new path for the copy")
    case SAMRepairError.targetExists:
      return ShellError("\(copyShown) already exists (add --force to replace it; the original hive is never written)")
    case SAMRepairError.targetNotRegularFile:
      return ShellError("refusing to write \(copyShown): expected a new or regular file, found a link or directory")
    case SAMRepairError.targetDirectoryMissing:
      return ShellError("cannot write \(copyShown): its directory does not exist")
    case SAMRepairError.accountNotFound(let account, _, let known):
      return ShellError("\(hive.shown): no account '\(account)'; expected one of \(known.joined(separator: ", "))")
    case SAMRepairError.editFailed(_, let key, let value):
      return ShellError("\(hive.shown): libhivex could not set \(key)\\\(value) in memory")
    case SAMRepairError.commitFailed(_, let reason):
      return ShellError("cannot write the repaired copy \(copyShown): \(reason)")
    default:
      return ShellError(String(describing: error))
    }
  }
}
