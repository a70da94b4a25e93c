import WindowsSecurity

/// An ACE in words, the way the ACL editor's advanced view reads it: allow or deny, who, what
/// (object types resolved through the schema), and which objects it applies to.
public enum ACEWords {
  static let rightNames: [(AccessMask, String)] = [
    (.genericAll, "full control"), (.genericRead, "generic read"),
    (.genericWrite, "generic write"), (.genericExecute, "generic execute"),
    (.readProperty, "read property"), (.writeProperty, "write property"),
    (.controlAccess, "control access"), (.validatedWrite, "validated write"),
    (.createChild, "create child"), (.deleteChild, "delete child"),
    (.listChildren, "list contents"), (.listObject, "list object"), (.deleteTree, "delete tree"),
    (.delete, "delete"), (.readControl, "read permissions"), (.writeDACL, "modify permissions"),
    (.writeOwner, "modify owner"),
  ]

  /// `allow CORP\aad_4f2a: write property proxyAddresses (attribute, in Public Information);
  /// applies to descendant user objects`.
  public static func describe(
    _ ace: AccessControlEntry, trustee: String, schema: DirectorySchema
  ) -> String {
    let verb = ace.type.isDeny ? "deny" : ace.type.isAllow ? "allow" : ace.type.name
    var rights = rightNames.filter { ace.mask.contains($0.0) }.map(\.1)
    if rights.isEmpty { rights = ["0x" + String(ace.mask.rawValue, radix: 16)] }
    var what = rights.joined(separator: ", ")
    if let objectType = ace.objectType {
      what += " " + object(objectType, schema: schema)
    } else if !ace.mask.intersection([.readProperty, .writeProperty]).isEmpty {
      what += " (all properties)"
    }
    return "\(verb) \(trustee): \(what); applies to \(appliesTo(ace, schema: schema))"
  }

  static func object(_ guid: GUID, schema: DirectorySchema) -> String {
    guard let entry = schema.entry(guid: guid.description) else {
      return "\(guid) (not in the schema: load the forest's schema export)"
    }
    switch entry {
    case .attribute(let a):
      let set = a.propertySet.flatMap { schema.entry(guid: $0)?.name }
      return "\(a.name) (attribute" + (set.map { ", in \($0)" } ?? "") + ")"
    case .objectClass(let c): return "\(c.name) (class)"
    case .right(let r): return "\(r.shownName) (\(r.kind.rawValue))"
    }
  }

  /// The ACL editor's "Applies to" for the flags and InheritedObjectType ([MS-ADTS] 6.1.3:
  /// only CONTAINER_INHERIT carries an ACE down in AD).
  static func appliesTo(_ ace: AccessControlEntry, schema: DirectorySchema) -> String {
    let kind = ace.inheritedObjectType.map { guid in
      (schema.entry(guid: guid.description)?.name ?? guid.description) + " objects"
    }
    let ci = ace.flags.contains(.containerInherit)
    let io = ace.flags.contains(.inheritOnly)
    let np = ace.flags.contains(.noPropagateInherit)
    let inherited = ace.isInherited ? " (inherited)" : ""
    if !ci {
      if ace.flags.contains(.objectInherit) {
        return "nothing in AD (object inherit only: AD treats every object as a container)"
          + inherited
      }
      return (io ? "nothing (inherit-only without inheritance)" : "this object only") + inherited
    }
    let below = np ? "immediate child" : "descendant"
    let descendants = kind.map { "\(below) \($0)" } ?? "\(below) objects"
    return (io ? descendants : "this object and \(descendants)") + inherited
  }
}
