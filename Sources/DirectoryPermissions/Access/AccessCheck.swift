import WindowsSecurity

/// What one ACE did during a check, for the trace `perm can` prints.
public enum ACEVerdict: Sendable, Hashable {
  case skippedInheritOnly
  case skippedNotInToken
  case noMatchingRight
  /// Its ObjectType is not on the request's path in the object type tree.
  case otherObjectType
  case granted(AccessMask)
  case denied(AccessMask)
  /// It matched, but every bit it names was already decided by an earlier ACE.
  case alreadyDecided
}

/// The outcome of an access check, with what decided it.
public struct AccessDecision: Sendable, Hashable {
  public enum Decider: Sendable, Hashable {
    /// The ACE at this index of the evaluated DACL.
    case ace(Int)
    /// The owner's implicit READ_CONTROL | WRITE_DAC ([MS-DTYP] 2.5.3.2).
    case ownerImplicit
    /// A NULL DACL grants everything.
    case nullDACL
    /// No ACE granted the remaining bits.
    case noGrant
  }

  public var granted: Bool
  public var grantedBits: AccessMask
  public var deniedBits: AccessMask
  public var decider: Decider
  /// One verdict per DACL entry, in order; empty unless the check was traced.
  public var trace: [ACEVerdict]
}

/// The access check over one DACL ([MS-DTYP] 2.5.3.2 AccessCheck; [MS-ADTS] 5.1.3.3.2 to
/// 5.1.3.3.5 for object types, control access rights and validated writes).
///
/// Hand-written: no library evaluates AD object ACEs offline (Windows' AuthZ needs a live
/// token), and the decision trace is the point. Per bit, the first ACE in order that names it
/// decides: inherit-only ACEs are skipped; an ACE applies when its SID is in the token
/// (PRINCIPAL_SELF standing for the target's own SID, OWNER RIGHTS for its owner) and its
/// ObjectType is absent or on the request's path (class → property set → attribute, or the
/// right's GUID). A deny with an ObjectType below the root also denies the root: a deny on any
/// attribute blocks "all properties". The upward grant rule (all siblings granted grants the
/// parent) is not modelled; it only matters for whole-object checks built from per-set grants.
public struct AccessCheck: Sendable {
  /// Everything about the target object the check needs.
  public struct Target: Sendable, Hashable {
    /// schemaIDGUID of the most specific structural class: the object type tree's root.
    public var classGUID: GUID?
    public var objectSID: SecurityIdentifier?
    public var owner: SecurityIdentifier?

    public init(classGUID: GUID?, objectSID: SecurityIdentifier?, owner: SecurityIdentifier?) {
      self.classGUID = classGUID
      self.objectSID = objectSID
      self.owner = owner
    }
  }

  static let principalSelf = SecurityIdentifier.principalSelf
  static let ownerRights = SecurityIdentifier(authority: 3, subAuthorities: [4])
  static let creatorOwner = SecurityIdentifier(authority: 3, subAuthorities: [0])

  /// Evaluates `request` against `dacl` (nil for a NULL DACL) for `token`.
  public static func evaluate(
    _ request: AccessRequest, dacl: [AccessControlEntry]?, target: Target, token: AccessToken,
    traced: Bool = false
  ) -> AccessDecision {
    guard let dacl else {
      return AccessDecision(
        granted: true, grantedBits: request.mask, deniedBits: [], decider: .nullDACL, trace: [])
    }
    return evaluate(
      request, compiled: CompiledDACL(dacl, token: token), target: target, token: token,
      traced: traced)
  }

