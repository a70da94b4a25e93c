/// SDDL to a descriptor, as ConvertStringSecurityDescriptorToSecurityDescriptorW reads it.
///
/// Hand-written: no maintained Swift or C library parses SDDL (Samba's parser is GPL C inside
/// its tree). The grammar is [MS-DTYP] 2.5.1.1 and Microsoft's "Security Descriptor String
/// Format", "ACE Strings" and "SID Strings" pages (learn.microsoft.com/windows/win32/secauthz/);
/// what Windows accepts beyond it and what it refuses is taken from Samba's Windows-generated
/// corpus (libcli/security/tests/windows/*.txt):
/// spaces before components, ACL flags, ACEs and SIDs, after an alias SID and between rights
/// tokens; lower-case type, rights and alias tokens; decimal, octal and hex masks, overflowing
/// numbers clamped to 0xffffffff and negative ones wrapped. Refused: anything after a rights
/// token or a numeric SID but the separator, spaces around a GUID, braces or missing hyphens
/// in a GUID, lower-case component letters, a space before ':'.
extension SecurityDescriptor {
  /// Parses `sddl`; domain-relative aliases (DA, DU, EA, …) resolve against `context`.
  public init(sddl: String, context: SIDContext = .none) throws(SDDLError) {
    try self.init(sddlUTF8: Array(sddl.utf8), context: context)
  }

  /// Parses SDDL given as UTF-8 bytes (one line of a file, without its line break).
  public init(sddlUTF8 bytes: [UInt8], context: SIDContext = .none) throws(SDDLError) {
    // Parsed through an unsafe buffer: one bounds-checked copy of the text, then plain loads.
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(SDDLError) in
        var parser = SDDLParser(bytes: buffer, context: context)
        return try parser.parseDescriptor()
      }
    }
    self = try parsed.get()
  }
}

