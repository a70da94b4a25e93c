import WindowsSecurity

/// The F value of `SAM\Domains\Account\Users\<RID>`: the fixed-size record with times, RID, ACB
/// flags and counters. Offsets agree across chntpw `sam.h`, libyal winreg-kb and dissect.target.
public struct UserFixedRecord: Sendable, Hashable {
  /// Byte offsets inside F, named so change lists and tests cite the same numbers.
  public enum Offset {
    public static let lastLogon = 0x08
    public static let passwordLastSet = 0x18
    public static let accountExpires = 0x20
    public static let lastBadPassword = 0x28
    public static let rid = 0x30
    public static let accountControl = 0x38
    public static let badPasswordCount = 0x40
    public static let logonCount = 0x42
  }

  /// The smallest F that holds every field read here (Windows writes 0x50 bytes).
  public static let minimumLength = 0x44

  public var lastLogon: FileTime
  /// pwdLastSet; zero means "User must change password at next logon" unless PWNOEXP is set.
  public var passwordLastSet: FileTime
  public var accountExpires: FileTime
  public var lastBadPassword: FileTime
  public var rid: UInt32
  public var accountControl: AccountControl
  public var badPasswordCount: UInt16
  public var logonCount: UInt16

  /// Decodes F; nil when it is shorter than `minimumLength`.
  init?(_ f: [UInt8]) {
    guard f.count >= Self.minimumLength,
      let lastLogon = f.le64(at: Offset.lastLogon),
      let pwdLastSet = f.le64(at: Offset.passwordLastSet),
      let expires = f.le64(at: Offset.accountExpires),
      let badTime = f.le64(at: Offset.lastBadPassword),
      let rid = f.le32(at: Offset.rid),
      let acb = f.le16(at: Offset.accountControl),
      let bad = f.le16(at: Offset.badPasswordCount),
      let logons = f.le16(at: Offset.logonCount)
    else { return nil }
    self.lastLogon = FileTime(ticks: lastLogon)
    passwordLastSet = FileTime(ticks: pwdLastSet)
    accountExpires = FileTime(ticks: expires)
    lastBadPassword = FileTime(ticks: badTime)
    self.rid = rid
    accountControl = AccountControl(rawValue: acb)
    badPasswordCount = bad
    logonCount = logons
  }
}
