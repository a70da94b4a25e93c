import WindowsSecurity

/// The AD schema the permission model reasons with: attributes, classes and extended rights by
/// name and by GUID, property-set membership and the class hierarchy.
///
/// `DirectorySchema.base` is the built-in Windows Server v1903 table; `extended(with:)` adds a
/// schema export (Exchange, custom attributes) on top. A value: extending returns a new schema.
public struct DirectorySchema: Sendable {
  private(set) var attributes: [SchemaAttribute] = []
  private(set) var classes: [SchemaClass] = []
  private(set) var rights: [ExtendedRight] = []
  /// Lowercased lDAPDisplayName or cn → index into `attributes`.
  private var attributeIndex: [String: Int] = [:]
  private var classIndex: [String: Int] = [:]
  /// Lowercased cn, displayName or Windows display name → index into `rights`.
  private var rightIndex: [String: Int] = [:]
  /// Lowercase GUID text → the entry carrying it.
  private var guidIndex: [String: GUIDTarget] = [:]
  /// Property-set rightsGuid → member attribute indexes.
  private var members: [String: [Int]] = [:]

  enum GUIDTarget: Sendable { case attribute(Int), objectClass(Int), right(Int) }

  public init() {}

  /// The built-in base schema (Windows Server v1903 plus the Exchange attributes the
  /// writeback permission sets name).
  public static var base: DirectorySchema { BaseSchema.schema }

  // MARK: Adding

  /// Adds or replaces an attribute (a loaded schema wins over the built-in row).
  mutating func add(_ attribute: SchemaAttribute) {
    let key = attribute.name.lowercased()
    if let old = attributeIndex[key] {
      unlinkMember(old)
      attributes[old] = attribute
      link(attribute: old)
    } else {
      attributes.append(attribute)
      attributeIndex[key] = attributes.count - 1
      if attributeIndex[attribute.cn.lowercased()] == nil {
        attributeIndex[attribute.cn.lowercased()] = attributes.count - 1
      }
      link(attribute: attributes.count - 1)
    }
  }

  private mutating func link(attribute index: Int) {
    let attribute = attributes[index]
    if let guid = attribute.schemaIDGUID { guidIndex[guid] = .attribute(index) }
    if let set = attribute.propertySet { members[set, default: []].append(index) }
  }

  private mutating func unlinkMember(_ index: Int) {
    if let set = attributes[index].propertySet { members[set]?.removeAll { $0 == index } }
  }

  mutating func add(_ objectClass: SchemaClass) {
    let key = objectClass.name.lowercased()
    let index: Int
    if let old = classIndex[key] {
      classes[old] = objectClass
      index = old
    } else {
      classes.append(objectClass)
      index = classes.count - 1
      classIndex[key] = index
      if classIndex[objectClass.cn.lowercased()] == nil {
        classIndex[objectClass.cn.lowercased()] = index
      }
    }
    guidIndex[objectClass.schemaIDGUID] = .objectClass(index)
  }

  mutating func add(_ right: ExtendedRight) {
    let index: Int
    if case .right(let old) = guidIndex[right.rightsGuid] {
      rights[old] = right
      index = old
    } else {
      rights.append(right)
      index = rights.count - 1
    }
    for name in [right.cn, right.displayName] + (right.windowsDisplayName.map { [$0] } ?? []) {
      rightIndex[name.lowercased()] = index
    }
    // A property set's rightsGuid never collides with a schemaIDGUID; a validated write's
    // (DNS-Host-Name-Attributes is both a set and Validated-DNS-Host-Name) is the same GUID on
    // purpose, so the first entry keeps it.
    if guidIndex[right.rightsGuid] == nil { guidIndex[right.rightsGuid] = .right(index) }
  }

  // MARK: Looking up

  /// The attribute with this lDAPDisplayName or cn (case-insensitive).
  public func attribute(named name: String) -> SchemaAttribute? {
    attributeIndex[name.lowercased()].map { attributes[$0] }
  }

  /// The class with this lDAPDisplayName or cn (case-insensitive).
  public func objectClass(named name: String) -> SchemaClass? {
    classIndex[name.lowercased()].map { classes[$0] }
  }

  /// The extended right, property set or validated write with this cn or display name.
  public func right(named name: String) -> ExtendedRight? {
    rightIndex[name.lowercased()].map { rights[$0] }
  }

  /// Whatever carries this GUID (schemaIDGUID or rightsGuid), any case on input.
  public func entry(guid: String) -> SchemaEntry? {
    switch guidIndex[guid.lowercased()] {
    case .attribute(let i): .attribute(attributes[i])
    case .objectClass(let i): .objectClass(classes[i])
    case .right(let i): .right(rights[i])
    case nil: nil
    }
  }

  /// The attributes whose attributeSecurityGUID is `propertySet`.
  public func members(ofPropertySet propertySet: String) -> [SchemaAttribute] {
    (members[propertySet.lowercased()] ?? []).map { attributes[$0] }
  }

  /// The class and its superclasses, most specific first, ending at `top`.
  public func lineage(of name: String) -> [SchemaClass] {
    var result: [SchemaClass] = []
    var next = objectClass(named: name)
    while let current = next, !result.contains(where: { $0.name == current.name }) {
      result.append(current)
      next = current.name == current.superclass ? nil : objectClass(named: current.superclass)
    }
    return result
  }

  /// The most specific structural class among an object's objectClass values ([MS-ADTS]
  /// 3.1.1.1.4): the one every other structural value is an ancestor of. AD returns it last,
  /// but an export may not keep the order, so the hierarchy decides.
  public func mostSpecificStructuralClass(of values: [String]) -> SchemaClass? {
    let known = values.compactMap { objectClass(named: $0) }
    let structural = known.filter { $0.category == .structural }
    return structural.max { lineage(of: $0.name).count < lineage(of: $1.name).count }
  }

  /// Counts for `show schema`-style summaries.
  public var counts: (attributes: Int, classes: Int, rights: Int) {
    (attributes.count, classes.count, rights.count)
  }
}

/// The schema names the GUIDs of object ACEs for WindowsSecurity's ACE words.
extension DirectorySchema: ObjectTypeNames {
  public func name(for guid: GUID) -> String? { entry(guid: guid.description)?.name }
}
