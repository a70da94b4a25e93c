import WindowsSecurity

/// What is asked of an object: a right, and the node of the object type tree it is asked on
/// ([MS-ADTS] 5.1.3.3.3): the object's class at the root, a property set, an attribute; or a
/// control access right, a validated write, a child class.
public struct AccessRequest: Sendable, Hashable, CustomStringConvertible {
  public enum Target: Sendable, Hashable {
    /// The object as a whole (RC, WD, WO, SD, or RP/WP on all properties).
    case object
    case attribute(SchemaAttribute)
    case propertySet(ExtendedRight)
    /// A control access right (CR) or a validated write (SW), by its rightsGuid.
    case right(ExtendedRight)
    /// Create or delete a child of this class (CC/DC).
    case childClass(SchemaClass)
  }

  public var mask: AccessMask
  public var target: Target
  /// The object type tree path below the root (the class), most general first: property set
  /// then attribute, or the right's GUID, or the child class. Computed once: every check of
  /// an audit reads it.
  let pathBelowRoot: [GUID]

  public init(_ mask: AccessMask, _ target: Target = .object) {
    self.mask = mask
    self.target = target
    pathBelowRoot = Self.path(target)
  }

  public static func == (a: AccessRequest, b: AccessRequest) -> Bool {
    a.mask == b.mask && a.target == b.target
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(mask)
    hasher.combine(target)
  }

  /// True for create/delete-child requests, which are about the object itself.
  public var isChildClass: Bool {
    if case .childClass = target { return true }
    return false
  }

  static func path(_ target: Target) -> [GUID] {
    switch target {
    case .object: []
    case .attribute(let a):
      [a.propertySet, a.schemaIDGUID].compactMap { $0.flatMap { try? GUID(parsing: $0) } }
    case .propertySet(let set): [try? GUID(parsing: set.rightsGuid)].compactMap { $0 }
    case .right(let right): [try? GUID(parsing: right.rightsGuid)].compactMap { $0 }
    case .childClass(let c): [try? GUID(parsing: c.schemaIDGUID)].compactMap { $0 }
    }
  }

  /// `WP pwdLastSet`, `CR Reset Password`, `RP (all properties)`.
  public var description: String {
    let letters = mask.sddl
    switch target {
    case .object: return letters
    case .attribute(let a): return "\(letters) \(a.name)"
    case .propertySet(let s): return "\(letters) \(s.shownName) (property set)"
    case .right(let r): return "\(letters) \(r.shownName)"
    case .childClass(let c): return "\(letters) \(c.name) objects"
    }
  }
}

/// SDDL's right letters ([MS-DTYP] 2.5.1.1), read from what users type in `perm can`
/// (WindowsSecurity formats masks; it parses rights only inside a whole descriptor).
enum SDDLRights {
  static let table: [(String, UInt32)] = [
    ("CC", 0x1), ("DC", 0x2), ("LC", 0x4), ("SW", 0x8), ("RP", 0x10), ("WP", 0x20),
    ("DT", 0x40), ("LO", 0x80), ("CR", 0x100), ("SD", 0x10000), ("RC", 0x20000),
    ("WD", 0x40000), ("WO", 0x80000), ("GA", 0x1000_0000), ("GX", 0x2000_0000),
    ("GW", 0x4000_0000), ("GR", 0x8000_0000),
  ]

  /// The mask for SDDL letters (`RPWP`, `CR`); nil when a pair is not a right.
  static func mask(_ text: String) -> AccessMask? {
    let letters = Array(text.uppercased())
    guard letters.count % 2 == 0 else { return nil }
    var raw: UInt32 = 0
    for i in stride(from: 0, to: letters.count, by: 2) {
      guard let bits = table.first(where: { $0.0 == String(letters[i...(i + 1)]) })?.1 else {
        return nil
      }
      raw |= bits
    }
    return AccessMask(rawValue: raw)
  }
}
