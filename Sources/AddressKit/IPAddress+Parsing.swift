/// Parsing addresses from text.
extension IPAddress {
  /// Parses an IPv4 or IPv6 address strictly, saying why and where when it refuses.
  public init(parsing text: String) throws(AddressParseError) {
    var copy = text
    let outcome = copy.withUTF8 { Self.parse(bytes: $0) }
    self = try outcome.get()
  }

  /// Parses an address from UTF-8 bytes (no surrounding whitespace allowed).
  public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<
    IPAddress, AddressParseError
  > {
    switch AddressParser.parse(bytes, 0, bytes.count) {
    case .failure(let e): return .failure(e)
    case .success(let raw):
      var zone: String? = nil
      if raw.zoneEnd > raw.zoneStart {
        zone = AddressParser.text(bytes, raw.zoneStart, raw.zoneEnd)
      }
      return .success(IPAddress(family: raw.family, bits: raw.bits, zone: zone))
    }
  }
}
