import Findings

/// A value kept beside a model element that is not part of what the element is: where it was
/// read from. Two environments compare equal when their content is equal, wherever it was read
/// from (`load(save(env)) == env`), so a wrapped value never takes part in `==` or hashing.
@propertyWrapper
public struct NotCompared<Value: Sendable>: Sendable, Hashable {
  public var wrappedValue: Value

  public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }

  public static func == (lhs: NotCompared, rhs: NotCompared) -> Bool { true }
  public func hash(into hasher: inout Hasher) {}
}
