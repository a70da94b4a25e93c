import EnvironmentModel
import WindowsSecurity

/// A loaded domain indexed for permission questions: DNs parsed once, parents by index,
/// structural classes resolved through the schema, identical descriptors decoded once (AD's
/// single-instance store shares them the same way), SIDs and account names to objects.
public struct DirectoryView: Sendable {
  public let domain: Domain
  public let schema: DirectorySchema
  public let domainSID: SecurityIdentifier?
  /// The comparison key of each object's DN (`DistinguishedName.key`); nil when it did not
  /// parse (see `problems`).
  let keys: [String?]
  /// Index of each object's parent in `domain.objects`, -1 when the parent is not loaded.
  let parents: [Int32]
  /// Index into `classes` of each object's most specific structural class, -1 when unknown.
  let classIndex: [Int32]
  public let classes: [SchemaClass]
  let classGUIDs: [GUID?]
  /// Index into `descriptors` of each object's descriptor, -1 when the export has none.
  let descriptorIndex: [Int32]
  /// Each distinct descriptor, decoded; the error text when it did not decode.
  public let descriptors: [Result<SecurityDescriptor, DescriptorProblem>]
  let objectSIDs: [SecurityIdentifier?]
  let byKey: [String: Int32]
  /// Lowercased sAMAccountName → object.
  let byAccountName: [String: Int32]
  /// Each object's groups, from its memberOf and the groups' member lists, deduplicated.
  let groupsOf: [[Int32]]
  /// Each group's members (loaded objects), from the same two sources.
  let membersOf: [Int32: [Int32]]
  /// Members that are not loaded objects but SIDs (`CN=S-1-5-11,CN=ForeignSecurityPrincipals`):
  /// the group and the member's SID.
  let foreignMembers: [(group: Int32, sid: SecurityIdentifier)]
  /// One line per object the view could not use fully (bad DN, bad descriptor).
  public let problems: [String]

  /// A descriptor that did not decode, with where it came from.
  public struct DescriptorProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  public init(domain: Domain, schema: DirectorySchema = .base) {
    self.domain = domain
    self.schema = schema
    domainSID = domain.sid.flatMap { try? SecurityIdentifier(parsing: $0) }
    var problems: [String] = []
    var keys: [String?] = []
    var byKey: [String: Int32] = [:]
    keys.reserveCapacity(domain.objects.count)
    byKey.reserveCapacity(domain.objects.count)
    for (i, object) in domain.objects.enumerated() {
      if let key = DistinguishedName.key(of: object.dn) {
        keys.append(key)
        byKey[key] = Int32(i)
      } else {
        keys.append(nil)
        do {
          _ = try DistinguishedName(parsing: object.dn)
        } catch {
          problems.append("\(object.origin): DN '\(object.dn)' \(error.description)")
        }
      }
    }
    var parents = [Int32](repeating: -1, count: keys.count)
    for (i, key) in keys.enumerated() {
      if let key, let p = Self.parentKey(key).flatMap({ byKey[$0] }) { parents[i] = p }
    }
    // Classes: one resolution per distinct objectClass list.
    var classes: [SchemaClass] = []
    var classSlots: [String: Int32] = [:]
    var listSlots: [[String]: Int32] = [:]
    var classIndex = [Int32](repeating: -1, count: keys.count)
    var lastList: [String] = []
    var lastSlot: Int32 = -1
    for (i, object) in domain.objects.enumerated() {
      // Runs of objects of one class are common in exports: compare with the last list first.
      if !lastList.isEmpty && object.objectClasses == lastList {
        classIndex[i] = lastSlot
        continue
      }
      if let slot = listSlots[object.objectClasses] {
        classIndex[i] = slot
        lastList = object.objectClasses
        lastSlot = slot
        continue
      }
      var slot: Int32 = -1
      if let c = schema.mostSpecificStructuralClass(of: object.objectClasses) {
        if let known = classSlots[c.name] {
          slot = known
        } else {
          classes.append(c)
          slot = Int32(classes.count - 1)
          classSlots[c.name] = slot
        }
      }
      listSlots[object.objectClasses] = slot
      classIndex[i] = slot
      lastList = object.objectClasses
      lastSlot = slot
    }
    // Descriptors: decoded once per distinct value.
    var descriptors: [Result<SecurityDescriptor, DescriptorProblem>] = []
    var descriptorSlots: [SecurityDescriptorValue: Int32] = [:]
    var descriptorIndex = [Int32](repeating: -1, count: keys.count)
    for (i, object) in domain.objects.enumerated() {
      guard let value = object.securityDescriptor else { continue }
      if let slot = descriptorSlots[value] {
        descriptorIndex[i] = slot
        continue
      }
      let decoded = DescriptorDecoding.decode(value, domainSID: domain.sid)
      if case .failure(let problem) = decoded {
        problems.append("\(object.origin): nTSecurityDescriptor of \(object.dn): \(problem)")
      }
      descriptors.append(decoded)
      let slot = Int32(descriptors.count - 1)
      descriptorSlots[value] = slot
      descriptorIndex[i] = slot
    }
    var objectSIDs: [SecurityIdentifier?] = []
    var byAccountName: [String: Int32] = [:]
    var groupsOf = [[Int32]](repeating: [], count: keys.count)
    var membersOf: [Int32: [Int32]] = [:]
    var foreignMembers: [(group: Int32, sid: SecurityIdentifier)] = []
    func link(_ member: Int32, _ group: Int32) {
      if !groupsOf[Int(member)].contains(group) {
        groupsOf[Int(member)].append(group)
        membersOf[group, default: []].append(member)
      }
    }
    for (i, object) in domain.objects.enumerated() {
      let sid = object.sid.flatMap { try? SecurityIdentifier(parsing: $0) }
      objectSIDs.append(sid)
      // Only attributes of the right length are compared: no lowercased copy of every name.
      if let account = object.attributes.first(where: {
        $0.name.utf8.count == 14 && $0.name.lowercased() == "samaccountname"
      })?.values.first {
        byAccountName[account.lowercased()] = Int32(i)
      }
      for group in object.memberOf {
        if let key = DistinguishedName.key(of: group), let g = byKey[key] {
          link(Int32(i), g)
        }
      }
      for member in object.members {
        guard let key = DistinguishedName.key(of: member) else { continue }
        if let m = byKey[key] {
          link(m, Int32(i))
        } else if let name = try? DistinguishedName(parsing: member),
          let value = name.rdns.first?.attributes.first?.value,
          value.uppercased().hasPrefix("S-1-"), let sid = try? SecurityIdentifier(parsing: value)
        {
          foreignMembers.append((Int32(i), sid))
        }
      }
    }
    self.keys = keys
    self.parents = parents
    self.classIndex = classIndex
    self.classes = classes
    classGUIDs = classes.map { try? GUID(parsing: $0.schemaIDGUID) }
    self.descriptorIndex = descriptorIndex
    self.descriptors = descriptors
    self.objectSIDs = objectSIDs
    self.byKey = byKey
    self.byAccountName = byAccountName
    self.groupsOf = groupsOf
    self.membersOf = membersOf
    self.foreignMembers = foreignMembers
    self.problems = problems
  }

