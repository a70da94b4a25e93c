/// Why `sam fix` refused or failed. Bad hive input is reported as `InputError` instead.
public enum SAMRepairError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The copy path is the source file (same path, a link to it, or the same inode).
  case targetIsSource(source: String, copy: String)
  /// The copy path exists and `force` was not given.
  case targetExists(copy: String)
  /// The copy path is a symbolic link or a directory; writing through it is refused.
  case targetNotRegularFile(copy: String)
  /// The directory the copy should go in does not exist.
  case targetDirectoryMissing(copy: String)
  /// No account has that name or RID; `known` lists the names there are.
  case accountNotFound(account: String, hive: String, known: [String])
  /// libhivex refused an in-memory edit.
  case editFailed(hive: String, key: String, value: String)
  /// Writing the copy failed.
  case commitFailed(copy: String, reason: String)

  public var description: String {
    switch self {
    case .targetIsSource(let source, let copy):
      "refusing to write \(copy): it is the source hive \(source); give a new path for the copy"
    case .targetExists(let copy):
      "refusing to overwrite \(copy): it exists; choose another path or pass force"
    case .targetNotRegularFile(let copy):
      "refusing to write \(copy): expected a new or regular file, found a link or directory"
    case .targetDirectoryMissing(let copy):
      "cannot write \(copy): its directory does not exist"
    case .accountNotFound(let account, let hive, let known):
      "\(hive): no account '\(account)'; expected one of \(known.joined(separator: ", "))"
    case .editFailed(let hive, let key, let value):
      "\(hive): libhivex could not set \(key)\\\(value) in memory"
    case .commitFailed(let copy, let reason):
      "cannot write the repaired copy \(copy): \(reason)"
    }
  }
}
