import Artifacts
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
    guard let hive = invocation.file(analyzeSamFile) else { throw ShellError("analyze sam needs FILE") }
    do throws(InputError) {
      return SAMAccountsReport(analysis: try SAMReader.analyze(hive))
    } catch {
      throw ShellError(error)
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
      logon, and gives back the right to change its own password. The values are edited in place \
      on a temporary copy: each changed byte is listed with its offset in the file, a byte-by-byte \
      comparison proves nothing else changed, the copy is read back to verify it, then published \
      with its sha256. Repairing Guest (RID 501) or an account nothing locks out is warned \
      about. Boot the machine from the copy only after keeping the original.
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
    guard let hive = invocation.file(samFixFile) else { throw ShellError("sam fix needs FILE") }
    let account = invocation.value(samFixAccount) ?? ""
    var options = SAMRepairOptions()
    options.force = invocation.flag(samFixForce)
    do {
      if invocation.flag(samFixPlan) {
        let plan = try SAMRepair.plan(hive: hive, account: account, options: options)
        return SAMRepairOutput(plan: plan, account: account, hive: hive)
      }
      guard let copy = invocation.file(samFixTo) else {
        throw ShellError(
          "sam fix needs --to COPY (or --plan to only list the changes)",
          column: invocation.endColumn)
      }
      let report = try SAMRepair.fix(hive: hive, account: account, to: copy, options: options)
      return SAMRepairOutput(report: report)
    } catch let error as ShellError {
      throw error
    } catch let error as any LocatedError {
      // A refused copy path gets the caret under it; a bad hive or account is about the data.
      var aboutCopy = error is ArtifactError
      if case .targetIsSource? = error as? SAMRepairError { aboutCopy = true }
      throw ShellError(error, column: aboutCopy ? invocation.word(samFixTo)?.column : nil)
    }
  }
}
