import Findings

/// Why an address or prefix text was refused, and where: the column is 1-based, in characters,
/// counted from the start of the text that was parsed.
public struct AddressParseError: LocatedError, Hashable {
  /// What went wrong, with the values the message quotes.
  public enum Reason: Sendable, Hashable {
    case empty
    /// A character that can't appear here; `expected` says what could.
    case unexpectedCharacter(String, expected: String)
    case octetTooLarge(octet: Int, text: String)
    /// `octalValue` is what Windows/.NET (inet_aton) would read, nil when not valid octal.
    case leadingZero(octet: Int, text: String, octalValue: Int?)
    case emptyOctet(octet: Int)
    case tooFewOctets(found: Int)
    case tooManyOctets
    case bareInteger(String)
    case zoneOnIPv4
    case groupTooLong(digits: Int)
    case secondDoubleColon(firstColumn: Int)
    case leadingColon
    case trailingColon
    case tooManyGroups
    case tooFewGroups(found: Int)
    case doubleColonFillsNothing
    case misplacedIPv4(groupsBefore: Int)
    case emptyZone
    case badZone(String)
    case prefixWhereAddressExpected
    case zoneInPrefix
    case missingPrefixLength
    case badPrefixLength(String)
    case prefixLengthTooLarge(Int, max: Int)
    case badNetmask(String)
    /// The address has bits set past the prefix length; `meant` is the network it probably
    /// meant (`10.0.0.1/24` → `10.0.0.0/24`).
    case hostBitsSet(meant: IPPrefix)
    /// Not a 48-bit MAC address in a dash, colon or Cisco dotted form.
    case badMAC(String)
  }

  /// What went wrong.
  public let reason: Reason
  /// 1-based column of the offending character in the parsed text.
  public let column: Int

  /// An error for `reason` at 1-based `column`.
  public init(_ reason: Reason, column: Int) {
    self.reason = reason
    self.column = column
  }

  /// The network the text probably meant, when the only fault was host bits.
  public var suggestedPrefix: IPPrefix? {
    if case .hostBitsSet(let meant) = reason { return meant }
    return nil
  }

  /// One sentence: what is wrong and what was expected.
  public var message: String {
    switch reason {
    case .empty: return "empty text: expected an IPv4 or IPv6 address"
    case .unexpectedCharacter(let c, let expected):
      let shown = c == " " || c == "\t" ? "whitespace" : "'\(c)'"
      return "unexpected \(shown) at column \(column): expected \(expected)"
    case .octetTooLarge(let octet, let text):
      return "octet \(octet) is \(text), at most 255"
    case .leadingZero(let octet, let text, let octal):
      let trimmed = String(text.drop { $0 == "0" }).isEmpty ? "0" : String(text.drop { $0 == "0" })
      let reading =
        octal.map { "Windows and .NET read it as octal (\($0)), other tools as decimal" }
        ?? "Windows and .NET would read it as octal and refuse it"
      return "octet \(octet) '\(text)' has a leading zero: \(reading); write \(trimmed)"
    case .emptyOctet(let octet):
      return "octet \(octet) is empty at column \(column): expected a number 0-255"
    case .tooFewOctets(let found):
      return "IPv4 needs 4 octets, found \(found): short forms like 127.1 (inet_aton) are refused"
    case .tooManyOctets: return "more than 4 octets at column \(column): IPv4 has exactly 4"
    case .bareInteger(let text):
      return "'\(text)' is a bare number: expected dotted IPv4 a.b.c.d (inet_aton's integer "
        + "form is refused)"
    case .zoneOnIPv4: return "a zone id (%...) at column \(column): only IPv6 addresses take one"
    case .groupTooLong(let digits):
      return "group at column \(column) has \(digits) hex digits, at most 4"
    case .secondDoubleColon(let first):
      return "a second '::' at column \(column): '::' may appear once (first at column \(first))"
    case .leadingColon: return "starts with a single ':': expected a group or '::'"
    case .trailingColon: return "ends with a single ':' at column \(column): expected a group"
    case .tooManyGroups: return "more than 8 groups at column \(column): IPv6 has 8"
    case .tooFewGroups(let found):
      return "only \(found) of 8 groups and no '::': expected 8 groups or a '::'"
    case .doubleColonFillsNothing:
      return "'::' at column \(column) stands for no group: there are already 8 groups"
    case .misplacedIPv4(let before):
      return "embedded IPv4 at column \(column) after \(before) groups: expected it as the last "
        + "32 bits (after 6 groups, or fewer with '::')"
    case .emptyZone: return "'%' at column \(column) with no zone id after it"
    case .badZone(let zone):
      return "zone id '\(zone)' at column \(column) has a forbidden character"
    case .prefixWhereAddressExpected:
      return "'/' at column \(column): a prefix where an address was expected"
    case .zoneInPrefix: return "zone id at column \(column): a prefix can't carry a zone"
    case .missingPrefixLength:
      return "no '/length' after the address: expected a prefix like 10.0.0.0/24"
    case .badPrefixLength(let text):
      return "prefix length '\(text)' at column \(column): expected a decimal number"
    case .prefixLengthTooLarge(let value, let max):
      return "prefix length \(value) at column \(column) is larger than \(max)"
    case .badNetmask(let text):
      return "netmask \(text) at column \(column) is not contiguous ones then zeros"
    case .hostBitsSet(let meant):
      return "host bits are set past /\(meant.length): did you mean \(meant)?"
    case .badMAC(let text):
      return "'\(text)' is not a MAC address: expected 12 hex digits like 34-56-78-9A-BC-DE"
    }
  }

  public var description: String { message }

  public var code: String { "address.invalid" }

  /// The column in the parsed text; the caller knows which word or line that text was.
  public var location: SourceLocation { SourceLocation(column: column) }

  /// The error as bad input in a file: `file:line:column: message`, where `column` is the
  /// column at which the parsed text starts on that line.
  public func inputError(file: FileReference, line: Int, textColumn: Int = 1) -> InputError {
    InputError(message, at: SourceLocation(file: file, line: line, column: textColumn + column - 1))
  }
}
