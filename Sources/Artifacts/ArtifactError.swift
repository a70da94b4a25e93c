import Findings

/// Why a write did not happen. Nothing on disk changed in any of these cases. The message names
/// neither the path (the location carries it, as typed) nor any shell flag.
public enum ArtifactError: LocatedError, Equatable {
  /// The name is taken and replacing was not asked for.
  case exists(FileReference)
  /// A parent of the target is a file, not a directory.
  case notADirectory(FileReference)
  /// The target is a directory; a directory is never replaced.
  case isADirectory(FileReference)
  /// The operating system refused `operation` with `errno`.
  case system(FileReference, operation: String, errno: Int32)

  public var code: String {
    switch self {
    case .exists: "artifact.exists"
    case .notADirectory: "artifact.not-a-directory"
    case .isADirectory: "artifact.is-a-directory"
    case .system: "artifact.system"
    }
  }

  public var message: String {
    switch self {
    case .exists: "already exists"
    case .notADirectory: "is not a directory"
    case .isADirectory: "is a directory, not a file"
    case .system(_, let operation, let number): "cannot \(operation): \(SystemError(number))"
    }
  }

  /// The file as typed, then the message: `out.txt already exists`,
  /// `cannot sync out.txt: No space left on device`.
  public var description: String {
    switch self {
    case .exists(let file), .notADirectory(let file), .isADirectory(let file):
      "\(file.shown) \(message)"
    case .system(let file, let operation, let number):
      "cannot \(operation) \(file.shown): \(SystemError(number))"
    }
  }

  public var location: SourceLocation {
    switch self {
    case .exists(let file), .notADirectory(let file), .isADirectory(let file),
      .system(let file, _, _):
      SourceLocation(file)
    }
  }

  public var cause: (any Error & Sendable)? {
    if case .system(_, _, let number) = self { return SystemError(number) }
    return nil
  }
}
