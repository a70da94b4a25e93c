import Findings

/// `sam fix`: writes a repaired copy of a SAM hive and never writes the source. libhivex loads
/// the source into memory (HIVEX_OPEN_WRITE reads it and closes it), the edits happen there, and
/// `hivex_commit` writes them to the copy path only, which must not be or lead to the source.
public enum SAMRepair {
  /// Repairs `account` (a name, case-insensitive, or a RID such as `500` or `0x1f4`) of the hive
  /// at `source`, writes the result to `copy`, re-reads the copy and checks every edit landed.
  /// Throws `SAMRepairError` for a refused path or unknown account, `InputError` for a bad hive.
  public static func fix(
    hive source: String, account: String, to copy: String,
    options: SAMRepairOptions = SAMRepairOptions()
  ) throws -> SAMRepairReport {
    try CopyPath.check(source: source, copy: copy, force: options.force)
    let hive = try HiveFile(path: source, writable: true)
    let located = try SAMReader.readAccounts(hive)
    guard let target = find(account, in: located) else {
      throw SAMRepairError.accountNotFound(
        account: account, hive: source, known: located.map(\.account.name))
    }
    let plan = SAMRepairPlan(account: target.account, f: target.f, v: target.v, options: options)
    let keyPath = target.account.keyPath
    if plan.f != target.f, !hive.setBinary(target.node, "F", plan.f) {
      throw SAMRepairError.editFailed(hive: source, key: keyPath, value: "F")
    }
    if plan.v != target.v, !hive.setBinary(target.node, "V", plan.v) {
      throw SAMRepairError.editFailed(hive: source, key: keyPath, value: "V")
    }
    if let reason = hive.commit(to: copy) {
      throw SAMRepairError.commitFailed(copy: copy, reason: reason)
    }
    let written = try SAMReader.readAccounts(HiveFile(path: copy, writable: false))
    let problems = verify(
      written, expected: located, target: target, plan: plan, options: options)
    let after = written.first { $0.account.rid == target.account.rid }?.account
    return SAMRepairReport(
      source: source, copy: copy, before: target.account, after: after ?? target.account,
      changes: plan.changes, notes: plan.notes, problems: problems)
  }

  /// The edits `fix` would make to `account` of the hive at `source`, without writing anything:
  /// the walkthrough's "plan the offline recovery" step. Throws as `fix` does for bad input.
  public static func plan(
    hive source: String, account: String, options: SAMRepairOptions = SAMRepairOptions()
  ) throws -> SAMRepairPlan {
    let located = try SAMReader.readAccounts(HiveFile(path: source, writable: false))
    guard let target = find(account, in: located) else {
      throw SAMRepairError.accountNotFound(
        account: account, hive: source, known: located.map(\.account.name))
    }
    return SAMRepairPlan(account: target.account, f: target.f, v: target.v, options: options)
  }

  /// The account called `wanted`, or with RID `wanted` (decimal or 0x hex).
  static func find(_ wanted: String, in accounts: [SAMReader.Located]) -> SAMReader.Located? {
    let lower = wanted.lowercased()
    if let byName = accounts.first(where: { $0.account.name.lowercased() == lower }) {
      return byName
    }
    let rid = lower.hasPrefix("0x") ? UInt32(lower.dropFirst(2), radix: 16) : UInt32(lower)
    return rid.flatMap { rid in accounts.first { $0.account.rid == rid } }
  }

  /// Re-read checks: the target's F and V are exactly the planned bytes, the states the options
  /// promise hold, and every other account is byte-for-byte what the source had.
  static func verify(
    _ written: [SAMReader.Located], expected: [SAMReader.Located], target: SAMReader.Located,
    plan: SAMRepairPlan, options: SAMRepairOptions
  ) -> [String] {
    var problems: [String] = []
    guard let copy = written.first(where: { $0.account.rid == target.account.rid }) else {
      return ["the copy has no account with RID \(target.account.rid)"]
    }
    if copy.f != plan.f { problems.append("F in the copy differs from the planned bytes") }
    if copy.v != plan.v { problems.append("V in the copy differs from the planned bytes") }
    let account = copy.account
    if options.unlock, !account.enabled || account.locked || account.fixed.badPasswordCount != 0 {
      problems.append("the account is still disabled, locked or has bad-password counts")
    }
    if options.clearPassword,
      account.variable.ntHashLength != 0 || account.variable.lmHashLength != 0
    {
      problems.append("the hash lengths at V+0xa0/V+0xac are not 0")
    }
    if options.clearMustChange, account.mustChangePassword {
      problems.append("the account must still change its password at next logon")
    }
    if options.allowPasswordChange, plan.notes.isEmpty, !account.canChangePassword {
      problems.append("the DACL still does not grant USER_CHANGE_PASSWORD")
    }
    let others = Dictionary(expected.map { ($0.account.rid, $0) }, uniquingKeysWith: { a, _ in a })
    for other in written where other.account.rid != target.account.rid {
      guard let original = others[other.account.rid], original.f == other.f, original.v == other.v
      else {
        problems.append("\(other.account.label) changed although it was not the target")
        continue
      }
    }
    if written.count != expected.count {
      problems.append("the copy has \(written.count) accounts, the source \(expected.count)")
    }
    return problems
  }
}
