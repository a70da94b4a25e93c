/// The account control bits (ACB) stored as a 16-bit field at F+0x38 of a SAM user key.
///
/// Values from chntpw `sam.h`, libyal winreg-kb "Security Accounts Manager keys" and MS-SAMR
/// 2.2.1.12 (USER_ACCOUNT codes); the shell shows them by name so nobody decodes hex by hand.
public struct AccountControl: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// ACB_DISABLED: the account cannot log on.
  public static let disabled = AccountControl(rawValue: 0x0001)
  /// ACB_HOMDIRREQ: a home directory is required.
  public static let homeDirectoryRequired = AccountControl(rawValue: 0x0002)
  /// ACB_PWNOTREQ: the account may have an empty password.
  public static let passwordNotRequired = AccountControl(rawValue: 0x0004)
  /// ACB_TEMPDUP: temporary duplicate account.
  public static let temporaryDuplicate = AccountControl(rawValue: 0x0008)
  /// ACB_NORMAL: an ordinary user account.
  public static let normal = AccountControl(rawValue: 0x0010)
  /// ACB_MNS: Majority Node Set logon account.
  public static let majorityNodeSet = AccountControl(rawValue: 0x0020)
  /// ACB_DOMTRUST: interdomain trust account.
  public static let domainTrust = AccountControl(rawValue: 0x0040)
  /// ACB_WSTRUST: workstation trust account.
  public static let workstationTrust = AccountControl(rawValue: 0x0080)
  /// ACB_SVRTRUST: server (domain controller) trust account.
  public static let serverTrust = AccountControl(rawValue: 0x0100)
  /// ACB_PWNOEXP: "Password never expires"; also cancels "must change at next logon".
  public static let passwordNeverExpires = AccountControl(rawValue: 0x0200)
  /// ACB_AUTOLOCK: locked out after too many bad passwords.
  public static let autoLocked = AccountControl(rawValue: 0x0400)

  /// Every named bit with its chntpw-style short name, in bit order.
  public static let named: [(AccountControl, String)] = [
    (.disabled, "DISABLED"), (.homeDirectoryRequired, "HOMDIRREQ"),
    (.passwordNotRequired, "PWNOTREQ"), (.temporaryDuplicate, "TEMPDUP"), (.normal, "NORMAL"),
    (.majorityNodeSet, "MNS"), (.domainTrust, "DOMTRUST"), (.workstationTrust, "WSTRUST"),
    (.serverTrust, "SVRTRUST"), (.passwordNeverExpires, "PWNOEXP"), (.autoLocked, "AUTOLOCK"),
  ]

  /// The names of the bits that are set; unknown bits appear as `0x....`.
  public var names: [String] {
    var result: [String] = []
    var rest = rawValue
    for (bit, name) in Self.named where contains(bit) {
      result.append(name)
      rest &= ~bit.rawValue
    }
    if rest != 0 { result.append(Hex.word(rest)) }
    return result
  }

  /// `0x0210 [NORMAL|PWNOEXP]`: the value and its names, the form change lists use.
  public var summary: String {
    "\(Hex.word(rawValue)) [\(names.joined(separator: "|"))]"
  }
}
