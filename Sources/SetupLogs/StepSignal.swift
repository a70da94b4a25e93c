import Findings

/// What a NetSetup.log message says went wrong: a non-zero code (Win32, NTSTATUS or LDAP, with
/// the Win32 code an LDAP failure carries after it) or, for lines without a code, a known
/// failure phrase such as "is not an OU".
struct StepSignal: Equatable {
  var code: UInt32?
  var kind: CodeKind
  /// The Win32 code after an LDAP result code (`ldap_add_s failed: 0x35 0x216d`).
  var win32AfterLDAP: UInt32?

  /// The failure phrases recognised on lines without a code, matched at the end of the line.
  static let phrases: [StaticString] = [
    "is not an OU", "specifying OU is not supported", "rollback due to earlier errors",
    "Denied by Active Directory Policy",
  ]

  /// Scans one message (the line after its timestamp); nil when it reports no failure.
  static func scan(_ m: UnsafeBufferPointer<UInt8>) -> StepSignal? {
    guard let base = m.baseAddress, m.count > 2 else { return nil }
    if let hex = firstStatusHex(m, base) {
      var signal = StepSignal(code: hex.value, kind: hex.value >= 0xC000_0000 ? .ntstatus : .win32)
      if contains(m, "ldap_"), contains(m, " failed") {
        signal.kind = .ldap
        signal.win32AfterLDAP = nextHex(m, from: hex.end)
      }
      return signal
    }
    if let decimal = decimalFailure(m) { return decimal }
    let end = trimmedEnd(m)
    for phrase in phrases where ByteSearch.hasSuffix(m, end: end, phrase) {
      return StepSignal(code: nil, kind: .win32)
    }
    return nil
  }

  /// The first non-zero `0x` number used as a status (not a flags, Options, RID or `=` value).
  private static func firstStatusHex(
    _ m: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<UInt8>
  ) -> (value: UInt32, end: Int)? {
    var from = 1
    while from < m.count, let hit = memchr(base + from, 0x78, m.count - from) {
      let x = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      from = x + 1
      guard m[x - 1] == 0x30, x + 1 < m.count, hexValue(m[x + 1]) != nil else { continue }
      if x >= 2, isWordByte(m[x - 2]) { continue }
      guard let parsed = hexNumber(m, at: x + 1), parsed.value != 0 else { continue }
      if isExcludedContext(m, before: x - 1) { continue }
      return parsed
    }
    return nil
  }

  /// True when the number at `start` is a flags/Options/RID value or part of `[...]`, `=`, `(`.
  private static func isExcludedContext(_ m: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
    var i = start - 1
    while i >= 0, m[i] == 0x20 { i -= 1 }
    guard i >= 0 else { return false }
    switch m[i] {
    case 0x5B, 0x3D, 0x28: return true  // '[', '=', '('
    case 0x3A:  // ':' — look at the word before it
      let wordEnd = i
      var j = i - 1
      while j >= 0, isWordByte(m[j]) { j -= 1 }
      let word = String(decoding: UnsafeBufferPointer(rebasing: m[(j + 1)..<wordEnd]), as: UTF8.self)
      return word.hasSuffix("flags") || word.hasSuffix("Options") || word == "RID"
    default: return false
    }
  }

  private static func hexNumber(_ m: UnsafeBufferPointer<UInt8>, at start: Int)
    -> (value: UInt32, end: Int)?
  {
    var value: UInt64 = 0
    var i = start
    while i < m.count, let digit = hexValue(m[i]) {
      guard i - start < 8 else { return nil }
      value = value << 4 | UInt64(digit)
      i += 1
    }
    guard i > start else { return nil }
    return (UInt32(value), i)
  }

  private static func nextHex(_ m: UnsafeBufferPointer<UInt8>, from: Int) -> UInt32? {
    var i = from
    while i + 2 < m.count {
      if m[i] == 0x30, m[i + 1] == 0x78, let parsed = hexNumber(m, at: i + 2) {
        return parsed.value
      }
      i += 1
    }
    return nil
  }

  /// `NetUseAdd ... returned 64`, `ldap_bind failed on dc: 81: Server Down`,
  /// `Ldap Search failed: 8240`: decimal codes after "returned" or "failed ...: ".
  private static func decimalFailure(_ m: UnsafeBufferPointer<UInt8>) -> StepSignal? {
    if ByteSearch.hasPrefix(m, "NetUseAdd"), let at = ByteSearch.lastIndex(m, " returned ") {
      guard let value = decimal(m, at: at + 10), value != 0 else { return nil }
      return StepSignal(code: value, kind: .win32)
    }
    guard var i = ByteSearch.index(m, " failed") else { return nil }
    let ldap = ByteSearch.index(m, "ldap_bind") != nil
    while i + 2 < m.count {
      if m[i] == 0x3A, m[i + 1] == 0x20, NetSetupLinePrefix.isDigit(m[i + 2]),
        !(m[i + 2] == 0x30 && i + 3 < m.count && m[i + 3] == 0x78)
      {
        guard let value = decimal(m, at: i + 2), value != 0 else { return nil }
        return StepSignal(code: value, kind: ldap ? .ldap : .win32)
      }
      i += 1
    }
    return nil
  }

  private static func decimal(_ m: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32? {
    var value: UInt32 = 0
    var i = start
    while i < m.count, NetSetupLinePrefix.isDigit(m[i]) {
      guard i - start < 9 else { return nil }
      value = value * 10 + UInt32(m[i] - 0x30)
      i += 1
    }
    return i > start ? value : nil
  }

  private static func trimmedEnd(_ m: UnsafeBufferPointer<UInt8>) -> Int {
    var end = m.count
    while end > 0, m[end - 1] == 0x20 || m[end - 1] == 0x2E || m[end - 1] == 0x09 { end -= 1 }
    return end
  }

  static func contains(_ m: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
    ByteSearch.index(m, needle) != nil
  }

  @inline(__always)
  static func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: b - 0x30
    case 0x61...0x66: b - 0x61 + 10
    case 0x41...0x46: b - 0x41 + 10
    default: nil
    }
  }

  @inline(__always)
  private static func isWordByte(_ b: UInt8) -> Bool {
    (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F
  }
}
