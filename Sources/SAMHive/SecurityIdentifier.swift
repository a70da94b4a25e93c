/// A Windows security identifier as stored in an ACE: revision, 48-bit authority, sub-authorities.
public struct SecurityIdentifier: Sendable, Hashable, CustomStringConvertible {
  public var revision: UInt8
  public var authority: UInt64
  public var subAuthorities: [UInt32]

  public init(revision: UInt8 = 1, authority: UInt64, subAuthorities: [UInt32]) {
    self.revision = revision
    self.authority = authority
    self.subAuthorities = subAuthorities
  }

  /// S-1-1-0, Everyone (World): the SID every caller's token holds.
  public static let world = SecurityIdentifier(authority: 1, subAuthorities: [0])

  /// True for S-1-5-21-…-`rid`: a domain (or machine) account SID ending in `rid`.
  public func isAccount(rid: UInt32) -> Bool {
    authority == 5 && subAuthorities.count >= 2 && subAuthorities.first == 21
      && subAuthorities.last == rid
  }

  /// The `S-1-5-21-…` text form (MS-DTYP 2.4.2.1).
  public var description: String {
    "S-\(revision)-\(authority)" + subAuthorities.map { "-\($0)" }.joined()
  }

  /// Parses a SID at `offset`; nil when it runs past `bytes` (MS-DTYP 2.4.2.2 layout).
  static func parse(_ bytes: [UInt8], at offset: Int) -> (SecurityIdentifier, length: Int)? {
    guard let head = bytes.slice(at: offset, length: 8) else { return nil }
    let count = Int(head[1])
    var authority: UInt64 = 0
    for byte in head[2..<8] { authority = authority << 8 | UInt64(byte) }
    var subs: [UInt32] = []
    subs.reserveCapacity(count)
    for i in 0..<count {
      guard let sub = bytes.le32(at: offset + 8 + 4 * i) else { return nil }
      subs.append(sub)
    }
    return (
      SecurityIdentifier(revision: head[0], authority: authority, subAuthorities: subs),
      8 + 4 * count
    )
  }
}
