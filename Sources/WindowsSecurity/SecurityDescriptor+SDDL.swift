/// A descriptor as SDDL, spelled as ConvertSecurityDescriptorToStringSecurityDescriptorW spells
/// it: O, G, D, S in that order; ACL flags P AR AI; ACE flags OI CI NP IO ID SA FA; rights bit
/// by bit in CCDCLCSWRPWPDTLOCRSDRCWDWO GA GX GW GR order, else one file-rights token on an exact
/// match (FA FR FW FX), else `0x` lower-case hex when a bit has no token; lower-case GUIDs; SIDs
/// by alias when one fits in `context`. Hand-written: no library formats SDDL. Written into one
/// byte buffer, the way a bulk conversion wants it.
extension SecurityDescriptor {
  /// The SDDL text. What SDDL cannot say (see `sddlLimitations`) is left out of it.
  public func sddl(in context: SIDContext = .none) -> String {
    var w = SDDLWriter(context: context)
    w.descriptor(self)
    return w.finishString()
  }

  /// Appends the SDDL text's UTF-8 bytes to `out` (bulk conversion without a String per line).
  public func appendSDDL(to out: inout [UInt8], in context: SIDContext = .none) {
    var w = SDDLWriter(context: context)
    w.descriptor(self)
    w.finish(appendingTo: &out)
  }

  /// What the SDDL text of this descriptor does not carry, one line each (empty when it is
  /// complete): control bits SDDL has no letter for, ACE types and flags without a token,
  /// callback conditions and claims this code does not decode, padding after a SID.
  public var sddlLimitations: [String] {
    var notes: [String] = []
    let spelled: Control = [
      .daclPresent, .saclPresent, .daclProtected, .saclProtected, .daclAutoInheritRequired,
      .saclAutoInheritRequired, .daclAutoInherited, .saclAutoInherited, .selfRelative,
    ]
    let unspelled = control.subtracting(spelled)
    if !unspelled.isEmpty {
      notes.append("control bits 0x\(String(unspelled.rawValue, radix: 16)) have no SDDL letter")
    }
    for (name, acl) in [("DACL", dacl), ("SACL", sacl)] {
      for (index, entry) in (acl?.entries ?? []).enumerated() {
        let at = "\(name) ACE \(index)"
        if SDDLTokens.typeTokens[Int(entry.type.rawValue)] == nil {
          notes.append("\(at): \(entry.type.name) has no SDDL token; written as its number")
        }
        if entry.flags.rawValue & 0x20 != 0 {
          notes.append("\(at): flag 0x20 (CRITICAL_ACE_FLAG) has no SDDL token; left out")
        }
        if !entry.applicationData.isEmpty {
          let what =
            entry.type.isCallback
            ? "conditional expression" : entry.type == .systemResourceAttribute ? "claim" : "padding"
          notes.append(
            "\(at): \(entry.applicationData.count) bytes of \(what) after the SID are not in the SDDL")
        }
      }
    }
    return notes
  }
}

extension AccessControlEntry {
  /// This ACE as `(type;flags;rights;object;inherited-object;sid)`.
  public func sddl(in context: SIDContext = .none) -> String {
    var w = SDDLWriter(context: context)
    w.entry(self)
    return w.finishString()
  }
}

extension AccessMask {
  /// The rights field as Windows writes it (`CCDCLCSWRPWPDTLOCRSDRCWDWO`, `FA`, `0x1200a9`).
  public var sddl: String {
    var w = SDDLWriter(context: .none)
    w.rights(rawValue, label: false)
    return w.finishString()
  }
}

extension SecurityIdentifier {
  /// The alias Windows writes for this SID in `context` (DA, WD, …), else the S-1-… form.
  public func sddl(in context: SIDContext = .none) -> String {
    var w = SDDLWriter(context: context)
    w.sid(self)
    return w.finishString()
  }
}

