import EnvironmentModel
import Findings

extension ARMImporter {
  /// Connections go last so their gateways are known.
  mutating func connectionResource(_ r: DocNode) {
    guard r["type"]?.text?.lowercased() == "microsoft.network/connections" else { return }
    let name = string(r, ["name"], "a connection name") ?? (r["name"]?.text ?? "?")
    let p = properties(r)
    let gatewayId = string(p, ["virtualNetworkGateway1", "id"], "gateway of connection '\(name)'")
    let gateway = gatewayId.flatMap { Self.name(in: $0, after: "virtualNetworkGateways") }
    var c = SiteConnection(name: name, vnet: gateway.flatMap { gatewayVNet[$0] } ?? gateway ?? "?",
      origin: r.origin(file))
    c.type = string(p, ["connectionType"], "type of connection '\(name)'")
    if let site = string(p, ["localNetworkGateway2", "id"], "local site of connection '\(name)'") {
      c.localSite = Self.name(in: site, after: "localNetworkGateways")
    }
    if let remote = string(p, ["virtualNetworkGateway2", "id"], "remote gateway of '\(name)'"),
      let remoteGateway = Self.name(in: remote, after: "virtualNetworkGateways")
    {
      c.remoteVNet = gatewayVNet[remoteGateway] ?? remoteGateway
    }
    c.bgpEnabled = bool(p, ["enableBgp"], "enableBgp of '\(name)'")
    c.hasSharedKey = p["sharedKey"] != nil
    if case .sequence(let items)? = p["gatewayCustomBgpIpAddresses"]?.value {
      for item in items {
        c.tunnelInsideAddresses += addresses(item, ["customBgpIpAddress"],
          "tunnel inside address of '\(name)'")
      }
    }
    if case .sequence(let items)? = p["tunnelProperties"]?.value {
      for item in items {
        c.tunnelInsideAddresses += addresses(item, ["bgpPeeringAddress"], "tunnel BGP address")
      }
    }
    network.connections.append(c)
  }
}
