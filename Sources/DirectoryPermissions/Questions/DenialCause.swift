import Findings

/// Why an account lacks a right on an object, in the order the reference notes check them
/// (permissions.md 3.6 step 4), each naming the object where the cause sits.
public enum DenialCause: Sendable, Hashable {
  /// The object is protected: SDProp gives it AdminSDHolder's DACL (protected, no inheritance).
  case protectedObject(reason: String)
  /// adminCount=1 without protected membership: SDProp left inheritance off and no longer
  /// maintains the object.
  case orphanedAdminCount
  /// A grant scoped to another class (InheritedObjectType) reaches the object inert (IO):
  /// `grantClass` is the class named, held at `source`.
  case wrongClass(grantClass: String, source: Int)
  /// A deny ACE decides; held at `source` (the object itself when explicit).
  case explicitDeny(source: Int)
  /// A protected DACL at `at` (the object or an ancestor) stops a grant made above it.
  case inheritanceBlocked(at: Int)
  /// The object's descriptor, or that of an ancestor it inherits from, is not in the export.
  case missingDescriptor(at: Int)
  /// Nothing grants it.
  case missingGrant

  /// The catalog rule for the cause (`PermissionRules.swift`).
  public var rule: Rule {
    switch self {
    case .protectedObject: .permProtectedObject
    case .orphanedAdminCount: .permOrphanedAdminCount
    case .wrongClass: .permWrongClass
    case .explicitDeny: .permExplicitDeny
    case .inheritanceBlocked: .permInheritanceBlocked
    case .missingDescriptor: .permMissingDescriptor
    case .missingGrant: .permMissingGrant
    }
  }

  /// The finding id for the cause.
  public var findingID: String { rule.id }

  /// The heading `perm audit` groups by.
  public var title: String {
    switch self {
    case .protectedObject: "protected object (adminCount / AdminSDHolder)"
    case .orphanedAdminCount: "orphaned adminCount (inheritance left off by SDProp)"
    case .wrongClass: "wrong class (a grant scoped to another class)"
    case .explicitDeny: "explicit deny"
    case .inheritanceBlocked: "inheritance blocked"
    case .missingDescriptor: "missing descriptor"
    case .missingGrant: "missing grant"
    }
  }
}

/// The smallest change that would grant the right, and where to make it.
public struct PermissionFix: Sendable, Hashable {
  /// The object to change (its index in the view), nil for a command that reads, not writes.
  public var target: Int?
  /// The dsacls statement and switches (`acct:WP;pwdLastSet;inetOrgPerson`, `/I:S`).
  public var statement: String?
  public var switches: [String]
  /// The ACE in SDDL, when there is one to add.
  public var ace: String?
  /// One sentence saying what it does and why here.
  public var note: String
}
