/// The `NETSETUP_*` flags of NetJoinDomain's Options (lmjoin.h), decoded into names.
public struct JoinOptions: Sendable, Hashable {
  public let rawValue: UInt32

  public init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  /// The flags in bit order, from lmjoin.h (same values in Wine/ReactOS and Samba headers).
  public static let names: [(UInt32, String)] = [
    (0x1, "JOIN_DOMAIN"), (0x2, "ACCT_CREATE"), (0x4, "ACCT_DELETE"), (0x10, "WIN9X_UPGRADE"),
    (0x20, "DOMAIN_JOIN_IF_JOINED"), (0x40, "JOIN_UNSECURE"), (0x80, "MACHINE_PWD_PASSED"),
    (0x100, "DEFER_SPN_SET"), (0x200, "JOIN_DC_ACCOUNT"), (0x400, "JOIN_WITH_NEW_NAME"),
    (0x800, "JOIN_READONLY"), (0x1000, "AMBIGUOUS_DC"), (0x2000, "NO_NETLOGON_CACHE"),
    (0x4000, "DONT_CONTROL_SERVICES"), (0x8000, "SET_MACHINE_NAME"), (0x10000, "FORCE_SPN_SET"),
    (0x20000, "NO_ACCT_REUSE"), (0x40000, "INSTALL_INVOCATION"),
    (0x1000_0000, "IGNORE_UNSUPPORTED_FLAGS"),
  ]

  /// The names of the set flags; unknown bits appear as `0x...`.
  public var flagNames: [String] {
    var rest = rawValue
    var out: [String] = []
    for (bit, name) in Self.names where rawValue & bit != 0 {
      out.append(name)
      rest &= ~bit
    }
    if rest != 0 { out.append(StatusCode.hex(rest)) }
    return out
  }

  /// True when ACCT_CREATE is set (the attempt may create the computer account).
  public var createsAccount: Bool { rawValue & 0x2 != 0 }

  /// `0x` and lower-case hex.
  public var hex: String { StatusCode.hex(rawValue) }
}
