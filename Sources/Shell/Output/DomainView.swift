import EnvironmentModel
import Foundation
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

  /// How many rows `show objects` and `show accounts` list without `--limit`.
  static let defaultLimit = 1000

  /// Objects, optionally only those having `objectClass` `filter` (any class in the chain).
  static func objects(_ domain: Domain, classFilter: String?, limit: Int?) -> StructuredOutput {
    let key = classFilter?.lowercased()
    let chosen = domain.objects.filter { object in
      key.map { k in object.objectClasses.contains { $0.lowercased() == k } } ?? true
    }
    let shown = chosen.prefix(limit ?? defaultLimit)
    let rows = shown.map { [$0.structuralClass ?? "-", $0.dn] }
    let empty = classFilter.map { "no objects of class '\($0)'" } ?? "no objects"
    return limited(
      TextTable(header: ["CLASS", "DN"], rows), key: "objects", shown.map(\.json),
      total: chosen.count, noun: ("object", "objects"), empty: empty)
  }

  /// A listing cut at its limit, with the total in the text and the JSON.
  static func limited(
    _ table: TextTable, key: String, _ json: [JSONValue], total: Int,
    noun: (String, String), empty: String
  ) -> StructuredOutput {
    guard total > 0 else { return AzureView.listing(table, key: key, json, empty: empty) }
    var count = Plural.count(total, noun.0, plural: noun.1)
    if json.count < total { count += " (\(json.count) listed; --limit N lists more)" }
    return StructuredOutput(
      text: table.text + "\n" + count,
      json: .object([
        (key, .array(json)), ("count", .int(total)), ("truncated", .bool(json.count < total)),
      ]))
  }

  /// The AD sites (objects of class `site`, under CN=Sites in the configuration partition).
  static func siteObjects(_ domain: Domain) -> [DirectoryObject] {
    domain.objects.filter { $0.objectClasses.contains { $0.lowercased() == "site" } }
  }

  static func siteNames(_ domain: Domain) -> [String] { siteObjects(domain).map(rdnValue) }

  /// `Oslo` for `CN=Oslo,CN=Sites,...`.
  static func rdnValue(_ object: DirectoryObject) -> String {
    if let cn = object.attribute("cn") { return cn }
    let first = object.dn.split(separator: ",").first ?? ""
    return String(first.split(separator: "=", maxSplits: 1).last ?? first)
  }

  /// The servers under a site (`CN=DC1,CN=Servers,CN=Oslo,...`) and the subnets whose
  /// siteObject names it.
  static func members(of site: DirectoryObject, in domain: Domain) -> (servers: [String], subnets: [String]) {
    let key = Domain.comparable(dn: site.dn)
    var servers: [String] = []
    var subnets: [String] = []
    for object in domain.objects {
      let classes = object.objectClasses.map { $0.lowercased() }
      if classes.contains("server"), Domain.comparable(dn: object.dn).hasSuffix(",cn=servers," + key) {
        servers.append(rdnValue(object))
      } else if classes.contains("subnet"),
        let siteObject = object.attribute("siteObject"), Domain.comparable(dn: siteObject) == key
      {
        subnets.append(rdnValue(object))
      }
    }
    return (servers, subnets)
  }

  static func sites(_ domain: Domain) -> StructuredOutput {
    let sites = siteObjects(domain)
    var rows: [[String]] = []
    var json: [JSONValue] = []
    for site in sites {
      let (servers, subnets) = members(of: site, in: domain)
      rows.append([rdnValue(site), TextTable.list(servers), TextTable.list(subnets)])
      json.append(.object([
        ("name", .string(rdnValue(site))), ("dn", .string(site.dn)),
        ("servers", .array(servers.map(JSONValue.string))),
        ("subnets", .array(subnets.map(JSONValue.string))),
      ]))
    }
    return AzureView.listing(
      TextTable(header: ["SITE", "SERVERS", "SUBNETS"], rows), key: "sites", json,
      empty: "no AD sites in '\(domain.dnsName)' (the export has no CN=Sites,CN=Configuration; "
        + "'show local-sites' lists Azure local network sites)")
  }

  static func site(named name: String, in domain: Domain) -> StructuredOutput? {
    guard let site = siteObjects(domain).first(where: {
      rdnValue($0).caseInsensitiveCompare(name) == .orderedSame
    }) else { return nil }
    let (servers, subnets) = members(of: site, in: domain)
    var output = object(site)
    output.body += "\n" + TextTable.fields([
      ("servers", servers.isEmpty ? "none" : TextTable.list(servers)),
      ("subnets", subnets.isEmpty ? "none" : TextTable.list(subnets)),
    ]).joined(separator: "\n")
    return output
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
  static func accounts(_ domain: Domain, limit: Int?) -> StructuredOutput {
    let all = domain.objects.compactMap { object in
      object.attribute("sAMAccountName").map { (name: $0, object: object) }
    }
    let accounts = all.prefix(limit ?? defaultLimit)
    let rows = accounts.map { [$0.name, $0.object.structuralClass ?? "-", $0.object.dn] }
    let json = accounts.map { account in
      JSONValue.object([
        ("account", .string(account.name)), ("dn", .string(account.object.dn)),
        ("class", account.object.structuralClass.map(JSONValue.string) ?? .null),
      ])
    }
    return limited(
      TextTable(header: ["ACCOUNT", "CLASS", "DN"], rows), key: "accounts", Array(json),
      total: all.count, noun: ("account", "accounts"),
      empty: "no accounts (no object has a sAMAccountName)")
  }

  static func descriptor(_ value: SecurityDescriptorValue) -> String {
    switch value {
    case .sddl(let text): text
    case .bytes(let bytes): "binary, \(bytes.count) bytes"
    }
  }
}
