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

/// The domain SIDs that domain-relative aliases (DA, DU, EA, …) resolve against, with every
/// alias resolved once when the context is made (the SDDL parser looks them up per ACE).
public struct SIDContext: Sendable, Hashable {
  public var domain: SecurityIdentifier? { didSet { resolved = Resolved(domain, forestRoot) } }
  /// The forest root domain; when nil, the domain is taken to be the forest root.
  public var forestRoot: SecurityIdentifier? { didSet { resolved = Resolved(domain, forestRoot) } }
  /// The SID of each `WellKnownSID.table` entry in this context (nil: relative, no domain).
  private(set) var resolved: Resolved

  public init(domain: SecurityIdentifier? = nil, forestRoot: SecurityIdentifier? = nil) {
    self.domain = domain
    self.forestRoot = forestRoot
    resolved = Resolved(domain, forestRoot)
  }

  public static let none = SIDContext()

  public static func == (lhs: SIDContext, rhs: SIDContext) -> Bool {
    lhs.domain == rhs.domain && lhs.forestRoot == rhs.forestRoot
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(domain)
    hasher.combine(forestRoot)
  }

  final class Resolved: Sendable {
    let sids: [SecurityIdentifier?]
    init(_ domain: SecurityIdentifier?, _ forestRoot: SecurityIdentifier?) {
      sids = WellKnownSID.table.map { entry in
        switch entry.scope {
        case .fixed(let sid): sid
        case .domain(let rid), .machine(let rid): domain?.appending(rid: rid)
        case .forestRoot(let rid): (forestRoot ?? domain)?.appending(rid: rid)
        }
      }
    }
  }
}