  public var count: Int { domain.objects.count }

  public func object(_ index: Int) -> DirectoryObject { domain.objects[index] }

  /// The object with this DN (any spelling AD would match).
  public func index(of dn: DistinguishedName) -> Int? { byKey[dn.key].map(Int.init) }

  public func index(ofDN text: String) -> Int? {
    DistinguishedName.key(of: text).flatMap { byKey[$0] }.map(Int.init)
  }

  /// The parsed DN of an object (parsed on demand: the view keeps keys).
  public func name(_ index: Int) -> DistinguishedName? {
    try? DistinguishedName(parsing: object(index).dn)
  }

  /// True when the object's DN is `scope`'s or below it.
  public func isWithin(_ index: Int, scope: Int) -> Bool {
    guard let key = keys[index], let scopeKey = keys[scope] else { return false }
    return key == scopeKey || key.hasSuffix("," + scopeKey)
  }

  /// The key of the parent: the key after its first RDN separator (keys keep escapes, so the
  /// first unescaped comma ends the first RDN).
  static func parentKey(_ key: String) -> String? {
    var escaped = false
    var index = key.utf8.startIndex
    for byte in key.utf8 {
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: ",") {
        return String(key[key.utf8.index(after: index)...])
      }
      index = key.utf8.index(after: index)
    }
    return nil
  }

  public func parent(of index: Int) -> Int? {
    let p = parents[index]
    return p < 0 ? nil : Int(p)
  }

  public func structuralClass(of index: Int) -> SchemaClass? {
    let c = classIndex[index]
    return c < 0 ? nil : classes[Int(c)]
  }

  public func descriptor(of index: Int) -> SecurityDescriptor? {
    let d = descriptorIndex[index]
    guard d >= 0, case .success(let sd) = descriptors[Int(d)] else { return nil }
    return sd
  }

  public func sid(of index: Int) -> SecurityIdentifier? { objectSIDs[index] }

  /// The object with this objectSid: a scan, asked a handful of times per command (the
  /// account, its primary group), cheaper than hashing 100,000 SIDs up front.
  public func index(of sid: SecurityIdentifier) -> Int? { objectSIDs.firstIndex(of: sid) }

  /// The domain's own object (its NC head).
  public var domainRoot: Int? {
    guard !domain.dnsName.isEmpty else { return nil }
    return index(ofDN: domain.distinguishedName)
  }

  /// `CN=AdminSDHolder,CN=System,<domain>`.
  public var adminSDHolder: Int? {
    index(ofDN: "CN=AdminSDHolder,CN=System," + domain.distinguishedName)
  }
}
