/// An ACL ([MS-DTYP] 2.4.5): its revision and ACEs in order (order decides access).
public struct AccessControlList: Sendable, Hashable {
  /// ACL_REVISION (2) for ACLs of simple ACEs, ACL_REVISION_DS (4) when any object ACE is present.
  public var revision: UInt8
  public var entries: [AccessControlEntry]

  public static let revision2: UInt8 = 2
  public static let revisionDS: UInt8 = 4

  public init(revision: UInt8? = nil, entries: [AccessControlEntry] = []) {
    self.entries = entries
    self.revision = revision ?? Self.requiredRevision(for: entries)
  }

  /// 4 when an object ACE is present, otherwise 2, the revision Windows writes.
  public static func requiredRevision(for entries: [AccessControlEntry]) -> UInt8 {
    entries.contains { $0.type.isObject } ? revisionDS : revision2
  }
}
