import EnvironmentModel
import Findings

extension ARMImporter {
  mutating func resource(_ r: DocNode, parent: String?) {
    guard let type = string(r, ["type"], "resource type")?.lowercased() else { return }
    let fullType = parent.map { "\($0)/\(type)" } ?? type
    let name = string(r, ["name"], "the name of a \(type) resource") ?? (r["name"]?.text ?? "?")
    switch fullType {
    case "microsoft.network/virtualnetworks": vnetResource(r, name: name)
    case "microsoft.network/virtualnetworks/subnets":
      let parts = name.split(separator: "/")
      guard parts.count == 2, let i = network.vnets.firstIndex(where: { $0.name == parts[0] })
      else { return warn("subnet '\(name)': its vnet is not declared in this file; skipped", r) }
      if let s = subnet(r, name: String(parts[1])) { network.vnets[i].subnets.append(s) }
    case "microsoft.network/virtualnetworks/virtualnetworkpeerings":
      let parts = name.split(separator: "/")
      if parts.count == 2 { peering(r, vnet: String(parts[0]), name: String(parts[1])) }
    case "microsoft.network/localnetworkgateways": localSite(r, name: name)
    case "microsoft.network/virtualnetworkgateways": gateway(r, name: name)
    default: break
    }
    if case .sequence(let children)? = r["resources"]?.value {
      for child in children { resource(child, parent: fullType) }
    }
  }

  private mutating func vnetResource(_ r: DocNode, name: String) {
    let p = properties(r)
    var v = VirtualNetwork(name: name, origin: r.origin(file))
    v.location = string(r, ["location"], "location of vnet '\(name)'")
    v.addressSpace = addresses(p, ["addressSpace", "addressPrefixes"], "address space of '\(name)'")
    v.dnsServers = addresses(p, ["dhcpOptions", "dnsServers"], "DNS servers of vnet '\(name)'")
    if case .sequence(let subnets)? = value(p, ["subnets"], "subnets of '\(name)'")?.value {
      for s in subnets {
        let subnetName = string(s, ["name"], "a subnet name in vnet '\(name)'") ?? "?"
        if let subnet = subnet(s, name: subnetName) { v.subnets.append(subnet) }
      }
    }
    network.vnets.append(v)
    if case .sequence(let peerings)? = p["virtualNetworkPeerings"]?.value {
      for item in peerings {
        peering(item, vnet: name, name: string(item, ["name"], "a peering name") ?? "?")
      }
    }
  }

  private mutating func subnet(_ s: DocNode, name: String) -> Subnet? {
    let p = properties(s)
    let prefixes = p["addressPrefix"] != nil
      ? addresses(p, ["addressPrefix"], "prefix of subnet '\(name)'")
      : addresses(p, ["addressPrefixes"], "prefixes of subnet '\(name)'")
    guard let prefix = prefixes.first else { return nil }
    return Subnet(name: name, prefix: prefix, origin: s.origin(file))
  }

  private mutating func peering(_ r: DocNode, vnet: String, name: String) {
    let p = properties(r)
    guard let remoteId = string(p, ["remoteVirtualNetwork", "id"], "remote vnet of peering '\(name)'"),
      let remote = Self.name(in: remoteId, after: "virtualNetworks")
    else { return }
    var peering = Peering(name: name, vnet: vnet, remoteVNet: remote, origin: r.origin(file))
    peering.allowGatewayTransit = bool(p, ["allowGatewayTransit"], "allowGatewayTransit")
    peering.useRemoteGateways = bool(p, ["useRemoteGateways"], "useRemoteGateways")
    peering.allowForwardedTraffic = bool(p, ["allowForwardedTraffic"], "allowForwardedTraffic")
    network.peerings.append(peering)
  }

  private mutating func localSite(_ r: DocNode, name: String) {
    let p = properties(r)
    var site = LocalSite(name: name, origin: r.origin(file))
    if let address = value(p, ["gatewayIpAddress"], "gateway address of '\(name)'"),
      let text = address.text
    {
      site.gatewayAddress = AddressText(text, at: address.origin(file))
    }
    site.prefixes = addresses(p, ["localNetworkAddressSpace", "addressPrefixes"],
      "prefixes of local site '\(name)'")
    site.bgp = bgp(p, of: "local site '\(name)'")
    network.localSites.append(site)
  }

  /// BGP settings: the ASN, `bgpPeeringAddress` ("a,b" on active-active gateways) and, per
  /// instance of `bgpPeeringAddresses`, the default and custom (APIPA) addresses, each once.
  private mutating func bgp(_ p: DocNode, of owner: String) -> BGPSettings? {
    guard let b = p["bgpSettings"] else { return nil }
    var settings = BGPSettings(origin: b.origin(file))
    if let asn = string(b, ["asn"], "BGP ASN of \(owner)") { settings.asn = Int64(asn) }
    var found: [AddressText] = []
    for text in addresses(b, ["bgpPeeringAddress"], "BGP peering address of \(owner)") {
      for part in text.text.split(separator: ",") {
        found.append(AddressText(part.trimmingCharacters(in: .whitespaces), at: text.origin))
      }
    }
    if case .sequence(let items)? = b["bgpPeeringAddresses"]?.value {
      for item in items {
        found += addresses(item, ["defaultBgpIpAddresses"], "default BGP addresses of \(owner)")
        found += addresses(item, ["customBgpIpAddresses"], "custom BGP addresses of \(owner)")
      }
    }
    var seen: Set<String> = []
    settings.peeringAddresses = found.filter { seen.insert($0.text).inserted }
    return settings
  }

  private mutating func gateway(_ r: DocNode, name: String) {
    let p = properties(r)
    var g = Gateway(name: name, origin: r.origin(file))
    g.type = string(p, ["gatewayType"], "type of gateway '\(name)'")
    g.vpnType = string(p, ["vpnType"], "VPN type of gateway '\(name)'")
    g.sku = string(p, ["sku", "name"], "SKU of gateway '\(name)'")
    g.activeActive = bool(p, ["activeActive"], "activeActive of gateway '\(name)'")
    g.bgpEnabled = bool(p, ["enableBgp"], "enableBgp of gateway '\(name)'")
    g.clientAddressPool = addresses(p, ["vpnClientConfiguration", "vpnClientAddressPool",
      "addressPrefixes"], "P2S pool of gateway '\(name)'")
    if g.bgpEnabled == true || p["bgpSettings"] != nil {
      g.bgp = bgp(p, of: "gateway '\(name)'")
    }
    var vnetName: String?
    if case .sequence(let configs)? = p["ipConfigurations"]?.value {
      for c in configs {
        if let id = string(properties(c), ["subnet", "id"], "subnet of gateway '\(name)'") {
          vnetName = Self.name(in: id, after: "virtualNetworks")
        }
      }
    }
    guard let vnetName else {
      return warn("gateway '\(name)': its vnet cannot be resolved from ipConfigurations; "
        + "gateway not attached", r)
    }
    gatewayVNet[name] = vnetName
    if let i = network.vnets.firstIndex(where: { $0.name.lowercased() == vnetName.lowercased() }) {
      network.vnets[i].gateway = g
      return
    }
    // `az network vnet-gateway show` holds the gateway alone: its VNet is known by name only.
    warn("gateway '\(name)': vnet '\(vnetName)' is not in this file; it is added by name only "
      + "(no address space or subnets): load the vnet too for the address checks", r)
    var vnet = VirtualNetwork(name: vnetName, origin: r.origin(file))
    vnet.gateway = g
    network.vnets.append(vnet)
  }
}
