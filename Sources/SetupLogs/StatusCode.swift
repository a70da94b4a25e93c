/// Which numbering a code in a log belongs to. `ldap_add_s failed: 0x35 0x216d` carries an LDAP
/// result code (RFC 4511) and then a Win32 code; reading the first as Win32 0x35 is a classic trap.
public enum CodeKind: String, Sendable, Hashable, CaseIterable {
  /// Win32 / NetAPI (`winerror.h`, `lmerr.h`) codes, the usual `status: 0x...`.
  case win32
  /// NTSTATUS values (`0xC...`), written by the LSA and RPC layers.
  case ntstatus
  /// LDAP result codes (RFC 4511 numbering, plus the client-side `LDAP_SERVER_DOWN` 81).
  case ldap
}

/// One row of the domain-join error-code table: what the code is called, what it means in a
/// join, when it is harmless, the usual cause and fix, and where that comes from.
public struct StatusCode: Sendable, Hashable {
  public let code: UInt32
  public let kind: CodeKind
  /// The symbolic name (`NERR_AccountExpired`, `ERROR_NO_SUCH_DOMAIN`, `unwillingToPerform`).
  public let name: String
  /// What it means during a join, in one sentence.
  public let meaning: String
  /// The usual cause and what to do, when the code is a real failure.
  public let fix: String?
  /// When the code is harmless, in words; nil if it always matters.
  public let benignWhen: String?
  /// Substrings of a log line that make this code harmless on that line; empty with
  /// `benignWhen` set means always harmless.
  public let benignMarkers: [String]
  /// The UPPER-KEBAB tail of finding ids about this code (`ACCOUNT-EXPIRED`).
  public let slug: String
  /// The headers and articles the row rests on.
  public let sources: [String]

  /// `0x` and lower-case hex, the form the logs and the JSON contract use.
  public var hex: String { StatusCode.hex(code) }

  /// True when the code is harmless on a line with this text.
  public func isBenign(onLine text: String) -> Bool {
    guard benignWhen != nil else { return false }
    if benignMarkers.isEmpty { return true }
    return benignMarkers.contains { text.contains($0) }
  }

  /// `0x` and lower-case hex for any code.
  public static func hex(_ code: UInt32) -> String { "0x" + String(code, radix: 16) }
}
