import Artifacts
import Findings

/// What `sam fix` did: the copy it wrote (with its SHA-256), the account before and after, each
/// change, how the copy differs from the original byte by byte, and whether re-reading the copy
/// confirmed every edit.
public struct SAMRepairReport: Sendable, Hashable {
  /// The source hive, which was not written.
  public var source: FileReference
  /// The repaired copy as published: where, how big, its SHA-256.
  public var copy: WrittenArtifact
  /// The account as the source has it.
  public var before: SAMAccount
  /// The account as re-read from the copy.
  public var after: SAMAccount
  /// The changed fields with their bytes.
  public var changes: [SAMChange]
  /// Requested steps the data did not allow (e.g. no ACE to give the change right back to).
  public var notes: [String]
  /// Repairs that were done but deserve a second look (Guest, an account nothing locks out).
  public var warnings: [String]
  /// Verification failures found by re-reading the copy; empty when every edit is there.
  public var problems: [String]
  /// How the copy was produced.
  public var storage: Storage
  /// How many bytes of the copy differ from the original (file sizes compared too).
  public var differingBytes: Int

  /// How the copy came to differ from the original.
  public enum Storage: String, Sendable, Hashable {
    /// Only the listed bytes were replaced, where the values' data cells are.
    case inPlace = "in-place"
    /// libhivex stored F and V in new cells; the old cells, hashes included, are free space.
    case rewrittenByLibhivex = "rewritten-by-libhivex"
  }

  /// True when re-reading the copy confirmed every planned edit and nothing else changed.
  public var verified: Bool { problems.isEmpty }

  /// One sentence on the byte comparison, true for both ways the copy can be made.
  public var byteComparison: String {
    switch storage {
    case .inPlace:
      let listed = changes.reduce(0) { $0 + $1.bytes.count }
      return "compared byte by byte with the original: \(Plural.count(differingBytes, "byte")) "
        + "differ, the \(listed) listed above"
    case .rewrittenByLibhivex:
      return "libhivex stored F and V in new cells: \(Plural.count(differingBytes, "byte")) "
        + "differ from the original, and the old F and V (password hashes included) remain in "
        + "free cells of the copy"
    }
  }
}
