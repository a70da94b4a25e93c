import EnvironmentModel
import Findings

/// The native schema as a JSON value: the document `save` writes and `show --format json`
/// prints. Optional values and empty inner lists are left out; top-level lists always appear.
extension Environment {
  /// The whole environment in the native schema.
  public var json: JSONValue {
    var top: [(String, JSONValue)] = [("name", .string(name))]
    if let description { top.append(("description", .string(description))) }
    top.append(("azure", azure.json))
    top.append(("hosts", .array(hosts.map(\.json))))
    top.append(("domain", domain?.json ?? .null))
    top.append(("machines", .array(machines.map(\.json))))
    return .object(top)
  }
}

/// Builds an object while skipping absent values, so every writer reads the same.
struct ObjectBuilder {
  var pairs: [(String, JSONValue)] = []

  mutating func add(_ key: String, _ value: String?) {
    if let value { pairs.append((key, .string(value))) }
  }
  mutating func add(_ key: String, _ value: Int?) {
    if let value { pairs.append((key, .int(value))) }
  }
  mutating func add(_ key: String, _ value: Bool?) {
    if let value { pairs.append((key, .bool(value))) }
  }
  mutating func add(_ key: String, _ values: [String]) {
    if !values.isEmpty { pairs.append((key, .array(values.map(JSONValue.string)))) }
  }
  mutating func add(_ key: String, _ values: [AddressText]) {
    add(key, values.map(\.text))
  }
  mutating func add(_ key: String, _ value: JSONValue?) {
    if let value { pairs.append((key, value)) }
  }
  var json: JSONValue { .object(pairs) }
}

extension AzureNetwork {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    .object([
      ("dns_servers", .array(dnsServers.map {
        .object([("name", .string($0.name)), ("address", .string($0.address.text))])
      })),
      ("vnets", .array(vnets.map(\.json))),
      ("local_sites", .array(localSites.map(\.json))),
      ("connections", .array(connections.map(\.json))),
      ("peerings", .array(peerings.map(\.json))),
      ("vms", .array(vms.map(\.json))),
    ])
  }
}

extension VirtualNetwork {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("location", location)
    b.add("address_space", addressSpace)
    b.add("dns_servers", dnsServers)
    if !subnets.isEmpty {
      b.add("subnets", .array(subnets.map {
        .object([("name", .string($0.name)), ("prefix", .string($0.prefix.text))])
      }))
    }
    b.add("gateway", gateway?.json)
    return b.json
  }
}

extension Gateway {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("type", type)
    b.add("vpn_type", vpnType)
    b.add("sku", sku)
    b.add("active_active", activeActive)
    b.add("bgp_enabled", bgpEnabled)
    b.add("client_address_pool", clientAddressPool)
    b.add("bgp", bgp?.json)
    return b.json
  }
}

extension BGPSettings {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    if let asn { b.add("asn", .int(Int(truncatingIfNeeded: asn))) }
    b.add("peering_addresses", peeringAddresses)
    return b.json
  }
}

extension LocalSite {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("gateway_address", gatewayAddress?.text)
    b.add("prefixes", prefixes)
    b.add("bgp", bgp?.json)
    return b.json
  }
}

extension SiteConnection {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("vnet", vnet)
    b.add("local_site", localSite)
    b.add("remote_vnet", remoteVNet)
    b.add("type", type)
    b.add("tunnel_inside_addresses", tunnelInsideAddresses)
    b.add("bgp_enabled", bgpEnabled)
    if hasSharedKey { b.add("has_shared_key", true) }
    return b.json
  }
}

extension Peering {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("vnet", vnet)
    b.add("remote_vnet", remoteVNet)
    b.add("allow_gateway_transit", allowGatewayTransit)
    b.add("use_remote_gateways", useRemoteGateways)
    b.add("allow_forwarded_traffic", allowForwardedTraffic)
    return b.json
  }
}

extension VirtualMachine {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("cloud_service", cloudService)
    b.add("vnet", vnet)
    b.add("subnet", subnet)
    b.add("start_order", startOrder)
    b.add("addresses", addresses)
    return b.json
  }
}

extension Machine {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("answer_file", answerFile)
    b.add("answer_file_text", answerFileText)
    b.add("logs", logs)
    return b.json
  }
}
