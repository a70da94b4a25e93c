import EnvironmentModel
import Findings

/// Builds an `Environment` from a located YAML/JSON document in the native schema
/// (docs/environment-format.md), collecting warnings for unknown keys.
struct NativeDecoder {
  let file: FileReference
  /// Directory relative paths resolve against (the environment file's directory).
  let baseDirectory: String
  var warnings: [LoadWarning] = []

  init(file: FileReference, baseDirectory: String) {
    self.file = file
    self.baseDirectory = baseDirectory
  }

  mutating func open(_ node: DocNode, _ what: String, _ keys: Set<String>) throws -> MappingReader {
    try MappingReader(node, file: file, what: what, keys: keys, warnings: &warnings)
  }

  mutating func environment(_ root: DocNode, defaultName: String) throws -> Environment {
    let top = try open(root, "the environment",
      ["name", "description", "azure", "hosts", "domain", "machines"])
    var env = Environment(name: try top.optionalString("name") ?? defaultName)
    env.description = try top.optionalString("description")
    env.sourceFile = file.shown
    if let azure = top["azure"] { env.azure = try self.azure(azure) }
    env.hosts = try top.list("hosts").map { try host($0) }
    if let domain = top["domain"] { env.domain = try self.domain(domain) }
    env.machines = try top.list("machines").map { try machine($0) }
    return env
  }

  private mutating func azure(_ node: DocNode) throws -> AzureNetwork {
    let m = try open(node, "azure",
      ["dns_servers", "vnets", "local_sites", "connections", "peerings", "vms"])
    var azure = AzureNetwork()
    azure.dnsServers = try m.list("dns_servers").map { item in
      let s = try open(item, "a DNS server", ["name", "address"])
      guard let address = try s.address("address") else {
        throw InputError("expected key 'address' in a DNS server", at: s.origin)
      }
      return DNSServer(name: try s.string("name"), address: address, origin: s.origin)
    }
    azure.vnets = try m.list("vnets").map { try vnet($0) }
    azure.localSites = try m.list("local_sites").map { try localSite($0) }
    azure.connections = try m.list("connections").map { try connection($0) }
    azure.peerings = try m.list("peerings").map { try peering($0) }
    azure.vms = try m.list("vms").map { try vm($0) }
    return azure
  }

  private mutating func vnet(_ node: DocNode) throws -> VirtualNetwork {
    let m = try open(node, "a vnet",
      ["name", "location", "address_space", "subnets", "dns_servers", "gateway"])
    var vnet = VirtualNetwork(name: try m.string("name"), origin: m.origin)
    vnet.location = try m.optionalString("location")
    vnet.addressSpace = try m.addresses("address_space")
    vnet.dnsServers = try m.addresses("dns_servers")
    vnet.subnets = try m.list("subnets").map { item in
      let s = try open(item, "a subnet of vnet '\(vnet.name)'", ["name", "prefix"])
      guard let prefix = try s.address("prefix") else {
        throw InputError("expected key 'prefix' in subnet of vnet '\(vnet.name)'",
          at: s.origin)
      }
      return Subnet(name: try s.string("name"), prefix: prefix, origin: s.origin)
    }
    if let g = m["gateway"] {
      let gm = try open(g, "the gateway of vnet '\(vnet.name)'",
        ["name", "type", "vpn_type", "sku", "active_active", "bgp_enabled", "client_address_pool",
         "bgp"])
      var gateway = Gateway(name: try gm.optionalString("name"), origin: gm.origin)
      gateway.type = try gm.optionalString("type")
      gateway.vpnType = try gm.optionalString("vpn_type")
      gateway.sku = try gm.optionalString("sku")
      gateway.activeActive = try gm.bool("active_active")
      gateway.bgpEnabled = try gm.bool("bgp_enabled")
      gateway.clientAddressPool = try gm.addresses("client_address_pool")
      if let b = gm["bgp"] { gateway.bgp = try bgp(b, of: "gateway of vnet '\(vnet.name)'") }
      vnet.gateway = gateway
    }
    return vnet
  }

  private mutating func bgp(_ node: DocNode, of owner: String) throws -> BGPSettings {
    let m = try open(node, "the BGP settings of \(owner)", ["asn", "peering_addresses"])
    return BGPSettings(asn: try m.int64("asn"),
      peeringAddresses: try m.addresses("peering_addresses"), origin: m.origin)
  }

  private mutating func localSite(_ node: DocNode) throws -> LocalSite {
    let m = try open(node, "a local site", ["name", "gateway_address", "prefixes", "bgp"])
    var site = LocalSite(name: try m.string("name"), origin: m.origin)
    site.gatewayAddress = try m.address("gateway_address")
    site.prefixes = try m.addresses("prefixes")
    if let b = m["bgp"] { site.bgp = try bgp(b, of: "local site '\(site.name)'") }
    return site
  }

  private mutating func connection(_ node: DocNode) throws -> SiteConnection {
    let m = try open(node, "a connection",
      ["name", "vnet", "local_site", "remote_vnet", "type", "tunnel_inside_addresses",
       "bgp_enabled", "has_shared_key"])
    var c = SiteConnection(name: try m.string("name"), vnet: try m.string("vnet"),
      origin: m.origin)
    c.localSite = try m.optionalString("local_site")
    c.remoteVNet = try m.optionalString("remote_vnet")
    c.type = try m.optionalString("type")
    c.tunnelInsideAddresses = try m.addresses("tunnel_inside_addresses")
    c.bgpEnabled = try m.bool("bgp_enabled")
    c.hasSharedKey = try m.bool("has_shared_key") ?? false
    return c
  }

  private mutating func peering(_ node: DocNode) throws -> Peering {
    let m = try open(node, "a peering",
      ["name", "vnet", "remote_vnet", "allow_gateway_transit", "use_remote_gateways",
       "allow_forwarded_traffic"])
    var p = Peering(name: try m.string("name"), vnet: try m.string("vnet"),
      remoteVNet: try m.string("remote_vnet"), origin: m.origin)
    p.allowGatewayTransit = try m.bool("allow_gateway_transit")
    p.useRemoteGateways = try m.bool("use_remote_gateways")
    p.allowForwardedTraffic = try m.bool("allow_forwarded_traffic")
    return p
  }

  private mutating func vm(_ node: DocNode) throws -> VirtualMachine {
    let m = try open(node, "a VM",
      ["name", "cloud_service", "vnet", "subnet", "start_order", "addresses"])
    var vm = VirtualMachine(name: try m.string("name"), origin: m.origin)
    vm.cloudService = try m.optionalString("cloud_service")
    vm.vnet = try m.optionalString("vnet")
    vm.subnet = try m.optionalString("subnet")
    vm.startOrder = try m.int("start_order")
    vm.addresses = try m.addresses("addresses")
    return vm
  }

  private mutating func machine(_ node: DocNode) throws -> Machine {
    let m = try open(node, "a machine", ["name", "answer_file", "answer_file_text", "logs"])
    var machine = Machine(name: try m.string("name"), origin: m.origin)
    machine.answerFile = try m.optionalString("answer_file").map(resolve)
    machine.answerFileText = try m.optionalString("answer_file_text")
    machine.logs = try m.strings("logs").map(resolve)
    return machine
  }

  /// Resolves a relative path against the environment file's directory.
  func resolve(_ path: String) -> String {
    if path.hasPrefix("/") || path.hasPrefix("~") || baseDirectory.isEmpty { return path }
    var relative = Substring(path)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    return baseDirectory.hasSuffix("/") ? baseDirectory + relative : baseDirectory + "/" + relative
  }
}
