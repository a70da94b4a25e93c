import EnvironmentModel
import Findings

extension NativeDecoder {
  mutating func host(_ node: DocNode) throws -> Host {
    let m = try open(node, "a host",
      ["name", "os", "roles", "primary_dns_suffix", "ip_routing", "interfaces"])
    var host = Host(name: try m.string("name"), origin: m.origin)
    host.os = try m.optionalString("os")
    host.roles = try m.strings("roles")
    host.primaryDNSSuffix = try m.optionalString("primary_dns_suffix")
    host.ipRouting = try m.bool("ip_routing")
    host.interfaces = try m.list("interfaces").map { try interface($0, of: host.name) }
    return host
  }

  private mutating func interface(_ node: DocNode, of host: String) throws -> Interface {
    let m = try open(node, "an interface of host '\(host)'",
      ["name", "kind", "tunnel", "description", "mac", "dhcp", "autoconfiguration",
       "media_disconnected", "addresses", "gateways", "dns_servers", "dhcp_server",
       "tunnel_local", "tunnel_remote"])
    var i = Interface(name: try m.string("name"), origin: m.origin)
    i.kind = try m.choice("kind", InterfaceKind.self) ?? .ethernet
    i.tunnel = try m.choice("tunnel", TunnelKind.self)
    i.description = try m.optionalString("description")
    i.mac = try m.optionalString("mac")
    i.dhcp = try m.bool("dhcp")
    i.autoconfiguration = try m.bool("autoconfiguration")
    i.mediaDisconnected = try m.bool("media_disconnected") ?? false
    i.addresses = try m.list("addresses").map { try address($0, of: i.name) }
    i.gateways = try m.addresses("gateways")
    i.dnsServers = try m.addresses("dns_servers")
    i.dhcpServer = try m.address("dhcp_server")
    i.tunnelLocal = try m.address("tunnel_local")
    i.tunnelRemote = try m.address("tunnel_remote")
    return i
  }

  private mutating func address(_ node: DocNode, of interface: String) throws -> InterfaceAddress {
    if let text = node.text {
      return InterfaceAddress(AddressText(text, at: node.origin(file)))
    }
    let m = try open(node, "an address of interface '\(interface)'",
      ["address", "mask", "kind", "state"])
    guard let address = try m.address("address") else {
      throw InputError("expected key 'address' in an address of interface '\(interface)'",
        at: m.origin)
    }
    return InterfaceAddress(address, mask: try m.optionalString("mask"),
      kind: try m.choice("kind", AddressKind.self) ?? .normal,
      state: try m.choice("state", AddressState.self))
  }
}
