import Findings

/// What `analyze sam FILE` reports: the accounts of one hive and the findings about them.
public struct SAMAnalysis: Sendable, Hashable {
  /// The hive file.
  public var file: FileReference
  /// Every local account, ordered by RID.
  public var accounts: [SAMAccount]
  /// The findings, in `Finding.reportOrder`.
  public var findings: [Finding]

  /// Builds the analysis and runs the account rules.
  public init(file: FileReference, accounts: [SAMAccount]) {
    self.file = file
    self.accounts = accounts
    findings = accounts.flatMap { SAMRules.findings(for: $0, in: file) }
      .sorted(by: Finding.reportOrder)
  }

  /// The account called `name` (case-insensitive, as Windows compares account names).
  public func account(named name: String) -> SAMAccount? {
    let wanted = name.lowercased()
    return accounts.first { $0.name.lowercased() == wanted }
  }

  /// Writes a repaired copy of this hive's `account` to `copy`; see `SAMRepair.fix`.
  public func fix(
    account: String, to copy: FileReference, options: SAMRepairOptions = SAMRepairOptions()
  ) throws -> SAMRepairReport {
    try SAMRepair.fix(hive: file, account: account, to: copy, options: options)
  }
}