/// Writes SDDL into a raw byte buffer it owns; `finish…` hands the bytes over and frees it.
/// Raw stores rather than Array appends: the writer emits a byte or a token per field, and
/// space is ensured once per ACE (an ACE's text is at most 512 bytes).
struct SDDLWriter {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0
  let context: SIDContext
  let aliasBytes = Self.aliasTokens
  let typeBytes = Self.typeTokens
  let flagBytes = Self.flagTokens
  let rightBytes = Self.rightTokens
  let hexPairs = Self.hexPairTable

  init(context: SIDContext) {
    self.context = context
    capacity = 4096
    base = .allocate(capacity: capacity)
  }

  static let aliasTokens: [[UInt8]] = WellKnownSID.table.map { Array(($0.alias ?? "").utf8) }
  static let typeTokens: [[UInt8]] = SDDLTokens.typeTokens.map { Array(($0 ?? "").utf8) }
  static let flagTokens: [(a: UInt8, b: UInt8, bit: UInt8)] = SDDLTokens.aceFlags.map {
    let u = Array($0.token.utf8)
    return (u[0], u[1], $0.bit)
  }
  static let rightTokens: [(a: UInt8, b: UInt8, bit: UInt32)] = SDDLTokens.rightBits.map {
    let u = Array($0.token.utf8)
    return (u[0], u[1], $0.bit)
  }
  static let labelTokens: [(token: [UInt8], bit: UInt32)] = SDDLTokens.labelBits.map { (Array($0.token.utf8), $0.bit) }
  static let coveredBits: UInt32 = SDDLTokens.rightBits.reduce(0) { $0 | $1.bit }
  static let hexDigits: StaticString = "0123456789abcdef"
  /// "00" "01" … "ff": two lower-case digits per byte value.
  static let hexPairTable: [UInt8] = (0..<256).flatMap { b -> [UInt8] in
    let digits = Array("0123456789abcdef".utf8)
    return [digits[b >> 4], digits[b & 0xF]]
  }

  mutating func ensure(_ more: Int) {
    guard count + more > capacity else { return }
    let grown = max(capacity * 2, count + more)
    let next = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    next.update(from: base, count: count)
    base.deallocate()
    base = next
    capacity = grown
  }

  mutating func finishString() -> String {
    defer { base.deallocate() }
    return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
  }

  mutating func finish(appendingTo out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    base.deallocate()
  }

  @inline(__always)
  mutating func byte(_ b: UInt8) {
    base[count] = b
    count += 1
  }

  @inline(__always)
  mutating func bytes(_ token: [UInt8]) {
    for b in token { byte(b) }
  }

  @inline(__always)
  mutating func ascii(_ s: StaticString) {
    ensure(s.utf8CodeUnitCount)
    let p = s.utf8Start
    for k in 0..<s.utf8CodeUnitCount { byte(p[k]) }
  }

