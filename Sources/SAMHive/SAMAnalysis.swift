import Findings

/// What `analyze sam FILE` reports: the accounts of one hive and the findings about them.
public struct SAMAnalysis: Sendable, Hashable {
  /// The hive file as the user named it.
  public var path: String
  /// Every local account, ordered by RID.
  public var accounts: [SAMAccount]
  /// The findings, in `Finding.reportOrder`.
  public var findings: [Finding]

  /// Builds the analysis and runs the account rules.
  public init(path: String, accounts: [SAMAccount]) {
    self.path = path
    self.accounts = accounts
    findings = accounts.flatMap { SAMRules.findings(for: $0, in: path) }
      .sorted(by: Finding.reportOrder)
  }

  /// The account called `name` (case-insensitive, as Windows compares account names).
  public func account(named name: String) -> SAMAccount? {
    let wanted = name.lowercased()
    return accounts.first { $0.name.lowercased() == wanted }
  }

  /// Writes a repaired copy of this hive's `account` to `copyPath`; see `SAMRepair.fix`.
  public func fix(
    account: String, to copyPath: String, options: SAMRepairOptions = SAMRepairOptions()
  ) throws -> SAMRepairReport {
    try SAMRepair.fix(hive: path, account: account, to: copyPath, options: options)
  }
}
