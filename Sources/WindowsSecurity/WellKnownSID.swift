/// A well-known SID by its meaning: a fixed SID (Everyone, BUILTIN\Administrators) or a RID
/// relative to the domain, the forest root domain or the machine (Domain Admins is domain + 512).
public struct WellKnownSID: Sendable, Hashable {
  public enum Scope: Sendable, Hashable {
    case fixed(SecurityIdentifier)
    case domain(rid: UInt32)
    /// Relative to the forest root domain (Enterprise Admins, Schema Admins, …).
    case forestRoot(rid: UInt32)
    /// Relative to the machine's account domain (LA, LG); in AD, the domain.
    case machine(rid: UInt32)
  }

  /// The two-letter SDDL alias, or nil for a well-known SID that has none.
  public var alias: String?
  public var scope: Scope
  public var name: String

  init(_ alias: String?, _ scope: Scope, _ name: String) {
    self.alias = alias
    self.scope = scope
    self.name = name
  }

  /// The SID this entry stands for in `context`; nil for a relative entry without its domain.
  public func sid(in context: SIDContext) -> SecurityIdentifier? {
    switch scope {
    case .fixed(let sid): sid
    case .domain(let rid), .machine(let rid): context.domain?.appending(rid: rid)
    case .forestRoot(let rid): (context.forestRoot ?? context.domain)?.appending(rid: rid)
    }
  }
}

/// The domain SIDs that domain-relative aliases (DA, DU, EA, …) resolve against. Two optional
/// SIDs and nothing else, so making one per call costs nothing.
public struct SIDContext: Sendable, Hashable {
  public var domain: SecurityIdentifier?
  /// The forest root domain; when nil, the domain is taken to be the forest root.
  public var forestRoot: SecurityIdentifier?

  public init(domain: SecurityIdentifier? = nil, forestRoot: SecurityIdentifier? = nil) {
    self.domain = domain
    self.forestRoot = forestRoot
  }

  public static let none = SIDContext()
}
