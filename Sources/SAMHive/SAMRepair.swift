import Artifacts
import Findings
import TextInput

/// `sam fix`: writes a repaired copy of a SAM hive and never writes the source.
///
/// The edits change bytes inside F and V without changing their sizes, so the copy is the source
/// with those bytes replaced where the values' data cells are (as chntpw edits in place): every
/// other byte, including the password hashes a cleared length leaves unreferenced, stays where
/// it was, and a byte comparison proves only the listed bytes changed. Only when libhivex cannot
/// say where a value's data lies (data inline or split into segments) does libhivex rewrite the
/// values, which moves them to new cells and leaves the old ones, hashes included, as free space;
/// the report says so. Either way the copy is produced in the artifact writer's temporary file
/// in the target directory, re-read and checked there, then published with its SHA-256.
public enum SAMRepair {
  /// Repairs `account` (a name, case-insensitive, or a RID such as `500` or `0x1f4`) of the hive
  /// `source`, writes the result to `copy`, re-reads the copy and checks every edit landed.
  /// Throws `SAMRepairError` for a refused copy or unknown account, `ArtifactError` when the copy
  /// cannot be written, `InputError` for a bad hive.
  public static func fix(
    hive source: FileReference, account: String, to copy: FileReference,
    options: SAMRepairOptions = SAMRepairOptions()
  ) throws -> SAMRepairReport {
    try CopyPath.check(source: source, copy: copy)
    let hive = try HiveFile(source, writable: false)
    let located = try SAMReader.readAccounts(hive)
    guard let target = find(account, in: located) else {
      throw SAMRepairError.accountNotFound(
        account: account, hive: source, known: located.map(\.account.name))
    }
    let plan = SAMRepairPlan(account: target.account, f: target.f, v: target.v, options: options)
    let original = try InputFile.bytes(source)
    let inPlace =
      options.method == .inPlace
      ? InPlaceEdit(original, hive: hive, target: target, plan: plan) : nil
    var copyBytes: [UInt8] = []
    var written: [SAMReader.AccountRecord] = []
    let artifact = try ArtifactWriter().write(to: copy, force: options.force) { temporary in
      if let inPlace {
        try ArtifactWriter.writeAll(inPlace.bytes, to: temporary)
      } else {
        try rewrite(source, target: target, plan: plan, into: temporary)
      }
      copyBytes = try InputFile.bytes(temporary)
      written = try SAMReader.readAccounts(HiveFile(temporary, writable: false))
    }
    var problems = verify(written, expected: located, target: target, plan: plan, options: options)
    let comparison = ByteComparison(original, copyBytes, expected: inPlace?.changedOffsets)
    if let unexplained = comparison.unexplained.first {
      problems.append(
        "\(Plural.count(comparison.unexplained.count, "byte")) of the copy differ from the "
          + "original where no listed change is (the first at file offset "
          + "\(Hex.plain(unexplained)))")
    }
    let after = written.first { $0.account.rid == target.account.rid }?.account
    return SAMRepairReport(
      source: source, copy: artifact, before: target.account, after: after ?? target.account,
      changes: inPlace?.changes ?? plan.changes, notes: plan.notes, warnings: plan.warnings,
      problems: problems,
      storage: inPlace == nil ? .rewrittenByLibhivex : .inPlace,
      differingBytes: comparison.differing)
  }

  /// The edits `fix` would make to `account` of the hive `source`, without writing anything:
  /// the walkthrough's "plan the offline recovery" step. Throws as `fix` does for bad input.
  public static func plan(
    hive source: FileReference, account: String, options: SAMRepairOptions = SAMRepairOptions()
  ) throws -> SAMRepairPlan {
    let located = try SAMReader.readAccounts(HiveFile(source, writable: false))
    guard let target = find(account, in: located) else {
      throw SAMRepairError.accountNotFound(
        account: account, hive: source, known: located.map(\.account.name))
    }
    return SAMRepairPlan(account: target.account, f: target.f, v: target.v, options: options)
  }

  /// libhivex's way: set F and V in memory and commit the whole hive to `temporary`.
  private static func rewrite(
    _ source: FileReference, target: SAMReader.AccountRecord, plan: SAMRepairPlan,
    into temporary: FileReference
  ) throws {
    let editable = try HiveFile(source, writable: true)
    let keyPath = target.account.keyPath
    if plan.f != target.f, !editable.setBinary(target.node, "F", plan.f) {
      throw SAMRepairError.editFailed(hive: source, key: keyPath, value: "F")
    }
    if plan.v != target.v, !editable.setBinary(target.node, "V", plan.v) {
      throw SAMRepairError.editFailed(hive: source, key: keyPath, value: "V")
    }
    if let number = editable.commit(to: temporary.path) {
      throw SAMRepairError.commitFailed(copy: temporary, errno: number)
    }
  }

  /// The account called `wanted`, or with RID `wanted` (decimal or 0x hex).
  static func find(_ wanted: String, in accounts: [SAMReader.AccountRecord])
    -> SAMReader.AccountRecord?
  {
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
    _ written: [SAMReader.AccountRecord], expected: [SAMReader.AccountRecord],
    target: SAMReader.AccountRecord,
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

/// The copy as the source's bytes with the planned F and V bytes replaced where their data
/// cells are; nil when libhivex cannot place a value's data as one run of bytes in the file.
struct InPlaceEdit {
  var bytes: [UInt8]
  /// The plan's changes, each knowing where its value's data starts in the file.
  var changes: [SAMChange]
  /// The file offsets of every byte a change alters: all a byte comparison may find.
  var changedOffsets: Set<Int>

  init?(_ original: [UInt8], hive: HiveFile, target: SAMReader.AccountRecord, plan: SAMRepairPlan) {
    guard let f = hive.dataRange(target.node, "F"), let v = hive.dataRange(target.node, "V"),
      f.upperBound <= original.count, v.upperBound <= original.count,
      original[f].elementsEqual(target.f), original[v].elementsEqual(target.v),
      plan.f.count == target.f.count, plan.v.count == target.v.count
    else { return nil }
    bytes = original
    bytes.replaceSubrange(f, with: plan.f)
    bytes.replaceSubrange(v, with: plan.v)
    changes = plan.changes.map { change in
      var change = change
      change.dataStart = change.value == "F" ? f.lowerBound : v.lowerBound
      return change
    }
    changedOffsets = Set(changes.flatMap { change in change.fileBytes.map(\.offset) })
  }
}

/// Source and copy compared byte by byte: how many bytes differ, and which of them no listed
/// change explains (only counted when the edit was in place and so every change is located).
struct ByteComparison {
  var differing = 0
  var unexplained: [Int] = []

  init(_ original: [UInt8], _ copy: [UInt8], expected: Set<Int>?) {
    let shared = min(original.count, copy.count)
    for offset in 0..<shared where original[offset] != copy[offset] {
      differing += 1
      if let expected, !expected.contains(offset) { unexplained.append(offset) }
    }
    differing += max(original.count, copy.count) - shared
    if expected != nil, copy.count != original.count {
      unexplained.append(shared)
    }
  }
}
