/// Parsing prefixes: `address/length`, or an IPv4 dotted netmask or hostmask after the slash.
extension IPPrefix {
  /// What to do with host bits set past the length (`10.0.0.1/24`).
  public enum HostBits: Sendable {
    /// Refuse with `.hostBitsSet(meant:)`, which carries the network it probably meant.
    case refuse
    /// Clear them silently (for interface addresses like `2001:db8::2/64`).
    case mask
  }

  /// Parses a prefix strictly; host bits set are refused unless `hostBits` is `.mask`.
  public init(parsing text: String, hostBits: HostBits = .refuse) throws(AddressParseError) {
    var copy = text
    let outcome = copy.withUTF8 { Self.parse(bytes: $0, hostBits: hostBits) }
    self = try outcome.get()
  }

  /// Parses an interface form (`2001:db8::2/64`): the address and the prefix it sits in.
  public static func parseInterface(_ text: String) throws(AddressParseError)
    -> (address: IPAddress, prefix: IPPrefix)
  {
    var copy = text
    let outcome = copy.withUTF8 { bytes in
      Self.parseParts(bytes: bytes).map { raw in
        (
          IPAddress(family: raw.0.family, bits: raw.0.bits),
          IPPrefix(family: raw.0.family, bits: raw.0.bits, length: raw.1)
        )
      }
    }
    return try outcome.get()
  }

  /// Parses a prefix from UTF-8 bytes.
  public static func parse(bytes: UnsafeBufferPointer<UInt8>, hostBits: HostBits = .refuse)
    -> Result<IPPrefix, AddressParseError>
  {
    switch parseParts(bytes: bytes) {
    case .failure(let e): return .failure(e)
    case .success(let (raw, length)):
      let prefix = IPPrefix(family: raw.family, bits: raw.bits, length: length)
      if hostBits == .refuse, prefix.bits != raw.bits {
        return .failure(AddressParseError(.hostBitsSet(meant: prefix), column: 1))
      }
      return .success(prefix)
    }
  }

  static func parseParts(bytes p: UnsafeBufferPointer<UInt8>)
    -> Result<(RawAddress, Int), AddressParseError>
  {
    var slash = -1
    for i in 0..<p.count where p[i] == UInt8(ascii: "/") {
      slash = i
      break
    }
    guard slash >= 0 else {
      if p.isEmpty { return .failure(AddressParseError(.empty, column: 1)) }
      return .failure(
        AddressParseError(.missingPrefixLength, column: AddressParser.column(p, 0, p.count)))
    }
    let raw: RawAddress
    switch AddressParser.parse(p, 0, slash) {
    case .failure(let e): return .failure(e)
    case .success(let r): raw = r
    }
    if raw.zoneEnd > raw.zoneStart {
      return .failure(
        AddressParseError(.zoneInPrefix, column: AddressParser.column(p, 0, raw.zoneStart - 1)))
    }
    let lengthColumn = AddressParser.column(p, 0, slash + 1)
    let width = raw.family.width
    var value = 0
    var digits = 0
    var i = slash + 1
    while i < p.count, p[i] &- 48 < 10 {
      if digits < 4 { value = value * 10 + Int(p[i] &- 48) }
      digits += 1
      i += 1
    }
    if i < p.count, p[i] == UInt8(ascii: "."), raw.family == .v4 {
      return parseMask(p, slash + 1, column: lengthColumn).map { (raw, $0) }
    }
    if digits == 0 || i < p.count {
      let shown = AddressParser.text(p, slash + 1, p.count)
      return .failure(AddressParseError(.badPrefixLength(shown), column: lengthColumn))
    }
    if digits > 3 || value > width {
      return .failure(
        AddressParseError(
          .prefixLengthTooLarge(digits > 3 ? 9999 : value, max: width),
          column: lengthColumn))
    }
    return .success((raw, value))
  }

  /// A dotted netmask (255.255.255.0) or hostmask (0.0.0.255) as a length.
  static func parseMask(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, column: Int)
    -> Result<Int, AddressParseError>
  {
    switch AddressParser.parseIPv4(p, start, p.count, textStart: 0) {
    case .failure(let e): return .failure(e)
    case .success(let mask):
      let ones = (~mask).leadingZeroBitCount
      if mask == (ones == 0 ? 0 : UInt32.max << UInt32(32 - ones)) { return .success(ones) }
      let hostOnes = (~mask).trailingZeroBitCount
      if mask == (hostOnes == 32 ? UInt32.max : (1 << UInt32(hostOnes)) - 1) {
        return .success(32 - hostOnes)
      }
      return .failure(
        AddressParseError(.badNetmask(AddressParser.text(p, start, p.count)), column: column))
    }
  }
}
