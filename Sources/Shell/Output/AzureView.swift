import EnvironmentModel
import Findings

/// The Azure side of an environment as `show` prints it: vnets, subnets, local sites,
/// connections, peerings, VMs and DNS servers. JSON is the native schema of each element.
enum AzureView {
  static func vnets(_ azure: AzureNetwork) -> StructuredOutput {
    let rows = azure.vnets.map { vnet in
      [vnet.name, vnet.location ?? "-", TextTable.list(vnet.addressSpace.map(\.text)),
        String(vnet.subnets.count), vnet.gateway.map(gatewayLine) ?? "-"]
    }
    return listing(
      TextTable(header: ["NAME", "LOCATION", "ADDRESS SPACE", "SUBNETS", "GATEWAY"], rows),
      key: "vnets", azure.vnets.map(\.json), empty: "no vnets")
  }

  static func vnet(_ vnet: VirtualNetwork, in azure: AzureNetwork) -> StructuredOutput {
    var lines = ["vnet \(vnet.name)" + (vnet.location.map { " · \($0)" } ?? "")]
    let dns = vnet.dnsServers.map { server in
      azure.dnsServers.first { $0.name == server.text }.map { "\(server.text) (\($0.address.text))" }
        ?? server.text
    }
    let connections = azure.connections.filter { $0.vnet == vnet.name }.map(connectionLine)
    let peerings = azure.peerings.filter { $0.vnet == vnet.name }.map { "\($0.name) → \($0.remoteVNet)" }
    let vms = azure.vms.filter { $0.vnet == vnet.name }.map { vm in
      vm.name + " (" + ([vm.subnet].compactMap { $0 } + vm.addresses.map(\.text))
        .joined(separator: ", ") + ")"
    }
    let pool = vnet.gateway?.clientAddressPool.map(\.text) ?? []
    lines += TextTable.fields([
      ("address space", TextTable.list(vnet.addressSpace.map(\.text))),
      ("dns servers", dns.isEmpty ? nil : dns.joined(separator: ", ")),
      ("gateway", vnet.gateway.map(gatewayLine)),
      ("P2S pool", pool.isEmpty ? nil : TextTable.list(pool)),
      ("gateway BGP", vnet.gateway?.bgp.map(bgpLine)),
      ("connections", connections.isEmpty ? nil : connections.joined(separator: "; ")),
      ("peerings", peerings.isEmpty ? nil : peerings.joined(separator: ", ")),
      ("vms", vms.isEmpty ? nil : vms.joined(separator: ", ")),
      ("from", place(vnet.origin)),
    ])
    if !vnet.subnets.isEmpty {
      lines.append("  subnets")
      lines += TextTable(vnet.subnets.map { [$0.name, $0.prefix.text] }).lines(indent: "    ")
    }
    return StructuredOutput(text: lines.joined(separator: "\n"), json: vnet.json)
  }

  static func subnets(_ azure: AzureNetwork) -> StructuredOutput {
    var rows: [[String]] = []
    var json: [JSONValue] = []
    for vnet in azure.vnets {
      for subnet in vnet.subnets {
        rows.append([vnet.name, subnet.name, subnet.prefix.text])
        json.append(.object([
          ("vnet", .string(vnet.name)), ("name", .string(subnet.name)),
          ("prefix", .string(subnet.prefix.text)),
        ]))
      }
    }
    return listing(
      TextTable(header: ["VNET", "SUBNET", "PREFIX"], rows), key: "subnets", json,
      empty: "no subnets")
  }

  static func sites(_ azure: AzureNetwork) -> StructuredOutput {
    let rows = azure.localSites.map { site in
      [site.name, site.gatewayAddress?.text ?? "-", TextTable.list(site.prefixes.map(\.text)),
        site.bgp.map(bgpLine) ?? "-"]
    }
    return listing(
      TextTable(header: ["NAME", "GATEWAY", "PREFIXES", "BGP"], rows), key: "local_sites",
      azure.localSites.map(\.json), empty: "no local sites")
  }

  static func site(_ site: LocalSite, in azure: AzureNetwork) -> StructuredOutput {
    let connections = azure.connections.filter { $0.localSite == site.name }.map(connectionLine)
    let lines = ["local site \(site.name)"] + TextTable.fields([
      ("gateway", site.gatewayAddress?.text),
      ("prefixes", TextTable.list(site.prefixes.map(\.text))),
      ("BGP", site.bgp.map(bgpLine)),
      ("connections", connections.isEmpty ? nil : connections.joined(separator: "; ")),
      ("from", place(site.origin)),
    ])
    return StructuredOutput(text: lines.joined(separator: "\n"), json: site.json)
  }

