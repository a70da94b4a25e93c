import EnvironmentModel
import Findings

extension NativeDecoder {
  mutating func domain(_ node: DocNode) throws -> Domain {
    let m = try open(node, "the domain",
      ["dns_name", "netbios_name", "sid", "sync_account", "writeback", "objects"])
    var domain = Domain(dnsName: try m.string("dns_name"), origin: m.origin)
    domain.netbiosName = try m.optionalString("netbios_name")
    domain.sid = try m.optionalString("sid")
    if let s = m["sync_account"] {
      let sm = try open(s, "the sync account", ["name", "dn"])
      domain.syncAccount = SyncAccount(name: try sm.string("name"),
        dn: try sm.optionalString("dn"), origin: sm.origin)
    }
    domain.writeback = try m.list("writeback").map { item in
      guard let text = item.text, let feature = WritebackFeature(rawValue: text) else {
        let allowed = WritebackFeature.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError("expected a writeback feature (\(allowed)), found '\(item.text ?? item.kindName)'",
          at: item.origin(file))
      }
      return feature
    }
    domain.objects = try m.list("objects").map { try object($0) }
    return domain
  }

  private mutating func object(_ node: DocNode) throws -> DirectoryObject {
    let m = try open(node, "a directory object",
      ["dn", "classes", "sid", "member_of", "members", "admin_count", "sddl",
       "security_descriptor_base64", "attributes", "binary_attributes"])
    var o = DirectoryObject(dn: try m.string("dn"), origin: m.origin)
    o.objectClasses = try m.strings("classes")
    o.sid = try m.optionalString("sid")
    o.memberOf = try m.strings("member_of")
    o.members = try m.strings("members")
    o.adminCount = try m.int("admin_count")
    if let sddl = try m.optionalString("sddl") {
      o.securityDescriptor = .sddl(sddl)
    } else if let b64 = m["security_descriptor_base64"] {
      guard let text = b64.text, let bytes = Base64.decode(Array(text.utf8)) else {
        throw InputError("expected 'security_descriptor_base64' to be base64 text",
          at: b64.origin(file))
      }
      o.securityDescriptor = .bytes(DescriptorBytes(bytes))
    }
    o.attributes = try attributes(m["attributes"], binary: false, of: o.dn)
      + attributes(m["binary_attributes"], binary: true, of: o.dn)
    return o
  }

  private mutating func attributes(_ node: DocNode?, binary: Bool, of dn: String) throws
    -> [DirectoryAttribute]
  {
    guard let node else { return [] }
    guard case .mapping(let entries) = node.value else {
      throw InputError("expected a mapping of attribute names to values in '\(dn)', found \(node.kindName)",
        at: node.origin(file))
    }
    return try entries.map { entry in
      let values: [String]
      switch entry.value.value {
      case .scalar(let s, _): values = [s]
      case .null: values = []
      case .sequence(let items):
        values = try items.map { item in
          guard let t = item.text else {
            throw InputError("expected attribute '\(entry.key)' values to be strings",
              at: item.origin(file))
          }
          return t
        }
      case .mapping:
        throw InputError("expected attribute '\(entry.key)' to be a string or a list",
          at: entry.value.origin(file))
      }
      return DirectoryAttribute(name: entry.key, values: values, binary: binary)
    }
  }
}
