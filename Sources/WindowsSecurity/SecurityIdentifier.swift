/// A Windows security identifier ([MS-DTYP] 2.4.2): revision, 48-bit identifier authority and up
/// to 15 sub-authorities, the last of which is the RID for domain and machine accounts.
public struct SecurityIdentifier: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var revision: UInt8
  /// The 48-bit identifier authority (5 for NT AUTHORITY, 1 for World, 16 for mandatory labels).
  public var authority: UInt64
  public var subAuthorities: [UInt32]

  /// SID_MAX_SUB_AUTHORITIES, [MS-DTYP] 2.4.2.2.
  public static let maximumSubAuthorities = 15

  public init(revision: UInt8 = 1, authority: UInt64, subAuthorities: [UInt32]) {
    self.revision = revision
    self.authority = authority
    self.subAuthorities = subAuthorities
  }

  /// S-1-1-0, Everyone (World): the SID every caller's token holds.
  public static let world = SecurityIdentifier(authority: 1, subAuthorities: [0])
  /// S-1-5-10, PRINCIPAL_SELF: stands for the object's own objectSid in an access check.
  public static let principalSelf = SecurityIdentifier(authority: 5, subAuthorities: [10])

  /// The last sub-authority: the RID of an account SID (nil when there is none).
  public var rid: UInt32? { subAuthorities.last }

  /// True for S-1-5-21-…-`rid`: a domain (or machine) account SID ending in `rid`.
  public func isAccount(rid: UInt32) -> Bool {
    authority == 5 && subAuthorities.count >= 2 && subAuthorities.first == 21
      && subAuthorities.last == rid
  }

  /// This SID with `rid` appended: a domain SID plus 512 is that domain's Domain Admins.
  public func appending(rid: UInt32) -> SecurityIdentifier {
    SecurityIdentifier(revision: revision, authority: authority, subAuthorities: subAuthorities + [rid])
  }

  /// True when this SID is `domain` plus exactly one RID.
  public func isRelative(to domain: SecurityIdentifier) -> Bool {
    authority == domain.authority && revision == domain.revision
      && subAuthorities.count == domain.subAuthorities.count + 1
      && subAuthorities.starts(with: domain.subAuthorities)
  }

  /// The `S-1-5-21-…` text form ([MS-DTYP] 2.4.2.1): an authority of 2^32 or more is written
  /// in hexadecimal (`S-1-0x12A05F200-…`), as Windows writes it.
  public var description: String {
    var text = "S-\(revision)-"
    if authority >> 32 != 0 {
      text += "0x" + String(authority, radix: 16, uppercase: true)
    } else {
      text += String(authority)
    }
    for sub in subAuthorities {
      text += "-"
      text += String(sub)
    }
    return text
  }

  public static func < (lhs: SecurityIdentifier, rhs: SecurityIdentifier) -> Bool {
    (lhs.revision, lhs.authority) != (rhs.revision, rhs.authority)
      ? (lhs.revision, lhs.authority) < (rhs.revision, rhs.authority)
      : lhs.subAuthorities.lexicographicallyPrecedes(rhs.subAuthorities)
  }
}