  static func connections(_ azure: AzureNetwork) -> StructuredOutput {
    let rows = azure.connections.map { c -> [String] in
      let target: String = target(c)
      let bgp: String = c.bgpEnabled.map { $0 ? "on" : "off" } ?? "-"
      let inside: String = TextTable.list(c.tunnelInsideAddresses.map(\.text))
      return [c.name, c.vnet, target, c.type ?? "-", inside, bgp, c.hasSharedKey ? "set" : "-"]
    }
    return listing(
      TextTable(header: ["NAME", "VNET", "TO", "TYPE", "TUNNEL INSIDE", "BGP", "KEY"], rows),
      key: "connections", azure.connections.map(\.json), empty: "no connections")
  }

  static func peerings(_ azure: AzureNetwork) -> StructuredOutput {
    func flag(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "-" }
    let rows = azure.peerings.map { p in
      [p.name, p.vnet, p.remoteVNet, flag(p.allowGatewayTransit), flag(p.useRemoteGateways),
        flag(p.allowForwardedTraffic)]
    }
    return listing(
      TextTable(
        header: ["NAME", "VNET", "REMOTE", "GATEWAY TRANSIT", "REMOTE GATEWAYS", "FORWARDED"], rows),
      key: "peerings", azure.peerings.map(\.json), empty: "no peerings")
  }

  static func vms(_ azure: AzureNetwork) -> StructuredOutput {
    let rows = azure.vms.map { vm in
      [vm.name, vm.cloudService ?? "-", [vm.vnet, vm.subnet].compactMap { $0 }.joined(separator: "/"),
        vm.startOrder.map(String.init) ?? "-", TextTable.list(vm.addresses.map(\.text))]
    }
    return listing(
      TextTable(header: ["NAME", "CLOUD SERVICE", "PLACED IN", "START", "ADDRESSES"], rows),
      key: "vms", azure.vms.map(\.json), empty: "no VMs")
  }

  static func dns(_ azure: AzureNetwork) -> StructuredOutput {
    let rows = azure.dnsServers.map { server in
      [server.name, server.address.text,
        TextTable.list(azure.vnets.filter { $0.dnsServers.contains { $0.text == server.name } }.map(\.name))]
    }
    let json = azure.dnsServers.map {
      JSONValue.object([("name", .string($0.name)), ("address", .string($0.address.text))])
    }
    return listing(
      TextTable(header: ["NAME", "ADDRESS", "USED BY"], rows), key: "dns_servers", json,
      empty: "no DNS servers declared")
  }

  // MARK: - Pieces

  static func gatewayLine(_ gateway: Gateway) -> String {
    let parts = [
      gateway.name, gateway.type, gateway.vpnType, gateway.sku,
      gateway.activeActive == true ? "active-active" : nil,
      gateway.bgpEnabled == false ? "BGP off" : nil,
    ].compactMap { $0 }
    return parts.isEmpty ? "(unnamed)" : parts.joined(separator: " · ")
  }

  static func bgpLine(_ bgp: BGPSettings) -> String {
    var parts: [String] = []
    if let asn = bgp.asn { parts.append("ASN \(asn)") }
    if !bgp.peeringAddresses.isEmpty {
      parts.append("peering " + bgp.peeringAddresses.map(\.text).joined(separator: ", "))
    }
    return parts.isEmpty ? "on" : parts.joined(separator: " · ")
  }

  /// `site oslo` or `vnet hub`: the other end of a connection.
  static func target(_ c: SiteConnection, siteWord: String = "site") -> String {
    if let site = c.localSite { return "\(siteWord) \(site)" }
    if let vnet = c.remoteVNet { return "vnet \(vnet)" }
    return "-"
  }

  static func connectionLine(_ c: SiteConnection) -> String {
    let target = target(c, siteWord: "local site")
    let detail = [c.type, c.bgpEnabled == true ? "BGP" : nil].compactMap { $0 }
    return "\(c.name) → \(target)" + (detail.isEmpty ? "" : " (\(detail.joined(separator: ", ")))")
  }

  /// `file:line:column`, or nil for elements built by code.
  static func place(_ origin: SourceLocation) -> String? {
    origin.file == nil ? nil : origin.description
  }

  /// A table with a JSON list beside it; `empty` is said when there are no rows.
  static func listing(_ table: TextTable, key: String, _ json: [JSONValue], empty: String)
    -> StructuredOutput
  {
    StructuredOutput(
      text: table.rows.isEmpty ? empty : table.text, json: .object([(key, .array(json))]))
  }
}
