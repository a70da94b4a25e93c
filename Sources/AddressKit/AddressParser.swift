/// A parsed address before it becomes a value: family, bits and where its zone id sits in the
/// buffer, so the streaming classifier never allocates a `String`.
struct RawAddress {
  var family: IPFamily
  var bits: Bits128
  /// Byte range of the zone id (without `%`) in the parsed buffer; empty when there is none.
  var zoneStart: Int
  var zoneEnd: Int
}

/// The strict single-pass parser over UTF-8 bytes (RFC 4291 section 2.2 text forms; IPv4 dotted
/// quads without leading zeros, short forms or integers).
enum AddressParser {
  typealias Bytes = UnsafeBufferPointer<UInt8>
  typealias Outcome = Result<RawAddress, AddressParseError>

  /// Parses `p[start..<end]` as an address; the text starts at column 1.
  static func parse(_ p: Bytes, _ start: Int, _ end: Int) -> Outcome {
    if start >= end { return .failure(AddressParseError(.empty, column: 1)) }
    // A valid IPv6 address has a ':' within its first 5 bytes; look there first, and on an
    // IPv4 failure look at the rest, so a malformed IPv6 text gets the IPv6 explanation.
    var k = start
    while k < end, k < start + 5 {
      if p[k] == UInt8(ascii: ":") { return parseIPv6(p, start, end) }
      k += 1
    }
    switch parseIPv4(p, start, end, textStart: start) {
    case .success(let v):
      return .success(
        RawAddress(family: .v4, bits: Bits128(high: 0, low: UInt64(v)), zoneStart: 0, zoneEnd: 0))
    case .failure(let e):
      while k < end {
        if p[k] == UInt8(ascii: ":") { return parseIPv6(p, start, end) }
        k += 1
      }
      return .failure(e)
    }
  }

  /// 1-based character column of byte `index`, counting from `textStart`.
  static func column(_ p: Bytes, _ textStart: Int, _ index: Int) -> Int {
    var n = 1
    var k = textStart
    while k < index, k < p.count {
      if p[k] & 0xC0 != 0x80 { n += 1 }
      k += 1
    }
    return n
  }

