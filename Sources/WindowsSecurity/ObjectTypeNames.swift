/// Names for the GUIDs in object ACEs (attributes, property sets, extended rights, classes).
///
/// The seam the directory schema fills: this module knows no schema, so without a resolver an
/// ObjectType is shown as its GUID.
public protocol ObjectTypeNames: Sendable {
  /// The display name for `guid` (`pwdLastSet`, `Reset Password`, `user`), nil when unknown.
  func name(for guid: GUID) -> String?
}

/// No schema: every GUID is shown raw.
public struct RawObjectTypes: ObjectTypeNames {
  public init() {}
  public func name(for guid: GUID) -> String? { nil }
}
