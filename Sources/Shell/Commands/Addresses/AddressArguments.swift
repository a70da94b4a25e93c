import AddressKit
import PlacementRules

/// Reading addresses, prefixes and lengths from command words, with errors that point a caret
/// at the offending character.
enum AddressArguments {
  /// An address; a refusal reads `10.0.0.256: octet 4 is 256, at most 255`.
  static func address(_ word: Word) throws(ShellError) -> IPAddress {
    do {
      return try IPAddress(parsing: word.text)
    } catch {
      throw refusal(word, error)
    }
  }

  /// An address with an optional port (`[2001:db8::1]:80`, `192.0.2.1:80`); a prefix gets a
  /// hint to use `prefix`.
  static func endpoint(_ word: Word) throws(ShellError) -> IPEndpoint {
    do {
      return try IPEndpoint(parsing: word.text)
    } catch {
      var refusal = refusal(word, error)
      if word.text.contains("/"), (try? IPPrefix(parsing: word.text, hostBits: .mask)) != nil {
        refusal.hint =
          "'\(ShellError.abbreviated(word.text))' is a prefix: 'prefix \(word.text)' shows its "
          + "network, size and Azure's reserved addresses"
      }
      throw refusal
    }
  }

  /// A prefix; host bits set are refused with the network it probably meant, unless `hostBits`
  /// is `.mask` (interface forms such as `2001:db8::2/64`).
  static func prefix(_ word: Word, hostBits: IPPrefix.HostBits = .refuse) throws(ShellError)
    -> IPPrefix
  {
    do {
      return try IPPrefix(parsing: word.text, hostBits: hostBits)
    } catch {
      throw refusal(word, error)
    }
  }

  static func refusal(_ word: Word, _ error: AddressParseError) -> ShellError {
    let shown = ShellError.abbreviated(word.text)
    let column = word.column + (word.isQuoted ? 1 : 0) + error.column - 1
    // Host bits set: the message names the network meant; the caret goes under the prefix.
    var refusal = ShellError(
      "\(shown): \(error.message)", column: error.suggestedPrefix != nil ? word.column : column)
    refusal.code = error.code
    refusal.cause = error
    return refusal
  }

  /// A prefix length, `24` or `/24`, for a prefix of `family`.
  static func length(_ word: Word, family: IPFamily, what: String) throws(ShellError) -> Int {
    let digits = word.text.hasPrefix("/") ? String(word.text.dropFirst()) : word.text
    guard let value = Int(digits), value >= 0, value <= family.width else {
      throw ShellError(
        "\(what) must be a prefix length 0-\(family.width) (like 24 or /24), not "
          + "'\(ShellError.abbreviated(word.text))'", column: word.column)
    }
    return value
  }

  /// The rule pack the session's `set rules` names.
  static func pack(_ session: Session) -> RulePack {
    RulePack.named(session.settings.rules) ?? .azureCurrent
  }
}