  /// The character starting at byte `index`, for messages.
  static func character(_ p: Bytes, _ index: Int) -> String {
    var end = index + 1
    while end < p.count, p[end] & 0xC0 == 0x80, end - index < 4 { end += 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: p[index..<end]), as: UTF8.self)
  }

  static func text(_ p: Bytes, _ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
  }

  static func unexpected(_ p: Bytes, _ textStart: Int, _ i: Int, expected: String)
    -> AddressParseError
  {
    let col = column(p, textStart, i)
    switch p[i] {
    case UInt8(ascii: "/"): return AddressParseError(.prefixWhereAddressExpected, column: col)
    case UInt8(ascii: "%"): return AddressParseError(.zoneOnIPv4, column: col)
    default:
      return AddressParseError(
        .unexpectedCharacter(character(p, i), expected: expected), column: col)
    }
  }

  /// Parses a dotted quad in `p[start..<end]`; columns count from `textStart`.
  static func parseIPv4(_ p: Bytes, _ start: Int, _ end: Int, textStart: Int)
    -> Result<UInt32, AddressParseError>
  {
    var value: UInt32 = 0
    var octet = 0
    var i = start
    while true {
      let fieldStart = i
      var v: UInt32 = 0
      var digits = 0
      var scalar = true
      // As for IPv6 groups: 1-3 digit octets read eight bytes at once, no per-digit exit branch.
      if let word = window(p, i, end) {
        let n = decimalRun(word)
        if n <= 3 {
          v = decimalValue(word, count: n)
          digits = n
          i &+= n
          scalar = false
        }
      }
      while scalar, i < end, p[i] &- 48 < 10 {
        if digits < 9 { v = v &* 10 &+ UInt32(p[i] &- 48) }
        digits += 1
        i += 1
      }
      if digits == 0 {
        if i < end, p[i] != UInt8(ascii: ".") {
          return .failure(unexpected(p, textStart, i, expected: "a digit"))
        }
        return .failure(
          AddressParseError(
            .emptyOctet(octet: octet + 1), column: column(p, textStart, fieldStart)))
      }
      if octet == 0, i == end {
        return .failure(
          AddressParseError(
            .bareInteger(text(p, start, end)), column: column(p, textStart, fieldStart)))
      }
      if digits > 1, p[fieldStart] == UInt8(ascii: "0") {
        let t = text(p, fieldStart, i)
        var octal = 0
        var isOctal = digits <= 11
        for b in t.utf8 where isOctal {
          if b > UInt8(ascii: "7") { isOctal = false } else { octal = octal * 8 + Int(b - 48) }
        }
        return .failure(
          AddressParseError(
            .leadingZero(octet: octet + 1, text: t, octalValue: isOctal ? octal : nil),
            column: column(p, textStart, fieldStart)))
      }
      if digits > 3 || v > 255 {
        return .failure(
          AddressParseError(
            .octetTooLarge(octet: octet + 1, text: text(p, fieldStart, i)),
            column: column(p, textStart, fieldStart)))
      }
      value = value << 8 | v
      octet += 1
      if i == end { break }
      if p[i] == UInt8(ascii: ".") {
        if octet == 4 {
          return .failure(AddressParseError(.tooManyOctets, column: column(p, textStart, i)))
        }
        i += 1
        continue
      }
      if (p[i] | 0x20) == UInt8(ascii: "x") {
        return .failure(
          AddressParseError(
            .unexpectedCharacter(
              character(p, i), expected: "decimal digits (hex octets are refused)"),
            column: column(p, textStart, i)))
      }
      return .failure(unexpected(p, textStart, i, expected: "a digit or '.'"))
    }
    if octet < 4 {
      return .failure(AddressParseError(.tooFewOctets(found: octet), column: 1))
    }
    return .success(value)
  }

  /// The value of a hex digit, or 0xFF for any other byte; written with selects rather than
  /// branches (random hex text makes a digit-or-letter branch mispredict) and without an
  /// optional, so the group loop stays a few instructions a byte.
  @inline(__always)
  static func hexDigit(_ b: UInt8) -> UInt32 {
    let d = b &- 48
    let l = (b | 0x20) &- 97
    return UInt32(d < 10 ? d : (l < 6 ? l &+ 10 : 0xFF))
  }

  /// The eight bytes from `i` as a little-endian word, with zero bytes (never a digit) past
  /// `end`; nil when the buffer holds fewer than eight bytes before `end`. Near the end the
  /// word is read from `end - 8` and shifted, so nothing past `end` is ever read.
  @inline(__always)
  static func window(_ p: Bytes, _ i: Int, _ end: Int) -> UInt64? {
    guard end >= 8, i < end, let base = p.baseAddress else { return nil }
    if end &- i >= 8 {
      return UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
    }
    let word = UInt64(littleEndian: UnsafeRawPointer(base + end - 8).loadUnaligned(as: UInt64.self))
    return word &>> UInt64(8 &* (8 &- (end &- i)))
  }

  /// How many leading bytes of `word` (first byte lowest) are ASCII digits, 0...8.
  @inline(__always)
  static func decimalRun(_ word: UInt64) -> Int {
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    let set = word | high
    let digit = (set &- ones &* 0x30) & ~(set &- ones &* 0x3A) & ~word & high
    return (~digit & high).trailingZeroBitCount &>> 3
  }

  /// The value of the first `count` (0...3) decimal digits of `word`, all known to be digits.
  @inline(__always)
  static func decimalValue(_ word: UInt64, count: Int) -> UInt32 {
    // Keep `count` digit bytes and right-align them in a three-byte lane: b0*100 + b1*10 + b2.
    let kept = UInt32(truncatingIfNeeded: word & 0x0F0F0F) & ((1 &<< UInt32(8 &* count)) &- 1)
    let lane = kept &<< UInt32(8 &* (3 &- count))
    return (lane & 0xFF) &* 100 &+ (lane &>> 8 & 0xFF) &* 10 &+ (lane &>> 16 & 0xFF)
  }
}
