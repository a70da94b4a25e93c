import EnvironmentModel
import Findings

extension DirectorySchema {
  /// This schema extended with a schema export read as LDIF (`ldifde -f schema.ldf -d
  /// "CN=Schema,CN=Configuration,DC=..."`, optionally with CN=Extended-Rights): every
  /// attributeSchema, classSchema and controlAccessRight record is added, replacing built-in
  /// rows of the same name. Returns the schema and how many entries of each kind were read.
  /// `base64` decodes a binary attribute's text (the loader keeps binary values as base64).
  public func extended(
    with objects: [DirectoryObject], base64: (String) -> [UInt8]?
  ) throws(InputError) -> (schema: DirectorySchema, added: Int) {
    var schema = self
    var added = 0
    for object in objects {
      let classes = Set(object.objectClasses.map { $0.lowercased() })
      let location = object.origin
      if classes.contains("attributeschema") {
        guard let name = object.attribute("lDAPDisplayName") else { continue }
        schema.add(
          SchemaAttribute(
            name: name, cn: object.attribute("cn") ?? name,
            schemaIDGUID: try Self.guidValue(object, "schemaIDGUID", location, base64, required: true),
            propertySet: try Self.guidValue(object, "attributeSecurityGUID", location, base64),
            origin: .loaded))
        added += 1
      } else if classes.contains("classschema") {
        guard let name = object.attribute("lDAPDisplayName"),
          let guid = try Self.guidValue(object, "schemaIDGUID", location, base64, required: true)
        else { continue }
        let category = object.attribute("objectClassCategory").flatMap { Int($0) }
        schema.add(
          SchemaClass(
            name: name, cn: object.attribute("cn") ?? name, schemaIDGUID: guid,
            superclass: object.attribute("subClassOf") ?? "top",
            category: category.flatMap(ClassCategory.init(rawValue:)) ?? .structural,
            defaultSecurityDescriptor: object.attribute("defaultSecurityDescriptor"),
            origin: .loaded))
        added += 1
      } else if classes.contains("controlaccessright") {
        guard let text = object.attribute("rightsGuid") else { continue }
        guard let guid = SchemaGUIDText.normalized(text) else {
          throw InputError(
            "rightsGuid '\(text)' is not a GUID (expected 8-4-4-4-12 hex digits)", at: location)
        }
        let cn = object.attribute("cn") ?? guid
        let applies = object.attributes.first { $0.name.lowercased() == "appliesto" }?.values ?? []
        schema.add(
          ExtendedRight(
            cn: cn, displayName: object.attribute("displayName") ?? cn,
            windowsDisplayName: nil, rightsGuid: guid,
            validAccesses: object.attribute("validAccesses").flatMap { UInt32($0) } ?? 0x100,
            appliesTo: applies.compactMap(SchemaGUIDText.normalized), origin: .loaded))
        added += 1
      }
    }
    return (schema, added)
  }

  /// A GUID attribute: binary (`name:: base64`, mixed-endian) as ldifde writes it, or text.
  static func guidValue(
    _ object: DirectoryObject, _ name: String, _ location: SourceLocation,
    _ base64: (String) -> [UInt8]?, required: Bool = false
  ) throws(InputError) -> String? {
    let key = name.lowercased()
    guard let attribute = object.attributes.first(where: { $0.name.lowercased() == key }),
      let value = attribute.values.first
    else {
      if required {
        throw InputError("\(object.dn): expected a \(name) value", at: location)
      }
      return nil
    }
    if attribute.binary {
      guard let bytes = base64(value), bytes.count == 16 else {
        throw InputError(
          "\(name) of \(object.dn) is not 16 bytes of base64 (a binary GUID)", at: location)
      }
      return SchemaGUIDText.format(mixedEndian: bytes)
    }
    guard let guid = SchemaGUIDText.normalized(value) else {
      throw InputError("\(name) '\(value)' is not a GUID", at: location)
    }
    return guid
  }
}

/// GUID text as schema lookups key it: lowercase 8-4-4-4-12.
enum SchemaGUIDText {
  /// Lowercase text of `text` when it is 8-4-4-4-12 hex (braces allowed); nil otherwise.
  static func normalized(_ text: String) -> String? {
    var body = Substring(text)
    if body.hasPrefix("{") && body.hasSuffix("}") { body = body.dropFirst().dropLast() }
    let parts = body.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.map(\.count) == [8, 4, 4, 4, 12],
      parts.allSatisfy({ $0.allSatisfy(\.isHexDigit) })
    else { return nil }
    return body.lowercased()
  }

  /// The text of a binary GUID ([MS-DTYP] 2.3.4.2): Data1, Data2, Data3 little-endian, then
  /// eight bytes in order.
  static func format(mixedEndian b: [UInt8]) -> String {
    func hex(_ indexes: [Int]) -> String {
      indexes.map { String(b[$0], radix: 16).leftPadded(2) }.joined()
    }
    return [hex([3, 2, 1, 0]), hex([5, 4]), hex([7, 6]), hex([8, 9]), hex(Array(10..<16))]
      .joined(separator: "-")
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
