/// What `sam fix` did: the copy it wrote, the account before and after, each change, and whether
/// re-reading the copy confirmed every edit.
public struct SAMRepairReport: Sendable, Hashable {
  /// The source hive, which was not written.
  public var source: String
  /// The repaired copy.
  public var copy: String
  /// The account as the source has it.
  public var before: SAMAccount
  /// The account as re-read from the copy.
  public var after: SAMAccount
  /// The changed fields with their bytes.
  public var changes: [SAMChange]
  /// Requested steps the data did not allow (e.g. no ACE to give the change right back to).
  public var notes: [String]
  /// Verification failures found by re-reading the copy; empty when every edit is there.
  public var problems: [String]

  /// True when re-reading the copy confirmed every planned edit and nothing else changed.
  public var verified: Bool { problems.isEmpty }
}
