/// Where a schema entry came from: the built-in v1903 table, the Exchange rows of the reference
/// data, or a schema export loaded at run time.
public enum SchemaOrigin: String, Sendable, Hashable {
  case base
  case exchangeReference = "exchange-reference"
  case loaded
}

/// An attributeSchema object: its names, schemaIDGUID and property set.
public struct SchemaAttribute: Sendable, Hashable {
  /// lDAPDisplayName, as the schema spells it.
  public var name: String
  public var cn: String
  /// schemaIDGUID in lowercase text; nil when the reference data marks it "resolve from
  /// schema" and no loaded schema has supplied it. Never invented.
  public var schemaIDGUID: String?
  /// attributeSecurityGUID: the rightsGuid of the property set the attribute belongs to.
  public var propertySet: String?
  public var origin: SchemaOrigin
}

/// The objectClassCategory of a class ([MS-ADTS] 3.1.1.2.4.8).
public enum ClassCategory: Int, Sendable, Hashable {
  case eightyEight = 0, structural = 1, abstract = 2, auxiliary = 3
}

/// A classSchema object: names, schemaIDGUID, superclass, category and the default descriptor
/// new objects of the class get.
public struct SchemaClass: Sendable, Hashable {
  public var name: String
  public var cn: String
  public var schemaIDGUID: String
  /// subClassOf: the superclass's lDAPDisplayName (`top` for top itself).
  public var superclass: String
  public var category: ClassCategory
  /// defaultSecurityDescriptor in SDDL, when the schema has one.
  public var defaultSecurityDescriptor: String?
  public var origin: SchemaOrigin
}

/// A controlAccessRight object in CN=Extended-Rights: a control access right, a property set
/// or a validated write, told apart by validAccesses ([MS-ADTS] 5.1.3.2.1).
public struct ExtendedRight: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case controlAccess = "control access right"
    case propertySet = "property set"
    case validatedWrite = "validated write"
  }

  public var cn: String
  /// The displayName in the reference data (Samba's extended-rights.ldif).
  public var displayName: String
  /// The name Windows shows and dsacls accepts, when it differs from `displayName`.
  public var windowsDisplayName: String?
  public var rightsGuid: String
  public var validAccesses: UInt32
  /// The schemaIDGUIDs of the classes it applies to (not enforced by Windows, 5.1.3.2.1).
  public var appliesTo: [String]
  public var origin: SchemaOrigin

  public var kind: Kind {
    switch validAccesses {
    case 0x30: .propertySet
    case 0x08: .validatedWrite
    default: .controlAccess
    }
  }

  /// The name to show: the Windows display name when known.
  public var shownName: String { windowsDisplayName ?? displayName }
}

/// What a name or GUID resolved to.
public enum SchemaEntry: Sendable, Hashable {
  case attribute(SchemaAttribute)
  case objectClass(SchemaClass)
  case right(ExtendedRight)

  /// The GUID an ACE carries for this entry (schemaIDGUID or rightsGuid); nil when unknown.
  public var guid: String? {
    switch self {
    case .attribute(let a): a.schemaIDGUID
    case .objectClass(let c): c.schemaIDGUID
    case .right(let r): r.rightsGuid
    }
  }

  /// The name dsacls and the ACL editor show.
  public var name: String {
    switch self {
    case .attribute(let a): a.name
    case .objectClass(let c): c.name
    case .right(let r): r.shownName
    }
  }

  /// `attribute`, `class`, `property set`, `control access right`, `validated write`.
  public var kindName: String {
    switch self {
    case .attribute: "attribute"
    case .objectClass: "class"
    case .right(let r): r.kind.rawValue
    }
  }
}
