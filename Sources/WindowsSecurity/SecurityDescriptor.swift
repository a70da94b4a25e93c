/// A self-relative security descriptor's content ([MS-DTYP] 2.4.6): owner, group, the DACL
/// (who may do what) and the SACL (what is audited), and the control flags.
public struct SecurityDescriptor: Sendable, Hashable {
  public var control: Control
  public var owner: SecurityIdentifier?
  public var group: SecurityIdentifier?
  /// The DACL; nil with `control` containing `.daclPresent` is a NULL DACL (everyone, all access).
  public var dacl: AccessControlList?
  public var sacl: AccessControlList?

  public init(
    control: Control = [], owner: SecurityIdentifier? = nil, group: SecurityIdentifier? = nil,
    dacl: AccessControlList? = nil, sacl: AccessControlList? = nil
  ) {
    self.control = control
    self.owner = owner
    self.group = group
    self.dacl = dacl
    self.sacl = sacl
    if dacl != nil { self.control.insert(.daclPresent) }
    if sacl != nil { self.control.insert(.saclPresent) }
  }

  /// True when SE_DACL_PRESENT is set without a DACL: Windows grants everyone every right.
  public var hasNullDACL: Bool { control.contains(.daclPresent) && dacl == nil }

  /// SECURITY_DESCRIPTOR_CONTROL ([MS-DTYP] 2.4.6).
  public struct Control: OptionSet, Sendable, Hashable {
    public var rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let ownerDefaulted = Control(rawValue: 0x0001)
    public static let groupDefaulted = Control(rawValue: 0x0002)
    public static let daclPresent = Control(rawValue: 0x0004)
    public static let daclDefaulted = Control(rawValue: 0x0008)
    public static let saclPresent = Control(rawValue: 0x0010)
    public static let saclDefaulted = Control(rawValue: 0x0020)
    public static let daclTrusted = Control(rawValue: 0x0040)
    public static let serverSecurity = Control(rawValue: 0x0080)
    /// SE_DACL_AUTO_INHERIT_REQ (SDDL AR on D:).
    public static let daclAutoInheritRequired = Control(rawValue: 0x0100)
    /// SE_SACL_AUTO_INHERIT_REQ (SDDL AR on S:).
    public static let saclAutoInheritRequired = Control(rawValue: 0x0200)
    /// SE_DACL_AUTO_INHERITED (SDDL AI on D:).
    public static let daclAutoInherited = Control(rawValue: 0x0400)
    /// SE_SACL_AUTO_INHERITED (SDDL AI on S:).
    public static let saclAutoInherited = Control(rawValue: 0x0800)
    /// SE_DACL_PROTECTED (SDDL P on D:): the object inherits nothing from its parent.
    public static let daclProtected = Control(rawValue: 0x1000)
    /// SE_SACL_PROTECTED (SDDL P on S:).
    public static let saclProtected = Control(rawValue: 0x2000)
    public static let resourceManagerControlValid = Control(rawValue: 0x4000)
    /// SE_SELF_RELATIVE: offsets, not pointers; every stored descriptor has it.
    public static let selfRelative = Control(rawValue: 0x8000)
  }
}
