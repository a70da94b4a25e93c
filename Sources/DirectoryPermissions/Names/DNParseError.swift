/// Why a DN string was refused, and where: `column` is 1-based, in characters of the text.
public struct DNParseError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Reason: Sendable, Hashable {
    /// An RDN with nothing in it (`,,`, a leading or trailing comma).
    case emptyRDN
    /// The attribute type is missing or not `name`/`oid` (RFC 4514 section 3).
    case badAttributeType(String)
    case missingEquals
    /// A backslash not followed by a special character or two hex digits.
    case badEscape
    /// A character that must be escaped inside a value.
    case unescaped(Character)
    /// A `#` value that is not an even number of hex digits.
    case badHexValue
    /// The decoded bytes are not UTF-8.
    case invalidUTF8
  }

  public let reason: Reason
  public let column: Int

  public init(_ reason: Reason, column: Int) {
    self.reason = reason
    self.column = column
  }

  /// One sentence: what is wrong and what was expected.
  public var message: String {
    switch reason {
    case .emptyRDN: "empty RDN: expected type=value before the comma"
    case .badAttributeType(let text):
      text.isEmpty
        ? "expected an attribute type (CN, OU, DC, or a numeric OID)"
        : "'\(text)' is not an attribute type: expected letters, digits and '-', or an OID"
    case .missingEquals: "expected '=' after the attribute type"
    case .badEscape: "'\\' must be followed by one of \"+,;<>\\# space = or two hex digits"
    case .unescaped(let character): "'\(character)' must be escaped as '\\\(character)' in a value"
    case .badHexValue: "a '#' value must be an even number of hex digits (BER encoding)"
    case .invalidUTF8: "escaped bytes do not form UTF-8 text"
    }
  }

  /// `column N: message`, the located one-line form.
  public var description: String { "column \(column): \(message)" }
}
