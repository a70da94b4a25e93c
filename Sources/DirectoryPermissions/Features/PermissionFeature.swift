/// A sync feature's on-premises permissions as data: what the sync engine does to which
/// objects (the requirements `perm audit` checks) and the grants that provide it (what
/// `perm grant` and `export grants` write), each with the pages that ask for it.
public struct PermissionFeature: Sendable, Hashable {
  public enum Product: String, Sendable, Hashable {
    case connectSync = "Entra Connect Sync"
    case cloudSync = "Entra Cloud Sync"
  }

  /// `password-writeback`, `exchange-hybrid`, ...: what users type.
  public var id: String
  public var title: String
  public var product: Product
  /// The AdSyncConfig or Cloud Sync cmdlet that grants it, when there is one.
  public var cmdlet: String?
  public var requirements: [PermissionRequirement]
  /// The grant forms, the one hybridbench proposes first.
  public var grants: [GrantForm]
  /// Where Microsoft's pages disagree about this feature, each naming which page asks what.
  public var disagreements: [String]
  public var sources: [String]
}

/// One right the sync engine exercises on a kind of object.
public struct PermissionRequirement: Sendable, Hashable {
  public enum Place: Sendable, Hashable {
    /// Every object of these structural classes below the scope.
    case descendants([String])
    /// The domain's own object (its NC head).
    case domainRoot
    /// The object the grants are made on (a writeback OU or container).
    case scopeRoot
  }

  /// SDDL letters: `WP`, `RP`, `RPWP`, `CR`, `CC`, `SD`.
  public var rights: String
  /// The attribute, extended right or child class; nil for all properties / the object.
  public var name: String?
  public var place: Place
  /// Why the sync engine needs it, in a few words.
  public var purpose: String
  public var sources: [String]

  public init(
    _ rights: String, _ name: String? = nil, on place: Place, purpose: String,
    sources: [String]
  ) {
    self.rights = rights
    self.name = name
    self.place = place
    self.purpose = purpose
    self.sources = sources
  }
}

/// A set of dsacls statements that grants a feature (`{account}` stands for the account).
public struct GrantForm: Sendable, Hashable {
  public struct Statement: Sendable, Hashable {
    /// `perms;object;inheritedType` after `account:`.
    public var permissions: String
    public var inheritance: DsaclsInheritance?
    /// True when the statement belongs on the domain root, whatever the scope.
    public var domainRootOnly: Bool

    public init(
      _ permissions: String, _ inheritance: DsaclsInheritance? = .subobjectsOnly,
      domainRootOnly: Bool = false
    ) {
      self.permissions = permissions
      self.inheritance = inheritance
      self.domainRootOnly = domainRootOnly
    }
  }

  public var name: String
  public var statements: [Statement]
  public var source: String
}
