import Findings

/// A value read from a file together with where it was found, so every finding can point at the
/// element that caused it. The place is the one `SourceLocation` type; the file is the answer
/// file's, known to its reader, so only line and column are kept here.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
  public var value: Value
  public var location: SourceLocation

  public init(_ value: Value, line: Int, column: Int = 1) {
    self.value = value
    self.location = SourceLocation(line: line, column: column)
  }

  /// The 1-based line the value was found at.
  public var line: Int { location.line ?? 0 }
  /// The 1-based column the value was found at.
  public var column: Int { location.column ?? 1 }
}
