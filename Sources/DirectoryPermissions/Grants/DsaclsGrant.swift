import WindowsSecurity

/// Which objects a dsacls grant reaches (`/I:T`, `/I:S`, `/I:P`), or none (this object only).
public enum DsaclsInheritance: String, Sendable, Hashable, CaseIterable {
  /// `/I:T`, "This object and sub objects": CONTAINER_INHERIT.
  case thisAndSubobjects = "T"
  /// `/I:S`, "Sub objects only": CONTAINER_INHERIT | INHERIT_ONLY.
  case subobjectsOnly = "S"
  /// `/I:P`, "Propagate inheritable permissions one level only": CONTAINER_INHERIT |
  /// NO_PROPAGATE_INHERIT ([verify] in the reference notes; .NET SelfAndChildren agrees).
  case oneLevel = "P"

  /// The ACE flags the switch sets (permissions.md 1.1; AD only honours CI, [MS-ADTS] 6.1.3).
  public var flags: AceFlags {
    switch self {
    case .thisAndSubobjects: [.containerInherit]
    case .subobjectsOnly: [.containerInherit, .inheritOnly]
    case .oneLevel: [.containerInherit, .noPropagateInherit]
    }
  }

  /// What the ACL editor's "Applies to" says for it.
  public var appliesTo: String {
    switch self {
    case .thisAndSubobjects: "this object and all descendant objects"
    case .subobjectsOnly: "all descendant objects"
    case .oneLevel: "this object and its immediate children"
    }
  }
}

/// One dsacls permission statement, `trustee:perms[;object|property][;inheritedObjectType]`,
/// with the switch it was given under (`/G` grant, `/D` deny) and the `/I:` inheritance,
/// names resolved through the schema.
public struct DsaclsGrant: Sendable, Hashable {
  public var deny: Bool
  public var trustee: TrusteeName
  /// The rights as written (generic bits kept: AD maps them when it stores the ACE).
  public var rights: AccessMask
  /// The Object/Property field: an attribute, property set, extended right or class.
  public var object: SchemaEntry?
  /// The Inherited Object Type field: the class of descendants the ACE is meant for.
  public var inheritedClass: SchemaClass?
  public var inheritance: DsaclsInheritance?

  public init(
    deny: Bool = false, trustee: TrusteeName, rights: AccessMask, object: SchemaEntry? = nil,
    inheritedClass: SchemaClass? = nil, inheritance: DsaclsInheritance? = nil
  ) {
    self.deny = deny
    self.trustee = trustee
    self.rights = rights
    self.object = object
    self.inheritedClass = inheritedClass
    self.inheritance = inheritance
  }

  /// The ACE dsacls writes for `sid`: an object ACE when either GUID is present.
  public func ace(for sid: SecurityIdentifier) -> AccessControlEntry {
    let objectType = object?.guid.flatMap { try? GUID(parsing: $0) }
    let inheritedType = (try? GUID(parsing: inheritedClass?.schemaIDGUID ?? "")) ?? nil
    let isObject = objectType != nil || inheritedType != nil
    let type: AceType =
      deny
      ? (isObject ? .accessDeniedObject : .accessDenied)
      : (isObject ? .accessAllowedObject : .accessAllowed)
    return AccessControlEntry(
      type: type, flags: inheritance?.flags ?? [], mask: rights, objectType: objectType,
      inheritedObjectType: inheritedType, trustee: sid)
  }

  /// Warnings dsacls users run into, from its help text and the reference notes.
  public var warnings: [String] {
    var result: [String] = []
    if inheritedClass != nil && inheritance == nil {
      result.append(
        "an inherited object type without /I: the ACE applies to this object only and never "
          + "reaches a descendant (dsacls: \"The permissions MUST be Inherit Only\"); use /I:S")
    }
    if let object, case .right(let right) = object, right.kind == .controlAccess,
      !rights.contains(.controlAccess)
    {
      result.append("'\(right.shownName)' is a control access right: grant it with CA")
    }
    if let object, case .attribute = object,
      !rights.subtracting([.readProperty, .writeProperty]).isEmpty
    {
      result.append("an attribute only takes RP or WP: other rights on it have no effect")
    }
    return result
  }
}
