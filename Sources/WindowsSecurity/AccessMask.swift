/// An ACCESS_MASK ([MS-DTYP] 2.4.3) with the directory-service rights of [MS-ADTS] 5.1.3.2.
public struct AccessMask: OptionSet, Sendable, Hashable {
  public var rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// RIGHT_DS_CREATE_CHILD (SDDL CC); ObjectType names the child class.
  public static let createChild = AccessMask(rawValue: 0x0000_0001)
  /// RIGHT_DS_DELETE_CHILD (DC).
  public static let deleteChild = AccessMask(rawValue: 0x0000_0002)
  /// RIGHT_DS_LIST_CONTENTS (LC).
  public static let listChildren = AccessMask(rawValue: 0x0000_0004)
  /// RIGHT_DS_WRITE_PROPERTY_EXTENDED, a validated write (SDDL SW, dsacls WS).
  public static let validatedWrite = AccessMask(rawValue: 0x0000_0008)
  /// RIGHT_DS_READ_PROPERTY (RP).
  public static let readProperty = AccessMask(rawValue: 0x0000_0010)
  /// RIGHT_DS_WRITE_PROPERTY (WP).
  public static let writeProperty = AccessMask(rawValue: 0x0000_0020)
  /// RIGHT_DS_DELETE_TREE (DT).
  public static let deleteTree = AccessMask(rawValue: 0x0000_0040)
  /// RIGHT_DS_LIST_OBJECT (LO), enforced only when dSHeuristics sets fDoListObject.
  public static let listObject = AccessMask(rawValue: 0x0000_0080)
  /// RIGHT_DS_CONTROL_ACCESS, an extended right (SDDL CR, dsacls CA).
  public static let controlAccess = AccessMask(rawValue: 0x0000_0100)
  /// DELETE (SD).
  public static let delete = AccessMask(rawValue: 0x0001_0000)
  /// READ_CONTROL (RC).
  public static let readControl = AccessMask(rawValue: 0x0002_0000)
  /// WRITE_DAC (WD).
  public static let writeDACL = AccessMask(rawValue: 0x0004_0000)
  /// WRITE_OWNER (WO).
  public static let writeOwner = AccessMask(rawValue: 0x0008_0000)
  /// SYNCHRONIZE: not a directory right; file masks carry it.
  public static let synchronize = AccessMask(rawValue: 0x0010_0000)
  /// ACCESS_SYSTEM_SECURITY: read or write the SACL.
  public static let accessSystemSecurity = AccessMask(rawValue: 0x0100_0000)
  public static let maximumAllowed = AccessMask(rawValue: 0x0200_0000)
  public static let genericAll = AccessMask(rawValue: 0x1000_0000)
  public static let genericExecute = AccessMask(rawValue: 0x2000_0000)
  public static let genericWrite = AccessMask(rawValue: 0x4000_0000)
  public static let genericRead = AccessMask(rawValue: 0x8000_0000)

  /// Every specific right a directory object has: 0xF01FF, what GENERIC_ALL maps to.
  public static let directoryAll = AccessMask(rawValue: 0x000F_01FF)

  /// The generic bits mapped to directory rights, as AD stores them ([MS-ADTS] 5.1.3.2):
  /// GENERIC_READ → RC|LC|RP|LO, GENERIC_WRITE → RC|WP|SW, GENERIC_EXECUTE → RC|LC,
  /// GENERIC_ALL → 0xF01FF. The generic bits themselves are cleared.
  public var mappedForDirectory: AccessMask {
    var mapped = subtracting([.genericAll, .genericExecute, .genericWrite, .genericRead])
    if contains(.genericRead) { mapped.formUnion([.readControl, .listChildren, .readProperty, .listObject]) }
    if contains(.genericWrite) { mapped.formUnion([.readControl, .writeProperty, .validatedWrite]) }
    if contains(.genericExecute) { mapped.formUnion([.readControl, .listChildren]) }
    if contains(.genericAll) { mapped.formUnion(.directoryAll) }
    return mapped
  }

  /// True when any generic bit is set (AD never stores one on an effective ACE).
  public var hasGenericRights: Bool { rawValue & 0xF000_0000 != 0 }
}
