import Findings

/// Why `sam fix` refused or failed. Bad hive input is an `InputError`, a refused write an
/// `ArtifactError` from the writer; these are the repair's own. Messages name no path (the
/// location carries it, as typed) and no shell flag.
public enum SAMRepairError: LocatedError, Hashable {
  /// The copy is the hive being repaired (same path, a link to it, or the same inode).
  case targetIsSource(copy: FileReference)
  /// No account has that name or RID; `known` lists the names there are.
  case accountNotFound(account: String, hive: FileReference, known: [String])
  /// libhivex refused an in-memory edit.
  case editFailed(hive: FileReference, key: String, value: String)
  /// libhivex could not write the repaired hive.
  case commitFailed(copy: FileReference, errno: Int32)

  public var code: String {
    switch self {
    case .targetIsSource: "sam.target-is-source"
    case .accountNotFound: "sam.account-not-found"
    case .editFailed: "sam.edit-failed"
    case .commitFailed: "sam.commit-failed"
    }
  }

  public var message: String {
    switch self {
    case .targetIsSource:
      "refusing to write the copy over the hive being repaired (the original is never "
        + "written); give a new path for the copy"
    case .accountNotFound(let account, _, let known):
      "no account '\(account)'; expected one of \(known.joined(separator: ", "))"
    case .editFailed(_, let key, let value):
      "libhivex could not set \(key)\\\(value) in memory"
    case .commitFailed(_, let number):
      "libhivex could not write the repaired copy: \(SystemError(number))"
    }
  }

  public var location: SourceLocation {
    switch self {
    case .targetIsSource(let file), .commitFailed(let file, _): SourceLocation(file)
    case .accountNotFound(_, let file, _), .editFailed(let file, _, _): SourceLocation(file)
    }
  }

  public var cause: (any Error & Sendable)? {
    if case .commitFailed(_, let number) = self { return SystemError(number) }
    return nil
  }
}
