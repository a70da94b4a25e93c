import Findings
import EnvironmentModel
/// What each `ipconfig /all` key means for the model.
extension IPConfigParser {
  mutating func apply(_ key: String, _ value: String, _ origin: SourceLocation) {
    guard var i = adapter else {
      applyHost(key, value)
      return
    }
    defer { adapter = i }
    let yes = value.lowercased().hasPrefix("yes")
    switch key {
    case "Media State": i.mediaDisconnected = value.lowercased().contains("disconnected")
    case "Description":
      i.description = value
      if i.kind == .tunnel, i.tunnel == .other { i.tunnel = Self.tunnelKind(value) }
    case "Physical Address": if !value.isEmpty { i.mac = value }
    case "DHCP Enabled": i.dhcp = yes
    case "Autoconfiguration Enabled": i.autoconfiguration = yes
    case "IPv4 Address", "IP Address", "IPv6 Address":
      if !value.isEmpty { i.addresses.append(Self.address(value, .normal, origin)) }
    case "Autoconfiguration IPv4 Address", "Autoconfiguration IP Address":
      if !value.isEmpty { i.addresses.append(Self.address(value, .autoconfiguration, origin)) }
    case "Temporary IPv6 Address":
      if !value.isEmpty { i.addresses.append(Self.address(value, .temporary, origin)) }
    case "Link-local IPv6 Address":
      if !value.isEmpty { i.addresses.append(Self.address(value, .linkLocal, origin)) }
    case "Subnet Mask":
      if let index = i.addresses.lastIndex(where: { $0.mask == nil && !$0.address.text.contains(":") }) {
        i.addresses[index].mask = value
      }
    case "Default Gateway": if !value.isEmpty { i.gateways.append(AddressText(value, at: origin)) }
    case "DHCP Server": if !value.isEmpty { i.dhcpServer = AddressText(value, at: origin) }
    case "DNS Servers": if !value.isEmpty { i.dnsServers.append(AddressText(value, at: origin)) }
    default: break
    }
  }

  private mutating func applyHost(_ key: String, _ value: String) {
    switch key {
    case "Host Name": host.name = value
    case "Primary Dns Suffix": if !value.isEmpty { host.primaryDNSSuffix = value }
    case "IP Routing Enabled": host.ipRouting = value.lowercased().hasPrefix("yes")
    default: break
    }
  }

  /// `fe80::1%8(Preferred)` → address, state; a trailing `(Duplicate)` etc. likewise.
  static func address(_ value: String, _ kind: AddressKind, _ origin: SourceLocation) -> InterfaceAddress {
    var text = value
    var state: AddressState?
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      let word = text[text.index(after: open)..<text.index(before: text.endIndex)].lowercased()
      state = AddressState(rawValue: word)
      text = String(text[..<open]).trimmingSpaces
    }
    var kind = kind
    if kind == .normal, text.lowercased().hasPrefix("169.254.") { kind = .autoconfiguration }
    return InterfaceAddress(AddressText(text, at: origin), kind: kind, state: state)
  }

  func finish(defaultName: String) -> Host {
    var host = self.host
    if let adapter { host.interfaces.append(adapter) }
    if host.name.isEmpty { host.name = defaultName }
    if host.origin.line == 0 { host.origin = host.interfaces.first?.origin ?? SourceLocation(file: file, line: 1) }
    return host
  }
}