  /// Evaluates `request` against a DACL compiled for the token: the same walk, over plain
  /// values (an audit compiles each distinct DACL once and checks it many times).
  public static func evaluate(
    _ request: AccessRequest, compiled dacl: CompiledDACL, target: Target, token: AccessToken,
    traced: Bool = false
  ) -> AccessDecision {
    let wanted = request.mask
    var granted: AccessMask = []
    var denied: AccessMask = []
    var trace: [ACEVerdict] = []
    if traced { trace.reserveCapacity(dacl.entries.count) }
    var lastGrant: Int?
    var firstDeny: Int?

    let isOwner = target.owner.map { token.contains($0) } ?? false
    let isSelf = target.objectSID.map { token.contains($0) } ?? false
    // OWNER RIGHTS in the DACL replaces the owner's implicit rights ([MS-DTYP] 2.5.3.2).
    if isOwner && !dacl.hasOwnerRights {
      granted.formUnion(wanted.intersection([.readControl, .writeDACL]))
    }
    let path = request.pathBelowRoot
    let root = target.classGUID

    for index in dacl.entries.indices {
      if granted.union(denied).isSuperset(of: wanted) && !traced { break }
      let ace = dacl.entries[index]
      guard ace.isAllow || ace.isDeny else {
        if traced { trace.append(.noMatchingRight) }
        continue
      }
      if ace.inheritOnly {
        if traced { trace.append(.skippedInheritOnly) }
        continue
      }
      let applies: Bool =
        switch ace.trustee {
        case .inToken: true
        case .principalSelf: isSelf
        case .ownerRights: isOwner
        case .other: false
        }
      guard applies else {
        if traced { trace.append(.skippedNotInToken) }
        continue
      }
      let bits = ace.mask.intersection(wanted)
      guard !bits.isEmpty else {
        if traced { trace.append(.noMatchingRight) }
        continue
      }
      if let objectType = ace.objectType {
        let onPath = objectType == root || path.contains(objectType)
        let denyAbove = ace.isDeny && path.isEmpty
        guard onPath || denyAbove else {
          if traced { trace.append(.otherObjectType) }
          continue
        }
      }
      let open = bits.subtracting(granted).subtracting(denied)
      guard !open.isEmpty else {
        if traced { trace.append(.alreadyDecided) }
        continue
      }
      if ace.isDeny {
        denied.formUnion(open)
        if firstDeny == nil { firstDeny = index }
        if traced { trace.append(.denied(open)) }
      } else {
        granted.formUnion(open)
        lastGrant = index
        if traced { trace.append(.granted(open)) }
      }
    }
    let ok = granted.isSuperset(of: wanted)
    let decider: AccessDecision.Decider =
      ok
      ? (lastGrant.map(AccessDecision.Decider.ace) ?? .ownerImplicit)
      : (firstDeny.map(AccessDecision.Decider.ace) ?? .noGrant)
    return AccessDecision(
      granted: ok, grantedBits: granted.intersection(wanted), deniedBits: denied,
      decider: decider, trace: trace)
  }

  /// Generic bits mapped as AD maps them ([MS-ADTS] 5.1.3.2); an effective ACE never has
  /// them once stored, but a hand-written SDDL may.
  static func mapped(_ mask: AccessMask) -> AccessMask {
    mask.hasGenericRights ? mask.mappedForDirectory : mask
  }
}

/// A DACL reduced to what the check reads, for one token: plain values, no references, the
/// trustee already sorted into "in the token", PRINCIPAL_SELF, OWNER RIGHTS or neither, and
/// generic bits already mapped. Indexes match the DACL's.
public struct CompiledDACL: Sendable {
  public enum Trustee: UInt8, Sendable { case inToken, principalSelf, ownerRights, other }

  public struct Entry: Sendable {
    var isAllow: Bool
    var isDeny: Bool
    var inheritOnly: Bool
    var trustee: Trustee
    var mask: AccessMask
    var objectType: GUID?
  }

  public let entries: [Entry]
  /// True when a non-inherit-only OWNER RIGHTS ACE is present.
  public let hasOwnerRights: Bool

  public init<S: Sequence<AccessControlEntry>>(_ dacl: S, token: AccessToken) {
    var owners = false
    entries = dacl.map { ace in
      let trustee: Trustee =
        token.contains(ace.trustee)
        ? .inToken
        : ace.trustee == AccessCheck.principalSelf
          ? .principalSelf : ace.trustee == AccessCheck.ownerRights ? .ownerRights : .other
      if trustee == .ownerRights && !ace.isInheritOnly { owners = true }
      return Entry(
        isAllow: ace.type.isAllow, isDeny: ace.type.isDeny, inheritOnly: ace.isInheritOnly,
        trustee: trustee, mask: AccessCheck.mapped(ace.mask), objectType: ace.objectType)
    }
    hasOwnerRights = owners
  }
}
