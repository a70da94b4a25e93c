import WindowsSecurity

/// Why a `perm can` question could not be asked.
public struct AccessRequestError: Error, Sendable, Hashable, CustomStringConvertible {
  public var description: String
}

extension AccessRequest {
  /// A request from the words users type: rights in SDDL or dsacls letters (`WP`, `RPWP`,
  /// `CR`/`CA`, `CC`), then an attribute, property set, extended right or child class.
  /// A right name alone (`"Reset Password"`) means control access.
  public static func parse(rights: String, name: String?, schema: DirectorySchema)
    throws(AccessRequestError) -> AccessRequest
  {
    var letters = rights.uppercased()
    if letters.count.isMultiple(of: 2) {
      // dsacls spellings: CA = CR, WS = SW.
      var pairs: [String] = []
      var chars = Array(letters)[...]
      while !chars.isEmpty {
        let pair = String(chars.prefix(2))
        pairs.append(pair == "CA" ? "CR" : pair == "WS" ? "SW" : pair)
        chars = chars.dropFirst(2)
      }
      letters = pairs.joined()
    }
    guard let mask = SDDLRights.mask(letters), !mask.isEmpty else {
      if name == nil, let right = schema.right(named: rights) {
        return AccessRequest(.controlAccess, .right(right))
      }
      throw AccessRequestError(
        description: "'\(rights)' is not a right: expected letters such as WP, RP, RPWP, CR "
          + "(dsacls CA), SW, CC, DC, SD, RC, WD, WO")
    }
    guard let name, !name.isEmpty else { return AccessRequest(mask, .object) }
    let kind: SchemaNameKind =
      mask.contains(.controlAccess) || mask.contains(.validatedWrite)
      ? .right
      : !mask.intersection([.createChild, .deleteChild]).isEmpty ? .objectClass : .objectOrProperty
    let entry: SchemaEntry
    do {
      entry = try schema.resolve(name, as: kind)
    } catch {
      // An Exchange attribute without a GUID can still be checked through its property set.
      if error.reason == .guidNotInBaseSchema, let attribute = schema.attribute(named: name) {
        return AccessRequest(mask, .attribute(attribute))
      }
      throw AccessRequestError(description: error.description)
    }
    switch entry {
    case .attribute(let a): return AccessRequest(mask, .attribute(a))
    case .right(let r) where r.kind == .propertySet: return AccessRequest(mask, .propertySet(r))
    case .right(let r): return AccessRequest(mask, .right(r))
    case .objectClass(let c):
      if !mask.intersection([.createChild, .deleteChild]).isEmpty {
        return AccessRequest(mask, .childClass(c))
      }
      return AccessRequest(mask, .object)
    }
  }
}
