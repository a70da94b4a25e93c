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
    let wanted = request.mask
    guard let dacl else {
      return AccessDecision(
        granted: true, grantedBits: wanted, deniedBits: [], decider: .nullDACL, trace: [])
    }
    var granted: AccessMask = []
    var denied: AccessMask = []
    var trace: [ACEVerdict] = []
    if traced { trace.reserveCapacity(dacl.count) }
    var lastGrant: Int?
    var firstDeny: Int?
    var ownerGranted = false

    let isOwner = target.owner.map { token.contains($0) } ?? false
    // OWNER RIGHTS in the DACL replaces the owner's implicit rights ([MS-DTYP] 2.5.3.2).
    if isOwner && !dacl.contains(where: { $0.trustee == ownerRights && !$0.isInheritOnly }) {
      let implicit = wanted.intersection([.readControl, .writeDACL])
      if !implicit.isEmpty {
        granted.formUnion(implicit)
        ownerGranted = true
      }
    }
    let path = request.pathBelowRoot
    let root = target.classGUID

    for (index, ace) in dacl.enumerated() {
      if granted.union(denied).isSuperset(of: wanted) && !traced { break }
      guard ace.type.isAllow || ace.type.isDeny else {
        if traced { trace.append(.noMatchingRight) }
        continue
      }
      if ace.isInheritOnly {
        if traced { trace.append(.skippedInheritOnly) }
        continue
      }
      guard applies(ace.trustee, token: token, target: target, isOwner: isOwner) else {
        if traced { trace.append(.skippedNotInToken) }
        continue
      }
      let bits = mapped(ace.mask).intersection(wanted)
      guard !bits.isEmpty else {
        if traced { trace.append(.noMatchingRight) }
        continue
      }
      if let objectType = ace.objectType {
        let onPath = objectType == root || path.contains(objectType)
        let denyAbove = ace.type.isDeny && path.isEmpty
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
      if ace.type.isDeny {
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
    _ = ownerGranted
    return AccessDecision(
      granted: ok, grantedBits: granted.intersection(wanted), deniedBits: denied,
      decider: decider, trace: trace)
  }

  /// Whether an ACE's trustee is the caller: in the token, PRINCIPAL_SELF when the target is
  /// the caller's own object, OWNER RIGHTS when the caller owns it.
  static func applies(
    _ trustee: SecurityIdentifier, token: AccessToken, target: Target, isOwner: Bool
  ) -> Bool {
    if token.contains(trustee) { return true }
    if trustee == principalSelf, let sid = target.objectSID { return token.contains(sid) }
    if trustee == ownerRights { return isOwner }
    return false
  }

  /// Generic bits mapped as AD maps them ([MS-ADTS] 5.1.3.2); an effective ACE never has
  /// them once stored, but a hand-written SDDL may.
  static func mapped(_ mask: AccessMask) -> AccessMask {
    mask.hasGenericRights ? mask.mappedForDirectory : mask
  }
}
