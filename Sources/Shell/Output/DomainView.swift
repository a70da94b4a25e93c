import EnvironmentModel
import Findings

/// The AD domain and its objects as `show domain`, `show objects`, `show object DN` and
/// `show accounts` print them.
enum DomainView {
  static func domain(_ domain: Domain) -> StructuredOutput {
    var env = Environment(name: "")
    env.domain = domain
    let counts = EnvironmentSummary(env).objectCounts
      .map { Plural.count($0.count, $0.kind.noun, plural: $0.kind.plural) }
    let sync = domain.syncAccount.map { account in account.name + (account.dn.map { " (\($0))" } ?? "") }
    var lines = ["domain \(domain.dnsName.isEmpty ? "(no DNS name)" : domain.dnsName)"]
    lines += TextTable.fields([
      ("netbios", domain.netbiosName),
      ("dn", domain.dnsName.isEmpty ? nil : domain.distinguishedName),
      ("sid", domain.sid),
      ("objects", Plural.count(domain.objects.count, "object")
        + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))")),
      ("sync account", sync),
      ("writeback", domain.writeback.isEmpty ? nil : TextTable.list(domain.writeback.map(\.rawValue))),
      ("from", AzureView.place(domain.origin)),
    ])
    // The JSON is the domain without its objects ('show objects' lists them).
    var json = domain
    json.objects = []
    return StructuredOutput(text: lines.joined(separator: "\n"), json: json.json)
  }

  /// Objects, optionally only those having `objectClass` `filter` (any class in the chain).
  static func objects(_ domain: Domain, classFilter: String?) -> StructuredOutput {
    let key = classFilter?.lowercased()
    let chosen = domain.objects.filter { object in
      key.map { k in object.objectClasses.contains { $0.lowercased() == k } } ?? true
    }
    let rows = chosen.map { [$0.structuralClass ?? "-", $0.dn] }
    let empty = classFilter.map { "no objects of class '\($0)'" } ?? "no objects"
    return AzureView.listing(
      TextTable(header: ["CLASS", "DN"], rows), key: "objects", chosen.map(\.json), empty: empty)
  }

  static func object(_ object: DirectoryObject) -> StructuredOutput {
    var lines = ["object \(object.dn)"]
    lines += TextTable.fields([
      ("classes", TextTable.list(object.objectClasses)),
      ("sid", object.sid),
      ("admin count", object.adminCount.map(String.init)),
      ("descriptor", object.securityDescriptor.map(descriptor)),
      ("from", AzureView.place(object.origin)),
    ])
    if !object.memberOf.isEmpty {
      lines.append("  member of")
      lines += object.memberOf.map { "    " + $0 }
    }
    if !object.members.isEmpty {
      lines.append("  members")
      lines += object.members.map { "    " + $0 }
    }
    if !object.attributes.isEmpty {
      lines.append("  attributes")
      lines += TextTable(object.attributes.map { attribute in
        [attribute.name, attribute.binary
          ? "(binary, \(attribute.values.count) value\(attribute.values.count == 1 ? "" : "s"))"
          : attribute.values.joined(separator: "; ")]
      }).lines(indent: "    ")
    }
    return StructuredOutput(text: lines.joined(separator: "\n"), json: object.json)
  }

  /// Objects that have a sAMAccountName, by account name.
  static func accounts(_ domain: Domain) -> StructuredOutput {
    let accounts = domain.objects.compactMap { object in
      object.attribute("sAMAccountName").map { (name: $0, object: object) }
    }
    let rows = accounts.map { [$0.name, $0.object.structuralClass ?? "-", $0.object.dn] }
    let json = accounts.map { account in
      JSONValue.object([
        ("account", .string(account.name)), ("dn", .string(account.object.dn)),
        ("class", account.object.structuralClass.map(JSONValue.string) ?? .null),
      ])
    }
    return AzureView.listing(
      TextTable(header: ["ACCOUNT", "CLASS", "DN"], rows), key: "accounts", json,
      empty: "no accounts (no object has a sAMAccountName)")
  }

  static func descriptor(_ value: SecurityDescriptorValue) -> String {
    switch value {
    case .sddl(let text): text
    case .bytes(let bytes): "binary, \(bytes.count) bytes"
    }
  }
}
