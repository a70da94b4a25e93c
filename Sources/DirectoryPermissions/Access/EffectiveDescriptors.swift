import WindowsSecurity

/// Where an object's effective DACL comes from.
public enum EffectiveDACL: Sendable, Hashable {
  /// Computed; `id` indexes `EffectiveDescriptors.dacls`.
  case known(id: Int32)
  /// The export has no descriptor for the object at this index (the object or an ancestor it
  /// inherits from).
  case missing(at: Int)
  /// A NULL DACL: everyone has every right.
  case null
}

/// Every object's effective DACL, computed top-down from the parent chain with each
/// distinct (parent DACL, own descriptor, class) computed once: with AD's shared descriptors a
/// 100,000-object export needs a few thousand computations, not 100,000.
///
/// Protected accounts are given the DACL SDProp will write (AdminSDHolder's), so every check
/// answers for the state after the next SDProp run; `perm can` says so.
public struct EffectiveDescriptors: Sendable {
  public let view: DirectoryView
  public let protected: ProtectedAccounts
  /// The distinct effective DACLs.
  public private(set) var dacls: [[EffectiveACE]] = []
  /// Each object's effective DACL.
  public private(set) var perObject: [EffectiveDACL] = []
  /// The owner each object's check uses.
  public private(set) var owners: [SecurityIdentifier?] = []
  /// Objects whose current descriptor SDProp will replace (protected, and different).
  public private(set) var replacedBySDProp: Set<Int> = []

  public init(view: DirectoryView) {
    self.view = view
    protected = ProtectedAccounts(view: view)
    compute()
  }

  private struct Key: Hashable {
    var parent: Int32
    var descriptor: Int32
    var structuralClass: Int32
  }

  private mutating func compute() {
    let n = view.count
    perObject = [EffectiveDACL](repeating: .missing(at: -1), count: n)
    owners = [SecurityIdentifier?](repeating: nil, count: n)
    var done = [Bool](repeating: false, count: n)
    var memo: [Key: EffectiveDACL] = [:]
    let holder = view.adminSDHolder
    let holderDescriptor = holder.flatMap { view.descriptor(of: $0) }

    // One entry per distinct (parent DACL, descriptor, class): identical inputs share it.
    func intern(_ dacl: [EffectiveACE]) -> EffectiveDACL {
      dacls.append(dacl)
      return .known(id: Int32(dacls.count - 1))
    }

    // Parents before children: iterative, so a deep tree cannot overflow the stack.
    for start in 0..<n where !done[start] {
      var chain = [start]
      while let p = view.parent(of: chain.last!), !done[p] { chain.append(p) }
      for i in chain.reversed() {
        done[i] = true
        let descriptorSlot = view.descriptorIndex[i]
        guard let sd = view.descriptor(of: i) else {
          perObject[i] = .missing(at: i)
          continue
        }
        owners[i] = sd.owner
        var descriptor = sd
        var slot = descriptorSlot
        if protected.contains(i), let holderDescriptor, i != holder {
          if holderDescriptor.dacl != sd.dacl { replacedBySDProp.insert(i) }
          descriptor.dacl = holderDescriptor.dacl
          descriptor.control.insert(.daclProtected)
          slot = -2 - (view.descriptorIndex[holder!])
        }
        guard let dacl = descriptor.dacl else {
          perObject[i] = .null
          continue
        }
        let isProtected = descriptor.control.contains(.daclProtected)
        let parent = view.parent(of: i)
        let parentDACL: EffectiveDACL? = isProtected ? nil : parent.map { perObject[$0] }
        let parentID: Int32
        switch parentDACL {
        case .known(let id): parentID = id
        case .missing(let at):
          // The parent's descriptor is not in the export: what this object inherits is
          // unknown, unless its own stored DACL already carries the DC's inherited ACEs.
          if dacl.entries.contains(where: \.isInherited) {
            parentID = -3
          } else {
            perObject[i] = .missing(at: at)
            continue
          }
        case .null: parentID = -4
        case nil:
          // No parent loaded (the top of a subtree export): the DC's inherited ACEs in the
          // stored DACL are all there is to know about what it inherits.
          parentID = !isProtected && dacl.entries.contains(where: \.isInherited) ? -3 : -1
        }
        let key = Key(parent: parentID, descriptor: slot, structuralClass: view.classIndex[i])
        if let known = memo[key] {
          perObject[i] = known
          continue
        }
        let classGUID = view.classIndex[i] < 0 ? nil : view.classGUIDs[Int(view.classIndex[i])]
        let effective: [EffectiveACE]
        if parentID == -3 {
          // As exported: inherited ACEs kept, their origin unknown (generation -1).
          effective = dacl.entries.map { EffectiveACE($0, generation: $0.isInherited ? -1 : 0) }
        } else {
          let parentEntries: [EffectiveACE]? =
            if case .known(let id) = parentDACL { dacls[Int(id)] } else { nil }
          effective = Inheritance.effectiveDACL(
            explicit: dacl.entries, protected: isProtected, parent: parentEntries,
            childClass: classGUID, owner: descriptor.owner, group: descriptor.group)
        }
        let result = intern(effective)
        memo[key] = result
        perObject[i] = result
      }
    }
  }

  /// The ACEs of an object's effective DACL (empty when unknown or NULL).
  public func entries(of index: Int) -> [EffectiveACE] {
    if case .known(let id) = perObject[index] { return dacls[Int(id)] }
    return []
  }

  /// The object holding the explicit original of an ACE at `generation` above `index`
  /// (AdminSDHolder for a protected object's ACEs).
  public func source(of index: Int, generation: Int) -> Int? {
    if protected.contains(index), let holder = view.adminSDHolder, holder != index {
      return holder
    }
    guard generation >= 0 else { return nil }
    var current = index
    for _ in 0..<generation {
      guard let p = view.parent(of: current) else { return nil }
      current = p
    }
    return current
  }

  /// The check's view of the object at `index`.
  public func target(_ index: Int) -> AccessCheck.Target {
    let c = view.classIndex[index]
    return AccessCheck.Target(
      classGUID: c < 0 ? nil : view.classGUIDs[Int(c)], objectSID: view.sid(of: index),
      owner: owners[index])
  }
}
