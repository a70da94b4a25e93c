import WindowsSecurity

/// An ACE of an object's effective DACL and how far up its explicit original sits: 0 for the
/// object's own ACE, 1 for one copied from the parent, and so on; -1 when it came from above
/// the loaded objects (kept as the export stored it).
public struct EffectiveACE: Sendable, Hashable {
  public var ace: AccessControlEntry
  public var generation: Int

  public init(_ ace: AccessControlEntry, generation: Int) {
    self.ace = ace
    self.generation = generation
  }
}

/// How AD computes a descriptor's DACL ([MS-ADTS] 6.1.3, [MS-DTYP] 2.5.3.4; Samba
/// libcli/security/create_descriptor.c): the explicit ACEs as the DC stores them, then the
/// parent's inheritable ACEs as the child receives them. AD treats every object as a container,
/// so CONTAINER_INHERIT is the flag that carries an ACE down; InheritedObjectType is compared
/// with the child's most specific structural class only.
public enum Inheritance {
  static let genericBits = AccessMask(rawValue: 0xF000_0000)
  static let creatorOwner = SecurityIdentifier(authority: 3, subAuthorities: [0])
  static let creatorGroup = SecurityIdentifier(authority: 3, subAuthorities: [1])

  /// The explicit ACEs as stored: client-supplied inherited ACEs dropped (kept, without ID,
  /// when the DACL is protected: test_216/217), IO without CI/OI dropped (test_214 ou4), and
  /// generic rights mapped, an inheritable one split into an effective mapped ACE plus an IO
  /// copy (test_214).
  public static func storedExplicit(
    _ entries: [AccessControlEntry], protected: Bool, owner: SecurityIdentifier?,
    group: SecurityIdentifier?
  ) -> [AccessControlEntry] {
    var result: [AccessControlEntry] = []
    for var ace in entries {
      if ace.isInherited {
        guard protected else { continue }
        ace.flags.remove(.inherited)
      }
      let inheritable = !ace.flags.intersection([.containerInherit, .objectInherit]).isEmpty
      if ace.isInheritOnly && !inheritable { continue }
      let needsSplit = !ace.mask.intersection(genericBits).isEmpty || isCreator(ace.trustee)
      if needsSplit && !ace.isInheritOnly {
        var effective = ace
        effective.mask = ace.mask.mappedForDirectory
        effective.trustee = substituted(ace.trustee, owner: owner, group: group)
        if inheritable {
          effective.flags = []
          var copy = ace
          copy.flags.insert(.inheritOnly)
          result.append(effective)
          result.append(copy)
        } else {
          result.append(effective)
        }
      } else {
        result.append(ace)
      }
    }
    return result
  }

  /// What a child of structural class `childClass` inherits from its parent's DACL.
  public static func inherited(
    from parent: [EffectiveACE], childClass: GUID?, owner: SecurityIdentifier?,
    group: SecurityIdentifier?
  ) -> [EffectiveACE] {
    var result: [EffectiveACE] = []
    for entry in parent {
      let ace = entry.ace
      let ci = ace.flags.contains(.containerInherit)
      let oi = ace.flags.contains(.objectInherit)
      guard ci || oi else { continue }
      // -1 (inherited from above the export) stays unknown.
      let generation = entry.generation < 0 ? -1 : entry.generation + 1
      let matches = ace.inheritedObjectType == nil || ace.inheritedObjectType == childClass
      if ace.flags.contains(.noPropagateInherit) {
        // CI|NP: an effective copy on matching children only, nothing further down.
        guard ci, matches else { continue }
        result.append(EffectiveACE(effectiveCopy(ace, owner: owner, group: group), generation: generation))
        continue
      }
      guard ci else {
        // OI only: never effective in AD, carried as OI|IO|ID (test_204).
        var copy = ace
        copy.flags = [.objectInherit, .inheritOnly, .inherited]
        result.append(EffectiveACE(copy, generation: generation))
        continue
      }
      let keep = ace.flags.intersection([.objectInherit, .containerInherit])
      if !matches {
        var copy = ace
        copy.flags = keep.union([.inheritOnly, .inherited])
        result.append(EffectiveACE(copy, generation: generation))
      } else if !ace.mask.intersection(genericBits).isEmpty || isCreator(ace.trustee) {
        result.append(EffectiveACE(effectiveCopy(ace, owner: owner, group: group), generation: generation))
        var copy = ace
        copy.flags = keep.union([.inheritOnly, .inherited])
        result.append(EffectiveACE(copy, generation: generation))
      } else {
        var copy = ace
        copy.flags = keep.union(.inherited)
        result.append(EffectiveACE(copy, generation: generation))
      }
    }
    return result
  }

  /// The effective, non-inheritable form: ID only, InheritedObjectType dropped (an object
  /// ACE without ObjectType becomes a plain one), generic bits mapped, CREATOR OWNER/GROUP
  /// replaced by the owner/group (test_209, test_ci_np_*, test_ci_ga_*).
  static func effectiveCopy(
    _ ace: AccessControlEntry, owner: SecurityIdentifier?, group: SecurityIdentifier?
  ) -> AccessControlEntry {
    var copy = ace
    copy.flags = [.inherited]
    copy.inheritedObjectType = nil
    if copy.objectType == nil {
      if copy.type == .accessAllowedObject { copy.type = .accessAllowed }
      if copy.type == .accessDeniedObject { copy.type = .accessDenied }
    }
    copy.mask = ace.mask.mappedForDirectory
    copy.trustee = substituted(ace.trustee, owner: owner, group: group)
    return copy
  }

  static func isCreator(_ sid: SecurityIdentifier) -> Bool {
    sid == creatorOwner || sid == creatorGroup
  }

  static func substituted(
    _ sid: SecurityIdentifier, owner: SecurityIdentifier?, group: SecurityIdentifier?
  ) -> SecurityIdentifier {
    if sid == creatorOwner, let owner { return owner }
    if sid == creatorGroup, let group { return group }
    return sid
  }

  /// The DACL of an object: its stored explicit ACEs, then (unless protected) what it inherits.
  public static func effectiveDACL(
    explicit: [AccessControlEntry], protected: Bool, parent: [EffectiveACE]?,
    childClass: GUID?, owner: SecurityIdentifier?, group: SecurityIdentifier?
  ) -> [EffectiveACE] {
    let own = storedExplicit(explicit, protected: protected, owner: owner, group: group)
      .map { EffectiveACE($0, generation: 0) }
    guard !protected, let parent else { return own }
    return own + inherited(from: parent, childClass: childClass, owner: owner, group: group)
  }

  /// True when the DACL is in canonical order ([MS-DTYP] 2.4.5): explicit denies, explicit
  /// allows, then inherited ACEs (denies and allows per generation are not re-checked: AD
  /// keeps the parent's order).
  public static func isCanonical(_ entries: [AccessControlEntry]) -> Bool {
    var phase = 0  // 0 explicit deny, 1 explicit allow, 2 inherited
    for ace in entries where ace.type.isAllow || ace.type.isDeny {
      let p = ace.isInherited ? 2 : (ace.type.isDeny ? 0 : 1)
      if p < phase { return false }
      phase = p
    }
    return true
  }
}