  mutating func decimal<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
    var v = UInt64(value)
    if v < 10 {
      byte(0x30 + UInt8(v))
      return
    }
    var digits = 0
    var probe = v
    while probe > 0 {
      digits += 1
      probe /= 10
    }
    var k = count + digits - 1
    while v > 0 {
      base[k] = 0x30 + UInt8(v % 10)
      v /= 10
      k -= 1
    }
    count += digits
  }

  mutating func hex(_ value: UInt64, uppercase: Bool = false) {
    byte(0x30)
    byte(0x78)
    var shift = 60
    while shift > 0, (value >> UInt64(shift)) & 0xF == 0 { shift -= 4 }
    let digits = Self.hexDigits.utf8Start
    while shift >= 0 {
      let digit = digits[Int((value >> UInt64(shift)) & 0xF)]
      byte(uppercase && digit > 0x39 ? digit - 0x20 : digit)
      shift -= 4
    }
  }

  mutating func descriptor(_ sd: SecurityDescriptor) {
    if let owner = sd.owner {
      ascii("O:")
      sid(owner)
    }
    if let group = sd.group {
      ascii("G:")
      sid(group)
    }
    let c = sd.control
    if c.contains(.daclPresent) {
      ascii("D:")
      aclFlags(c.contains(.daclProtected), c.contains(.daclAutoInheritRequired), c.contains(.daclAutoInherited))
      if let dacl = sd.dacl { for e in dacl.entries { entry(e) } } else { ascii("NO_ACCESS_CONTROL") }
    }
    if c.contains(.saclPresent) {
      ascii("S:")
      aclFlags(c.contains(.saclProtected), c.contains(.saclAutoInheritRequired), c.contains(.saclAutoInherited))
      if let sacl = sd.sacl { for e in sacl.entries { entry(e) } } else { ascii("NO_ACCESS_CONTROL") }
    }
  }

  mutating func aclFlags(_ protected: Bool, _ required: Bool, _ inherited: Bool) {
    if protected { byte(UInt8(ascii: "P")) }
    if required { ascii("AR") }
    if inherited { ascii("AI") }
  }

  mutating func sid(_ sid: SecurityIdentifier) {
    ensure(12 + 11 * sid.subAuthorities.count + 20)
    if let index = WellKnownSID.index(for: sid, in: context), !aliasBytes[index].isEmpty {
      bytes(aliasBytes[index])
      return
    }
    ascii("S-")
    decimal(sid.revision)
    byte(UInt8(ascii: "-"))
    if sid.authority >> 32 != 0 { hex(sid.authority, uppercase: true) } else { decimal(sid.authority) }
    for sub in sid.subAuthorities {
      byte(UInt8(ascii: "-"))
      decimal(sub)
    }
  }

  mutating func entry(_ e: AccessControlEntry) {
    ensure(512)
    byte(UInt8(ascii: "("))
    let token = typeBytes[Int(e.type.rawValue)]
    if token.isEmpty { hex(UInt64(e.type.rawValue)) } else { bytes(token) }
    byte(UInt8(ascii: ";"))
    let flags = e.flags.rawValue
    if flags != 0 {
      for (a, b, bit) in flagBytes where flags & bit != 0 {
        byte(a)
        byte(b)
      }
    }
    byte(UInt8(ascii: ";"))
    rights(e.mask.rawValue, label: e.type == .systemMandatoryLabel)
    byte(UInt8(ascii: ";"))
    if let objectType = e.objectType { guid(objectType) }
    byte(UInt8(ascii: ";"))
    if let inherited = e.inheritedObjectType { guid(inherited) }
    byte(UInt8(ascii: ";"))
    sid(e.trustee)
    byte(UInt8(ascii: ")"))
  }

  mutating func guid(_ g: GUID) {
    // 8-4-4-4-12: bytes 0-3, 4-5, 6-7 of `high`, then bytes 0-1, 2-7 of `low`.
    hexBytes(g.high, 0, 4)
    byte(UInt8(ascii: "-"))
    hexBytes(g.high, 4, 6)
    byte(UInt8(ascii: "-"))
    hexBytes(g.high, 6, 8)
    byte(UInt8(ascii: "-"))
    hexBytes(g.low, 0, 2)
    byte(UInt8(ascii: "-"))
    hexBytes(g.low, 2, 8)
  }

  /// Bytes `from ..< to` of `word` (most significant first), two lower-case digits each.
  @inline(__always)
  mutating func hexBytes(_ word: UInt64, _ from: Int, _ to: Int) {
    var k = from
    while k < to {
      let b = Int(truncatingIfNeeded: (word >> UInt64(56 - 8 * k)) & 0xFF)
      byte(hexPairs[2 * b])
      byte(hexPairs[2 * b + 1])
      k += 1
    }
  }

  mutating func rights(_ mask: UInt32, label: Bool) {
    if mask == 0 { return }
    ensure(40)
    if label {
      if mask & ~0x7 == 0 {
        for (token, bit) in Self.labelTokens where mask & bit != 0 { bytes(token) }
        return
      }
    } else {
      if mask & ~Self.coveredBits == 0 {
        for (a, b, bit) in rightBytes where mask & bit != 0 {
          byte(a)
          byte(b)
        }
        return
      }
      for (token, composite) in SDDLTokens.composites where composite == mask {
        bytes(Array(token.utf8))
        return
      }
    }
    hex(UInt64(mask))
  }
}
