import WindowsSecurity

/// A trustee as dsacls takes it: `DOMAIN\name`, `name@domain`, a string SID, or a bare name.
public struct TrusteeName: Sendable, Hashable, CustomStringConvertible {
  public enum Form: Sendable, Hashable {
    case sid(SecurityIdentifier)
    /// `DOMAIN\name` (down-level logon name).
    case downLevel(domain: String, name: String)
    /// `name@domain` (UPN-style).
    case userPrincipal(name: String, domain: String)
    case bare(String)
  }

  public let form: Form
  /// The text as written (quotes removed).
  public let text: String

  public init(_ text: String) {
    self.text = text
    if text.uppercased().hasPrefix("S-1-"), let sid = try? SecurityIdentifier(parsing: text) {
      form = .sid(sid)
    } else if let slash = text.firstIndex(of: "\\") {
      form = .downLevel(
        domain: String(text[..<slash]), name: String(text[text.index(after: slash)...]))
    } else if let at = text.lastIndex(of: "@") {
      form = .userPrincipal(
        name: String(text[..<at]), domain: String(text[text.index(after: at)...]))
    } else {
      form = .bare(text)
    }
  }

  /// The account name without its domain (`aad_4f2a` for `CORP\aad_4f2a`).
  public var accountName: String? {
    switch form {
    case .sid: nil
    case .downLevel(_, let name), .userPrincipal(let name, _), .bare(let name): name
    }
  }

  public var description: String { text }
}