struct SDDLParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let context: SIDContext
  var i = 0
  // The lookup tables, fetched once per descriptor rather than once per token.
  let rightsTable = SDDLTokens.rightsTable
  let flagsTable = SDDLTokens.flagsTable
  let typesTable = SDDLTokens.typesTable
  let aliasSlots = WellKnownSID.aliasSlots

  init(bytes: UnsafeBufferPointer<UInt8>, context: SIDContext) {
    self.bytes = bytes
    self.context = context
  }

  private static let space = UInt8(ascii: " ")
  private static let semicolon = UInt8(ascii: ";")
  private static let colon = UInt8(ascii: ":")
  private static let open = UInt8(ascii: "(")
  private static let close = UInt8(ascii: ")")

  func error(_ at: Int, _ message: String) -> SDDLError {
    SDDLError(column: columnOf(bytes, at), message)
  }

  func shown(_ at: Int) -> String {
    guard at < bytes.count else { return "the end" }
    let byte = bytes[at]
    if byte == 0x09 { return "a tab" }
    if byte < 0x20 || byte >= 0x80 { return "byte 0x" + String(byte, radix: 16) }
    return "'" + String(UnicodeScalar(byte)) + "'"
  }

  /// O, G, D, S: each component once.
  static func componentBit(_ letter: UInt8) -> UInt8? {
    switch letter {
    case UInt8(ascii: "O"): 1
    case UInt8(ascii: "G"): 2
    case UInt8(ascii: "D"): 4
    case UInt8(ascii: "S"): 8
    default: nil
    }
  }

  mutating func skipSpaces() {
    while i < bytes.count, bytes[i] == Self.space { i += 1 }
  }

  mutating func parseDescriptor() throws(SDDLError) -> SecurityDescriptor {
    var sd = SecurityDescriptor()
    var seen: UInt8 = 0
    skipSpaces()
    while i < bytes.count {
      let letter = bytes[i]
      let start = i
      guard let bit = Self.componentBit(letter) else {
        throw error(i, "expected O:, G:, D: or S: (upper case), found \(shown(i))")
      }
      guard i + 1 < bytes.count, bytes[i + 1] == Self.colon else {
        throw error(i + 1, "expected ':' right after '\(Character(UnicodeScalar(letter)))'")
      }
      guard seen & bit == 0 else {
        throw error(start, "a second \(Character(UnicodeScalar(letter))): component")
      }
      seen |= bit
      i += 2
      switch letter {
      case UInt8(ascii: "O"): sd.owner = try parseComponentSID()
      case UInt8(ascii: "G"): sd.group = try parseComponentSID()
      case UInt8(ascii: "D"):
        let (acl, flags) = try parseACL(isSACL: false)
        sd.control.insert(.daclPresent)
        sd.dacl = acl
        if flags.protected { sd.control.insert(.daclProtected) }
        if flags.autoInheritRequired { sd.control.insert(.daclAutoInheritRequired) }
        if flags.autoInherited { sd.control.insert(.daclAutoInherited) }
      default:
        let (acl, flags) = try parseACL(isSACL: true)
        sd.control.insert(.saclPresent)
        sd.sacl = acl
        if flags.protected { sd.control.insert(.saclProtected) }
        if flags.autoInheritRequired { sd.control.insert(.saclAutoInheritRequired) }
        if flags.autoInherited { sd.control.insert(.saclAutoInherited) }
      }
      skipSpaces()
    }
    return sd
  }

  /// The SID after O: or G:, which ends where the next component letter starts.
  mutating func parseComponentSID() throws(SDDLError) -> SecurityIdentifier {
    skipSpaces()
    guard i < bytes.count else { throw error(i, "expected a SID or a SID alias, found the end") }
    if bytes[i] | 0x20 == UInt8(ascii: "s"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "-") {
      var (sid, end) = try SecurityIdentifier.parse(
        bytes, from: i, to: bytes.count, policy: .clampLikeWindows)
      // A hexadecimal last part swallows the 'D' of a following "D:"; give it back (Samba does).
      if end < bytes.count, bytes[end] == Self.colon, bytes[end - 1] == UInt8(ascii: "D") {
        (sid, end) = try SecurityIdentifier.parse(
          bytes, from: i, to: end - 1, policy: .clampLikeWindows)
      }
      i = end
      return sid
    }
    return try parseAlias()
  }

  /// A two-letter alias such as DA or WD, resolved in the context.
  mutating func parseAlias() throws(SDDLError) -> SecurityIdentifier {
    guard i + 1 < bytes.count, let slot = SDDLTokens.slot(bytes[i], bytes[i + 1]),
      case let index = aliasSlots[slot], index >= 0
    else {
      let end = min(i + 2, bytes.count)
      let text = String(decoding: bytes[i..<end], as: UTF8.self)
      throw error(i, "expected a SID (S-1-…) or a two-letter SID alias, found '\(text)'")
    }
    let entry = WellKnownSID.table[Int(index)]
    guard let sid = entry.sid(in: context) else {
      let base = if case .forestRoot = entry.scope { "forest root domain" } else { "domain" }
      throw error(
        i, "\(entry.alias ?? "") (\(entry.name)) is relative to the \(base) SID, and none was "
          + "given to resolve it against")
    }
    i += 2
    return sid
  }

  struct ACLFlags {
    var protected = false
    var autoInheritRequired = false
    var autoInherited = false
  }

  mutating func parseACL(isSACL: Bool) throws(SDDLError) -> (AccessControlList?, ACLFlags) {
    var flags = ACLFlags()
    var isNull = false
    skipSpaces()
    while i < bytes.count, bytes[i] != Self.open {
      if bytes[i] == UInt8(ascii: "P") {
        flags.protected = true
        i += 1
      } else if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "A"), bytes[i + 1] == UInt8(ascii: "R") {
        flags.autoInheritRequired = true
        i += 2
      } else if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "A"), bytes[i + 1] == UInt8(ascii: "I") {
        flags.autoInherited = true
        i += 2
      } else if bytes[i...].starts(with: "NO_ACCESS_CONTROL".utf8) {
        isNull = true
        i += 17
      } else {
        break
      }
    }
    skipSpaces()
    var entries: [AccessControlEntry] = []
    entries.reserveCapacity(16)
    var size = 8
    while i < bytes.count, bytes[i] == Self.open {
      let start = i
      if isNull { throw error(i, "NO_ACCESS_CONTROL (a NULL ACL) cannot have ACEs") }
      let entry = try parseACE(isSACL: isSACL)
      size += entry.byteCount
      if size > Int(UInt16.max) {
        throw error(start, "this ACE makes the ACL larger than 65535 bytes, the most an ACL holds")
      }
      entries.append(entry)
      skipSpaces()
    }
    if i < bytes.count, Self.componentBit(bytes[i]) == nil || (i + 1 < bytes.count && bytes[i + 1] != Self.colon)
    {
      throw error(
        i, "expected ACL flags (P, AR, AI), an ACE '(' or the next component, found \(shown(i))")
    }
    return (isNull ? nil : AccessControlList(entries: entries), flags)
  }

  /// The end (exclusive) of the field starting at `start`: the next ';' or, for the last, ')'.
  func fieldEnd(from start: Int, last: Bool) throws(SDDLError) -> Int {
    var j = start
    while j < bytes.count {
      let byte = bytes[j]
      if byte == Self.semicolon {
        if last { throw error(j, "expected ')' after the SID; an ACE has six fields") }
        return j
      }
      if byte == Self.close {
        if !last { throw error(j, "expected ';': an ACE has six fields, this one ends early") }
        return j
      }
      j += 1
    }
    throw error(j, last ? "expected ')' to close the ACE" : "expected ';' in the ACE")
  }

  mutating func parseACE(isSACL: Bool) throws(SDDLError) -> AccessControlEntry {
    i += 1  // "("
    // Type.
    let typeEnd = try fieldEnd(from: i, last: false)
    var a = i
    while a < typeEnd, bytes[a] == Self.space { a += 1 }
    var b = typeEnd
    while b > a, bytes[b - 1] == Self.space { b -= 1 }
    guard b - a == 1 || b - a == 2,
      let slot = SDDLTokens.slot(bytes[a], b - a == 2 ? bytes[a + 1] : nil),
      case let found = typesTable[slot], found >= 0
    else {
      throw error(a, "expected an ACE type (A, D, OA, OD, AU, OU, ML, …), found '"
        + String(decoding: bytes[a..<b], as: UTF8.self) + "'")
    }
    let raw = UInt8(found)
    let type = AceType(rawValue: raw)
    if type.isCallback || type == .systemResourceAttribute || type == .systemScopedPolicyID {
      throw error(
        a, "\(type.name) ACEs carry a conditional expression or claim, which hybridbench "
          + "does not parse; they are read and reported from binary descriptors")
    }
    i = typeEnd + 1
    // Flags.
    let flagsEnd = try fieldEnd(from: i, last: false)
    var flags: UInt8 = 0
    var j = i
    while j < flagsEnd, bytes[j] == Self.space { j += 1 }
    var k = flagsEnd
    while k > j, bytes[k - 1] == Self.space { k -= 1 }
    while j < k {
      guard j + 1 < k, let slot = SDDLTokens.slot(bytes[j], bytes[j + 1]),
        case let bit = flagsTable[slot], bit != 0
      else {
        throw error(j, "expected an ACE flag (OI, CI, NP, IO, ID, SA, FA), found \(shown(j))")
      }
      flags |= bit
      j += 2
    }
    i = flagsEnd + 1
    // Rights.
    let rightsEnd = try fieldEnd(from: i, last: false)
    let mask = try parseRights(from: i, to: rightsEnd)
    i = rightsEnd + 1
    // Object type and inherited object type.
    var guids: (GUID?, GUID?) = (nil, nil)
    for which in 0..<2 {
      let end = try fieldEnd(from: i, last: false)
      var s = i
      while s < end, bytes[s] == Self.space { s += 1 }
      if s != end {
        guard type.isObject else {
          throw error(i, "a GUID is allowed only in object ACEs (OA, OD, OU, OL), not in \(SDDLTokens.typeTokens[Int(raw)] ?? "")")
        }
        let guid = try GUID.parse(bytes, from: i, to: end)
        if which == 0 { guids.0 = guid } else { guids.1 = guid }
      }
      i = end + 1
    }
    // Trustee.
    let sidEnd = try fieldEnd(from: i, last: true)
    skipSpaces()
    let trustee: SecurityIdentifier
    if i < sidEnd, bytes[i] | 0x20 == UInt8(ascii: "s"), i + 1 < sidEnd, bytes[i + 1] == UInt8(ascii: "-") {
      let (sid, end) = try SecurityIdentifier.parse(bytes, from: i, to: sidEnd, policy: .clampLikeWindows)
      guard end == sidEnd else {
        throw error(end, "expected ')' right after the SID, found \(shown(end))")
      }
      trustee = sid
      i = end
    } else {
      guard i < sidEnd else { throw error(i, "expected the trustee SID or alias, found ')'") }
      trustee = try parseAlias()
      skipSpaces()
      guard i == sidEnd else { throw error(i, "expected ')' after the SID alias, found \(shown(i))") }
    }
    i = sidEnd + 1
    return AccessControlEntry(
      type: type, flags: AceFlags(rawValue: flags), mask: AccessMask(rawValue: mask),
      objectType: guids.0, inheritedObjectType: guids.1, trustee: trustee)
  }

  /// Rights tokens (spaces allowed between them, not after) or a number as strtoul reads it.
  func parseRights(from start: Int, to end: Int) throws(SDDLError) -> UInt32 {
    var j = start
    while j < end, bytes[j] == Self.space { j += 1 }
    if j < end, isDigit(bytes[j]) || bytes[j] == UInt8(ascii: "-") {
      return try parseNumber(from: j, to: end)
    }
    var mask: UInt32 = 0
    while j < end {
      if bytes[j] == Self.space {
        while j < end, bytes[j] == Self.space { j += 1 }
        if j == end { throw error(j - 1, "a space after the last rights token; Windows refuses it") }
        continue
      }
      guard j + 1 < end, let slot = SDDLTokens.slot(bytes[j], bytes[j + 1]),
        case let value = rightsTable[slot], value != 0
      else {
        throw error(
          j, "expected a rights token (CC DC LC SW RP WP DT LO CR SD RC WD WO GA GR GW GX FA …) "
            + "or a number, found \(shown(j))")
      }
      mask |= value
      j += 2
    }
    return mask
  }

  /// A mask number: `0x` hex, leading-zero octal or decimal, optionally negative; values past
  /// 32 bits become 0xffffffff before negation (Samba windows_is_weird.txt: -9876543210 → CC).
  func parseNumber(from start: Int, to end: Int) throws(SDDLError) -> UInt32 {
    var j = start
    let negative = bytes[j] == UInt8(ascii: "-")
    if negative { j += 1 }
    var radix: UInt64 = 10
    if j + 1 < end, bytes[j] == UInt8(ascii: "0"), bytes[j + 1] | 0x20 == UInt8(ascii: "x") {
      radix = 16
      j += 2
    } else if j < end, bytes[j] == UInt8(ascii: "0") {
      radix = 8
    }
    let digits = j
    var value: UInt64 = 0
    while j < end {
      guard let digit = hexValue(bytes[j]), UInt64(digit) < radix else {
        throw error(j, "unexpected \(shown(j)) in the access mask number")
      }
      value = min(value * radix + UInt64(digit), UInt64(UInt32.max) + 1)
      j += 1
    }
    if j == digits { throw error(j, "expected digits in the access mask number") }
    let clamped = UInt32(clamping: value)
    return negative ? 0 &- clamped : clamped
  }
}
