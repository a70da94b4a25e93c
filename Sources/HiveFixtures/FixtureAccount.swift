import WindowsSecurity

/// One account for a test hive, described by the fields the SAM stores, and its F and V bytes
/// laid out as chntpw `sam.h` / libyal winreg-kb document them. The security descriptor in V is
/// written by WindowsSecurity, whose binary form its own tests check against [MS-DTYP] bytes.
public struct FixtureAccount {
  /// An ACE for the user object's DACL.
  public typealias ACE = AccessControlEntry

  public var rid: UInt32
  public var name: String
  public var fullName = ""
  public var comment = ""
  public var acb: UInt16 = 0x0010
  public var passwordLastSet: UInt64 = 0
  public var lastLogon: UInt64 = 0
  public var accountExpires: UInt64 = 0x7FFF_FFFF_FFFF_FFFF
  public var badPasswordCount: UInt16 = 0
  public var logonCount: UInt16 = 0
  public var lmHashLength = 0x18
  public var ntHashLength = 0x38
  public var dacl: [ACE]

  /// Default MS-SAMR DACL form "a": World USER_EXECUTE|USER_READ (0x2035b), Administrators and
  /// Account Operators all (0xf07ff), Self USER_WRITE (0x20044). The turbinia SAM shows the same.
  public static func defaultDACL(rid: UInt32) -> [ACE] {
    [
      allow(0x2035B, sid(authority: 1, [0])),
      allow(0xF07FF, sid(authority: 5, [32, 544])),
      allow(0xF07FF, sid(authority: 5, [32, 548])),
      allow(0x20044, sid(authority: 5, [21, 1, 2, 3, rid])),
    ]
  }

  /// "User cannot change password": USER_CHANGE_PASSWORD (0x40) removed from World and Self.
  public static func cannotChangeDACL(rid: UInt32) -> [ACE] {
    defaultDACL(rid: rid).map { ace in
      var ace = ace
      if ace.mask.rawValue == 0x2035B || ace.mask.rawValue == 0x20044 { ace.mask.remove(AccessMask(rawValue: 0x40)) }
      return ace
    }
  }

  public init(rid: UInt32, name: String, dacl: [ACE]? = nil) {
    self.rid = rid
    self.name = name
    self.dacl = dacl ?? Self.defaultDACL(rid: rid)
  }

  public static func sid(authority: UInt8, _ subs: [UInt32]) -> SecurityIdentifier {
    SecurityIdentifier(authority: UInt64(authority), subAuthorities: subs)
  }

  /// An ACCESS_ALLOWED ACE with `mask` for `sid`.
  public static func allow(_ mask: UInt32, _ sid: SecurityIdentifier) -> ACE {
    ACE(type: .accessAllowed, mask: AccessMask(rawValue: mask), trustee: sid)
  }

  /// An ACCESS_DENIED ACE with `mask` for `sid`.
  public static func deny(_ mask: UInt32, _ sid: SecurityIdentifier) -> ACE {
    ACE(type: .accessDenied, mask: AccessMask(rawValue: mask), trustee: sid)
  }

  public static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xff), UInt8(v >> 8)] }
  public static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * UInt32($0))) & 0xff) } }
  public static func le64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8((v >> (8 * UInt64($0))) & 0xff) } }

  /// The 0x50-byte F value.
  public var f: [UInt8] {
    var f = [UInt8](repeating: 0, count: 0x50)
    func put(_ offset: Int, _ bytes: [UInt8]) {
      f.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
    }
    put(0x00, Self.le16(2))
    put(0x08, Self.le64(lastLogon))
    put(0x18, Self.le64(passwordLastSet))
    put(0x20, Self.le64(accountExpires))
    put(0x30, Self.le32(rid))
    put(0x38, Self.le16(acb))
    put(0x40, Self.le16(badPasswordCount))
    put(0x42, Self.le16(logonCount))
    return f
  }

  /// A self-relative security descriptor: owner and group Administrators, the DACL above.
  public var securityDescriptor: [UInt8] {
    let administrators = Self.sid(authority: 5, [32, 544])
    return SecurityDescriptor(
      owner: administrators, group: administrators,
      dacl: AccessControlList(revision: AccessControlList.revision2, entries: dacl)
    ).selfRelativeBytes
  }

  /// The V value: 17 table entries (0xCC bytes), then SD, names and hash entries, each at an
  /// offset relative to 0xCC and padded to 4 bytes.
  public var v: [UInt8] {
    let utf16 = { (s: String) in s.utf16.flatMap { Self.le16($0) } }
    let parts: [(entry: Int, bytes: [UInt8])] = [
      (0x00, securityDescriptor), (0x0C, utf16(name)), (0x18, utf16(fullName)),
      (0x24, utf16(comment)), (0x9C, [UInt8](repeating: 0xAA, count: lmHashLength)),
      (0xA8, [UInt8](repeating: 0xBB, count: ntHashLength)),
    ]
    var table = [UInt8](repeating: 0, count: 0xCC)
    var data: [UInt8] = []
    for part in parts {
      table.replaceSubrange(part.entry..<(part.entry + 4), with: Self.le32(UInt32(data.count)))
      table.replaceSubrange(
        (part.entry + 4)..<(part.entry + 8), with: Self.le32(UInt32(part.bytes.count)))
      data += part.bytes
      while data.count % 4 != 0 { data.append(0) }
    }
    return table + data
  }
}
