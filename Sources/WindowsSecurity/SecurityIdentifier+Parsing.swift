/// The `S-R-I-S…` text form ([MS-DTYP] 2.4.2.1), parsed over UTF-8 bytes in one pass.
extension SecurityIdentifier {
  /// How text SIDs with out-of-range numbers are read.
  public enum NumberPolicy: Sendable {
    /// Refuse a sub-authority above 2^32-1 or an authority above 2^48-1.
    case strict
    /// As ConvertStringSecurityDescriptorToSecurityDescriptor does inside SDDL: a sub-authority
    /// that overflows becomes 4294967295 (Samba's windows_is_weird.txt records the outputs).
    case clampLikeWindows
  }

  /// Parses a whole string such as `S-1-5-21-1-2-3-512` (also `s-…` and `0x` hexadecimal parts).
  public init(parsing text: String, policy: NumberPolicy = .strict) throws(SDDLError) {
    let bytes = Array(text.utf8)
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(SDDLError) in try Self.parse(buffer, from: 0, to: buffer.count, policy: policy) }
    }
    let (sid, end) = try parsed.get()
    guard end == bytes.count else {
      throw SDDLError(
        column: columnOf(bytes, end + (bytes[end] == UInt8(ascii: "-") ? 1 : 0)),
        bytes[end] == UInt8(ascii: "-")
          ? "expected a number after '-'"
          : "unexpected '\(Character(Unicode.Scalar(bytes[end])))' after the SID")
    }
    self = sid
  }

  /// Parses a SID starting at `start`, stopping at the first byte that cannot continue it.
  /// Returns the SID and the index just past it. Columns in errors count from the array start.
  static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, policy: NumberPolicy
  ) throws(SDDLError) -> (SecurityIdentifier, Int) {
    var i = start
    func fail(_ at: Int, _ message: String) -> SDDLError {
      SDDLError(column: columnOf(bytes, at), message)
    }
    guard i + 1 < end, bytes[i] | 0x20 == UInt8(ascii: "s"), bytes[i + 1] == UInt8(ascii: "-")
    else { throw fail(i, "expected a SID 'S-1-…'") }
    i += 2
    if i + 1 < end, bytes[i] == UInt8(ascii: "0"), bytes[i + 1] | 0x20 == UInt8(ascii: "x") {
      throw fail(
        i, "hexadecimal SID revision: Windows then reads every later part as hexadecimal; "
          + "write the SID as S-1-… in decimal")
    }
    guard let (revision, afterRevision) = number(bytes, i, end) else {
      throw fail(i, "expected the SID revision 1")
    }
    guard revision == 1 else { throw fail(i, "SID revision \(revision), expected 1") }
    i = afterRevision
    guard i < end, bytes[i] == UInt8(ascii: "-") else {
      throw fail(i, "expected '-' and the identifier authority after 'S-1'")
    }
    i += 1
    guard let (authority, afterAuthority) = number(bytes, i, end) else {
      throw fail(i, "expected the identifier authority (a number)")
    }
    guard authority < 1 << 48 else {
      throw fail(i, "identifier authority \(authority) does not fit in 48 bits")
    }
    i = afterAuthority
    var subs: [UInt32] = []
    while i + 1 < end, bytes[i] == UInt8(ascii: "-"), isDigit(bytes[i + 1]) {
      let (value, next) = number(bytes, i + 1, end)!
      if value > UInt64(UInt32.max), policy == .strict {
        throw fail(i + 1, "sub-authority \(value) does not fit in 32 bits")
      }
      guard subs.count < maximumSubAuthorities else {
        throw fail(i + 1, "more than 15 sub-authorities ([MS-DTYP] 2.4.2.2)")
      }
      subs.append(UInt32(clamping: value))
      i = next
    }
    return (SecurityIdentifier(authority: authority, subAuthorities: subs), i)
  }

  /// A decimal or `0x` hexadecimal number; values past UInt64 saturate. Nil when no digit.
  static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt64, Int)? {
    var i = start
    var radix: UInt64 = 10
    if i + 2 < end, bytes[i] == UInt8(ascii: "0"), bytes[i + 1] | 0x20 == UInt8(ascii: "x"),
      hexValue(bytes[i + 2]) != nil
    {
      radix = 16
      i += 2
    }
    var value: UInt64 = 0
    let first = i
    while i < end, let digit = radix == 16 ? hexValue(bytes[i]) : decimalValue(bytes[i]) {
      let (times, o1) = value.multipliedReportingOverflow(by: radix)
      let (plus, o2) = times.addingReportingOverflow(UInt64(digit))
      value = o1 || o2 ? .max : plus
      i += 1
    }
    return i == first ? nil : (value, i)
  }
}

func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

func decimalValue(_ byte: UInt8) -> UInt8? { isDigit(byte) ? byte - 0x30 : nil }

func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case 0x30...0x39: byte - 0x30
  case 0x41...0x46: byte - 0x41 + 10
  case 0x61...0x66: byte - 0x61 + 10
  default: nil
  }
}

/// The 1-based character column of byte `index` (UTF-8 continuation bytes are not counted).
func columnOf<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ index: Int) -> Int
where Bytes.Index == Int {
  var column = 1
  for byte in bytes[..<min(index, bytes.count)] where byte & 0xC0 != 0x80 { column += 1 }
  return column + max(0, index - bytes.count)
}
