/// A value read from a file together with the 1-based line and column it was found at, so every
/// finding can point at the element that caused it.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
  public var value: Value
  public var line: Int
  public var column: Int

  public init(_ value: Value, line: Int, column: Int = 1) {
    self.value = value
    self.line = line
    self.column = column
  }
}
