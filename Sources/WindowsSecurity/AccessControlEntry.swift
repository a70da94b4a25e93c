/// One ACE ([MS-DTYP] 2.4.4): who (trustee), what (mask), how (type and flags) and, for object
/// ACEs, which property, property set, extended right or child class (ObjectType) and which
/// class of descendant inherits it (InheritedObjectType).
public struct AccessControlEntry: Sendable, Hashable {
  public var type: AceType
  public var flags: AceFlags
  public var mask: AccessMask
  /// ObjectType of an object ACE: attribute, property set, extended right or child class.
  public var objectType: GUID?
  /// InheritedObjectType of an object ACE: the class of object that inherits the ACE.
  public var inheritedObjectType: GUID?
  public var trustee: SecurityIdentifier
  /// Bytes after the SID: the conditional expression of a callback ACE, the claim of a
  /// resource-attribute ACE; kept as read, so a descriptor re-encodes byte for byte.
  public var applicationData: [UInt8]

  public init(
    type: AceType, flags: AceFlags = [], mask: AccessMask, objectType: GUID? = nil,
    inheritedObjectType: GUID? = nil, trustee: SecurityIdentifier, applicationData: [UInt8] = []
  ) {
    self.type = type
    self.flags = flags
    self.mask = mask
    self.objectType = objectType
    self.inheritedObjectType = inheritedObjectType
    self.trustee = trustee
    self.applicationData = applicationData
  }

  /// True for INHERITED_ACE (SDDL ID): copied from a parent, not set on this object.
  public var isInherited: Bool { flags.contains(.inherited) }
  /// True for INHERIT_ONLY_ACE (SDDL IO): the ACE does not apply to this object itself.
  public var isInheritOnly: Bool { flags.contains(.inheritOnly) }
}

/// The ACE type byte ([MS-DTYP] 2.4.4.1). A struct over the byte, not an enum, so a type this
/// code does not name still round-trips.
public struct AceType: RawRepresentable, Sendable, Hashable {
  public var rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let accessAllowed = AceType(rawValue: 0x00)
  public static let accessDenied = AceType(rawValue: 0x01)
  public static let systemAudit = AceType(rawValue: 0x02)
  public static let systemAlarm = AceType(rawValue: 0x03)
  public static let accessAllowedCompound = AceType(rawValue: 0x04)
  public static let accessAllowedObject = AceType(rawValue: 0x05)
  public static let accessDeniedObject = AceType(rawValue: 0x06)
  public static let systemAuditObject = AceType(rawValue: 0x07)
  public static let systemAlarmObject = AceType(rawValue: 0x08)
  public static let accessAllowedCallback = AceType(rawValue: 0x09)
  public static let accessDeniedCallback = AceType(rawValue: 0x0A)
  public static let accessAllowedCallbackObject = AceType(rawValue: 0x0B)
  public static let accessDeniedCallbackObject = AceType(rawValue: 0x0C)
  public static let systemAuditCallback = AceType(rawValue: 0x0D)
  public static let systemAlarmCallback = AceType(rawValue: 0x0E)
  public static let systemAuditCallbackObject = AceType(rawValue: 0x0F)
  public static let systemAlarmCallbackObject = AceType(rawValue: 0x10)
  public static let systemMandatoryLabel = AceType(rawValue: 0x11)
  public static let systemResourceAttribute = AceType(rawValue: 0x12)
  public static let systemScopedPolicyID = AceType(rawValue: 0x13)

  /// Object ACEs carry the Flags word and optional ObjectType / InheritedObjectType GUIDs.
  public var isObject: Bool {
    switch rawValue {
    case 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0F, 0x10: true
    default: false
    }
  }

  /// Callback ACEs carry a conditional expression after the SID ([MS-DTYP] 2.4.4.17).
  public var isCallback: Bool { (0x09...0x10).contains(rawValue) }

  /// Allow ACEs of every shape.
  public var isAllow: Bool {
    switch rawValue {
    case 0x00, 0x04, 0x05, 0x09, 0x0B: true
    default: false
    }
  }

  /// Deny ACEs of every shape.
  public var isDeny: Bool {
    switch rawValue {
    case 0x01, 0x06, 0x0A, 0x0C: true
    default: false
    }
  }

  /// Audit and alarm ACEs, which belong in the SACL.
  public var isAudit: Bool {
    switch rawValue {
    case 0x02, 0x03, 0x07, 0x08, 0x0D, 0x0E, 0x0F, 0x10: true
    default: false
    }
  }

  /// True for the types [MS-DTYP] 2.4.4.1 defines (0x00–0x13).
  public var isDefined: Bool { rawValue <= 0x13 }

  /// The [MS-DTYP] constant name, e.g. ACCESS_ALLOWED_OBJECT_ACE_TYPE.
  public var name: String {
    let names = [
      "ACCESS_ALLOWED", "ACCESS_DENIED", "SYSTEM_AUDIT", "SYSTEM_ALARM", "ACCESS_ALLOWED_COMPOUND",
      "ACCESS_ALLOWED_OBJECT", "ACCESS_DENIED_OBJECT", "SYSTEM_AUDIT_OBJECT", "SYSTEM_ALARM_OBJECT",
      "ACCESS_ALLOWED_CALLBACK", "ACCESS_DENIED_CALLBACK", "ACCESS_ALLOWED_CALLBACK_OBJECT",
      "ACCESS_DENIED_CALLBACK_OBJECT", "SYSTEM_AUDIT_CALLBACK", "SYSTEM_ALARM_CALLBACK",
      "SYSTEM_AUDIT_CALLBACK_OBJECT", "SYSTEM_ALARM_CALLBACK_OBJECT", "SYSTEM_MANDATORY_LABEL",
      "SYSTEM_RESOURCE_ATTRIBUTE", "SYSTEM_SCOPED_POLICY_ID",
    ]
    return Int(rawValue) < names.count
      ? names[Int(rawValue)] + "_ACE_TYPE" : "ACE type 0x" + String(rawValue, radix: 16)
  }
}

/// The ACE flags byte ([MS-DTYP] 2.4.4.1): inheritance and audit flags.
public struct AceFlags: OptionSet, Sendable, Hashable {
  public var rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// OBJECT_INHERIT_ACE (OI); never effective in AD, where every object is a container.
  public static let objectInherit = AceFlags(rawValue: 0x01)
  /// CONTAINER_INHERIT_ACE (CI).
  public static let containerInherit = AceFlags(rawValue: 0x02)
  /// NO_PROPAGATE_INHERIT_ACE (NP): children inherit it, grandchildren do not.
  public static let noPropagateInherit = AceFlags(rawValue: 0x04)
  /// INHERIT_ONLY_ACE (IO).
  public static let inheritOnly = AceFlags(rawValue: 0x08)
  /// INHERITED_ACE (ID).
  public static let inherited = AceFlags(rawValue: 0x10)
  /// CRITICAL_ACE_FLAG (0x20, [MS-DTYP] 2.4.4.1); SDDL has no token for it.
  public static let critical = AceFlags(rawValue: 0x20)
  /// SUCCESSFUL_ACCESS_ACE_FLAG (SA), audit ACEs only.
  public static let successfulAccess = AceFlags(rawValue: 0x40)
  /// FAILED_ACCESS_ACE_FLAG (FA), audit ACEs only.
  public static let failedAccess = AceFlags(rawValue: 0x80)
}
