/// The SDDL vocabulary ([MS-DTYP] 2.5.1.1; learn.microsoft.com/windows/win32/secauthz/ace-strings
/// and /access-rights-and-access-masks), with the spelling and order Windows writes.
enum SDDLTokens {
  /// ACE type tokens. ACCESS_DENIED_CALLBACK_OBJECT (0x0C) and the alarm-callback types have none.
  /// [MS-DTYP] swaps ZA and XU in its table; Windows and Samba use ZA = 0x0B, XU = 0x0D.
  static let aceTypes: [(token: String, type: UInt8)] = [
    ("A", 0x00), ("D", 0x01), ("AU", 0x02), ("AL", 0x03), ("OA", 0x05), ("OD", 0x06),
    ("OU", 0x07), ("OL", 0x08), ("XA", 0x09), ("XD", 0x0A), ("ZA", 0x0B), ("XU", 0x0D),
    ("ML", 0x11), ("RA", 0x12), ("SP", 0x13),
  ]

  /// ACE flags in the order Windows writes them (OICIID, CIIOID, OICINPIOIDSAFA).
  static let aceFlags: [(token: String, bit: UInt8)] = [
    ("OI", 0x01), ("CI", 0x02), ("NP", 0x04), ("IO", 0x08), ("ID", 0x10), ("SA", 0x40), ("FA", 0x80),
  ]

  /// One token per bit, in the order Windows writes them: CCDCLCSWRPWPDTLOCRSDRCWDWO, then the
  /// generic bits GA GX GW GR (Samba windows/non_canonical.txt: 0xe00f0000 → SDRCWDWOGXGWGR).
  static let rightBits: [(token: String, bit: UInt32)] = [
    ("CC", 0x1), ("DC", 0x2), ("LC", 0x4), ("SW", 0x8), ("RP", 0x10), ("WP", 0x20), ("DT", 0x40),
    ("LO", 0x80), ("CR", 0x100), ("SD", 0x1_0000), ("RC", 0x2_0000), ("WD", 0x4_0000),
    ("WO", 0x8_0000), ("GA", 0x1000_0000), ("GX", 0x2000_0000), ("GW", 0x4000_0000),
    ("GR", 0x8000_0000),
  ]

  /// Tokens for several bits at once. All are read; only the file rights (which carry
  /// SYNCHRONIZE, so no bit spelling fits) are written, on an exact match: Windows prints
  /// KEY_ALL_ACCESS 0xF003F as CCDCLCSWRPWPSDRCWDWO, not KA (the Deleted Objects container's
  /// descriptor as Windows and Samba's dbcheck print it).
  static let composites: [(token: String, mask: UInt32)] = [
    ("FA", 0x1F_01FF), ("FR", 0x12_0089), ("FW", 0x12_0116), ("FX", 0x12_00A0),
  ]
  static let keyRights: [(token: String, mask: UInt32)] = [
    ("KA", 0xF_003F), ("KR", 0x2_0019), ("KW", 0x2_0006), ("KX", 0x2_0019),
  ]

  /// Mandatory-label policy bits, the rights of an ML ACE: no-write-up, no-read-up, no-execute-up.
  static let labelBits: [(token: String, bit: UInt32)] = [("NW", 0x1), ("NR", 0x2), ("NX", 0x4)]

  /// A two-letter token's key for table lookups: both bytes upper-cased.
  @inline(__always)
  static func key(_ a: UInt8, _ b: UInt8) -> UInt16 {
    UInt16(upper(a)) << 8 | UInt16(upper(b))
  }

  @inline(__always)
  static func upper(_ byte: UInt8) -> UInt8 {
    byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
  }

  static func key(_ token: String) -> UInt16 {
    let u = Array(token.utf8)
    return u.count == 1 ? UInt16(u[0]) << 8 : key(u[0], u[1])
  }

  /// The slot of a two-letter token in the 27×27 lookup tables (letters A–Z, either case, and
  /// a blank second letter for A and D); nil for anything else. Tables, not dictionaries: the
  /// parser looks a token up for every right, flag and alias.
  @inline(__always)
  static func slot(_ a: UInt8, _ b: UInt8?) -> Int? {
    let x = Int(upper(a)) - 0x41
    guard x >= 0, x < 26 else { return nil }
    guard let b else { return x * 27 + 26 }
    let y = Int(upper(b)) - 0x41
    guard y >= 0, y < 26 else { return nil }
    return x * 27 + y
  }

  static func table<Value>(_ pairs: [(String, Value)], empty: Value) -> [Value] {
    var table = [Value](repeating: empty, count: 27 * 27)
    for (token, value) in pairs {
      let u = Array(token.utf8)
      table[slot(u[0], u.count > 1 ? u[1] : nil)!] = value
    }
    return table
  }

  /// Rights accepted in any ACE's rights field; 0 for no such token.
  static let rightsTable: [UInt32] = table(
    rightBits.map { ($0.token, $0.bit) } + (composites + keyRights).map { ($0.token, $0.mask) }
      + labelBits.map { ($0.token, $0.bit) }, empty: 0)

  /// ACE types by token; -1 for no such token.
  static let typesTable: [Int16] = table(aceTypes.map { ($0.token, Int16($0.type)) }, empty: -1)

  /// ACE flags by token; 0 for no such token.
  static let flagsTable: [UInt8] = table(aceFlags.map { ($0.token, $0.bit) }, empty: 0)

  static let typeTokens: [String?] = {
    var tokens = [String?](repeating: nil, count: 256)
    for (token, type) in aceTypes { tokens[Int(type)] = token }
    return tokens
  }()
}
