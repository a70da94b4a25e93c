import EnvironmentModel
import Findings

/// What an environment holds, counted: the one-line summary `load`, `envs` and `show` print
/// (`2 vnets · 6 subnets · 1 local site · 1 P2S pool · domain corp.contoso.com (5 OUs, ...)`).
public struct EnvironmentSummary: Sendable, Equatable {
  public var vnets = 0
  public var subnets = 0
  public var localSites = 0
  public var clientPools = 0
  public var connections = 0
  public var peerings = 0
  public var vms = 0
  public var hosts = 0
  public var machines = 0
  public var domainName: String?
  /// Directory objects counted by kind, in the order shown (OUs, containers, users...).
  public var objectCounts: [(kind: ObjectKind, count: Int)] = []

  public static func == (a: Self, b: Self) -> Bool { a.text == b.text }

  public init(_ env: Environment) {
    let azure = env.azure
    vnets = azure.vnets.count
    subnets = azure.vnets.reduce(0) { $0 + $1.subnets.count }
    localSites = azure.localSites.count
    clientPools = azure.vnets.reduce(0) { $0 + ($1.gateway?.clientAddressPool.count ?? 0) }
    connections = azure.connections.count
    peerings = azure.peerings.count
    vms = azure.vms.count
    hosts = env.hosts.count
    machines = env.machines.count
    if let domain = env.domain {
      domainName = domain.dnsName
      var counts = [Int](repeating: 0, count: ObjectKind.allCases.count)
      // By index: a for-in would copy each object (a retain and a release per field), which
      // costs more than the counting on a 100,000-object export.
      for i in domain.objects.indices {
        counts[ObjectKind(structuralClass: domain.objects[i].objectClasses.last).index] += 1
      }
      objectCounts = ObjectKind.allCases.enumerated().compactMap { i, kind in
        counts[i] > 0 && kind != .domainRoot ? (kind, counts[i]) : nil
      }
    }
  }

  /// The parts of the summary, empty ones left out.
  public var parts: [String] {
    var parts: [String] = []
    func add(_ n: Int, _ noun: String, _ plural: String? = nil) {
      if n > 0 { parts.append(Plural.count(n, noun, plural: plural)) }
    }
    add(vnets, "vnet")
    add(subnets, "subnet")
    add(localSites, "local site")
    add(clientPools, "P2S pool")
    add(connections, "connection")
    add(peerings, "peering")
    add(vms, "VM")
    add(hosts, "host")
    if let domainName {
      let objects = objectCounts.map { Plural.count($0.count, $0.kind.noun, plural: $0.kind.plural) }
      let shown = domainName.isEmpty ? "(no DNS name)" : domainName
      parts.append("domain \(shown)" + (objects.isEmpty ? "" : " (\(objects.joined(separator: ", ")))"))
    }
    add(machines, "machine")
    return parts
  }

  /// `2 vnets · 6 subnets · ...`, or `empty`.
  public var text: String { parts.isEmpty ? "empty" : parts.joined(separator: " · ") }

  public var json: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("vnets", .int(vnets)), ("subnets", .int(subnets)), ("local_sites", .int(localSites)),
      ("p2s_pools", .int(clientPools)), ("connections", .int(connections)),
      ("peerings", .int(peerings)), ("vms", .int(vms)), ("hosts", .int(hosts)),
      ("machines", .int(machines)),
    ]
    if let domainName {
      pairs.append(("domain", .object([
        ("dns_name", .string(domainName)),
        ("objects", .object(objectCounts.map { ($0.kind.plural, .int($0.count)) })),
      ])))
    }
    return .object(pairs)
  }
}

/// The kinds of directory object the summaries count, from the structural class.
public enum ObjectKind: String, Sendable, CaseIterable {
  case domainRoot, ou, container, user, group, computer, other

  init(_ object: DirectoryObject) {
    self.init(structuralClass: object.structuralClass)
  }

  init(structuralClass: String?) {
    switch structuralClass?.lowercased() {
    case "domaindns", "domain": self = .domainRoot
    case "organizationalunit": self = .ou
    case "container", "builtindomain": self = .container
    case "user", "inetorgperson", "person", "organizationalperson": self = .user
    case "group": self = .group
    case "computer": self = .computer
    default: self = .other
    }
  }

  var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  var noun: String {
    switch self {
    case .domainRoot: "domain root"
    case .ou: "OU"
    case .container: "container"
    case .user: "user"
    case .group: "group"
    case .computer: "computer"
    case .other: "other object"
    }
  }

  var plural: String {
    switch self {
    case .ou: "OUs"
    case .other: "other objects"
    default: noun + "s"
    }
  }
}
