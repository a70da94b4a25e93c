/// An address with an optional port, as logs, `netstat` and `netsh` print endpoints:
/// `[2001:db8::1]:443` (RFC 3986 section 3.2.2 brackets), `192.0.2.1:443`, or a bare address.
public struct IPEndpoint: Sendable, Hashable {
  public let address: IPAddress
  /// The port after the address, when one was written.
  public let port: UInt16?

  /// Parses `text`; errors carry the column in `text`.
  public init(parsing text: String) throws(AddressParseError) {
    if text.hasPrefix("[") {
      guard let close = text.firstIndex(of: "]") else {
        throw AddressParseError(
          .unexpectedCharacter("[", expected: "']' after the bracketed IPv6 address"), column: 1)
      }
      let inner = String(text[text.index(after: text.startIndex)..<close])
      do {
        address = try IPAddress(parsing: inner)
      } catch {
        throw AddressParseError(error.reason, column: error.column + 1)
      }
      guard address.family == .v6 else {
        throw AddressParseError(
          .unexpectedCharacter("[", expected: "brackets only around an IPv6 address"), column: 1)
      }
      let rest = text[text.index(after: close)...]
      let restColumn = text.distance(from: text.startIndex, to: close) + 2
      if rest.isEmpty {
        port = nil
      } else {
        port = try Self.port(rest, column: restColumn)
      }
      return
    }
    // One colon after a dotted quad is a port; IPv6 without brackets has no port.
    if let colon = text.firstIndex(of: ":"),
      text[text.index(after: colon)...].allSatisfy(\.isNumber), text[..<colon].contains(".")
    {
      let column = text.distance(from: text.startIndex, to: colon) + 1
      address = try IPAddress(parsing: String(text[..<colon]))
      port = try Self.port(text[colon...], column: column)
      return
    }
    address = try IPAddress(parsing: text)
    port = nil
  }

  /// `:PORT` with PORT 0-65535.
  static func port(_ text: Substring, column: Int) throws(AddressParseError) -> UInt16 {
    guard text.first == ":" else {
      throw AddressParseError(
        .unexpectedCharacter(String(text.first ?? " "), expected: "':PORT' after ']'"),
        column: column)
    }
    let digits = text.dropFirst()
    guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isASCII),
      digits.allSatisfy(\.isNumber), let value = Int(digits), value <= 65535
    else {
      throw AddressParseError(
        .unexpectedCharacter(String(digits.first ?? ":"), expected: "a port 0-65535"),
        column: column + 1)
    }
    return UInt16(value)
  }

  /// `[2001:db8::1]:80`, `192.0.2.1:80`, or the address alone.
  public var text: String {
    guard let port else { return address.canonicalText }
    return address.withPort(port)
  }
}
