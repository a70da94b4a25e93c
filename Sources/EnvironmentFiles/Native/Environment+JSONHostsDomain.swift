import EnvironmentModel
import Findings

extension Host {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("os", os)
    b.add("roles", roles)
    b.add("primary_dns_suffix", primaryDNSSuffix)
    b.add("ip_routing", ipRouting)
    if !interfaces.isEmpty { b.add("interfaces", .array(interfaces.map(\.json))) }
    return b.json
  }
}

extension Interface {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("name", name)
    b.add("kind", kind.rawValue)
    b.add("tunnel", tunnel?.rawValue)
    b.add("description", description)
    b.add("mac", mac)
    b.add("dhcp", dhcp)
    b.add("autoconfiguration", autoconfiguration)
    if mediaDisconnected { b.add("media_disconnected", true) }
    if !addresses.isEmpty { b.add("addresses", .array(addresses.map(\.json))) }
    b.add("gateways", gateways)
    b.add("dns_servers", dnsServers)
    b.add("dhcp_server", dhcpServer?.text)
    b.add("tunnel_local", tunnelLocal?.text)
    b.add("tunnel_remote", tunnelRemote?.text)
    return b.json
  }
}

extension InterfaceAddress {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("address", address.text)
    b.add("mask", mask)
    if kind != .normal { b.add("kind", kind.rawValue) }
    b.add("state", state?.rawValue)
    return b.json
  }
}

extension Domain {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("dns_name", dnsName)
    b.add("netbios_name", netbiosName)
    b.add("sid", sid)
    if let syncAccount {
      var s = ObjectBuilder()
      s.add("name", syncAccount.name)
      s.add("dn", syncAccount.dn)
      b.add("sync_account", s.json)
    }
    b.add("writeback", writeback.map(\.rawValue))
    b.add("objects", .array(objects.map(\.json)))
    return b.json
  }
}

extension DirectoryObject {
  /// This element in the native schema, as `save` writes it (for `show ... --format json`).
  public var json: JSONValue {
    var b = ObjectBuilder()
    b.add("dn", dn)
    b.add("classes", objectClasses)
    b.add("sid", sid)
    b.add("member_of", memberOf)
    b.add("members", members)
    b.add("admin_count", adminCount)
    switch securityDescriptor {
    case .sddl(let text): b.add("sddl", text)
    case .bytes(let bytes): b.add("security_descriptor_base64", Base64.encode(bytes.array))
    case nil: break
    }
    for binary in [false, true] {
      let kept = attributes.filter { $0.binary == binary }
      if kept.isEmpty { continue }
      b.add(binary ? "binary_attributes" : "attributes", .object(kept.map { attribute in
        let values = attribute.values.map(JSONValue.string)
        return (attribute.name, values.count == 1 ? values[0] : .array(values))
      }))
    }
    return b.json
  }
}
