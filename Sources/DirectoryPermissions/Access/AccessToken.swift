import WindowsSecurity

/// The SIDs an LDAP bind of an account carries, each with why it is there ([MS-ADTS] 5.1.3.1;
/// permissions.md 3.5): the account, its primary group, its groups transitively, and the
/// well-known groups every network logon gets.
public struct AccessToken: Sendable, Hashable {
  public var user: SecurityIdentifier
  /// Every SID in the token, the user's included.
  public private(set) var sids: Set<SecurityIdentifier>
  /// Why each SID is in the token (`member of CN=Lab Users,...`, `primary group (RID 513)`).
  public private(set) var reasons: [SecurityIdentifier: String]

  /// The last sub-authority of every SID in the token: a linear scan of a dozen integers
  /// rejects almost every ACE trustee before any SID is hashed.
  private var lastSubAuthorities: [UInt32]

  public init(user: SecurityIdentifier) {
    self.user = user
    sids = [user]
    reasons = [user: "the account itself"]
    lastSubAuthorities = [user.subAuthorities.last ?? 0]
  }

  public mutating func add(_ sid: SecurityIdentifier, because reason: String) {
    if sids.insert(sid).inserted {
      reasons[sid] = reason
      lastSubAuthorities.append(sid.subAuthorities.last ?? 0)
    }
  }

  public func contains(_ sid: SecurityIdentifier) -> Bool {
    let last = sid.subAuthorities.last ?? 0
    return lastSubAuthorities.contains(last) && sids.contains(sid)
  }

  /// The well-known SIDs of a network logon by a domain account: Everyone (S-1-1-0), NETWORK
  /// (S-1-5-2), Authenticated Users (S-1-5-11), This Organization (S-1-5-15).
  static let logonSIDs: [(String, String)] = [
    ("S-1-1-0", "Everyone: every logon"),
    ("S-1-5-2", "NETWORK: an LDAP bind is a network logon"),
    ("S-1-5-11", "Authenticated Users: every authenticated logon"),
    ("S-1-5-15", "This Organization: an account of this forest"),
  ]

  /// Adds the well-known logon SIDs.
  public mutating func addLogonSIDs() {
    for (text, reason) in Self.logonSIDs {
      if let sid = try? SecurityIdentifier(parsing: text) { add(sid, because: reason) }
    }
  }
}
