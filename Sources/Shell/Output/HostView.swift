import AddressKit
import EnvironmentModel
import Findings

/// Hosts and their interfaces as `show hosts` / `show host NAME` print them.
enum HostView {
  static func hosts(_ hosts: [Host]) -> StructuredOutput {
    let rows = hosts.map { host in
      [host.name, host.os ?? "-", TextTable.list(host.roles),
        TextTable.list(host.interfaces.map(\.name))]
    }
    return AzureView.listing(
      TextTable(header: ["NAME", "OS", "ROLES", "INTERFACES"], rows), key: "hosts",
      hosts.map(\.json), empty: "no hosts")
  }

  static func host(_ host: Host) -> StructuredOutput {
    var lines = ["host \(host.name)"]
    lines += TextTable.fields([
      ("os", host.os),
      ("roles", host.roles.isEmpty ? nil : TextTable.list(host.roles)),
      ("dns suffix", host.primaryDNSSuffix),
      ("ip routing", host.ipRouting.map { $0 ? "on" : "off" }),
      ("from", AzureView.place(host.origin)),
    ])
    for interface in host.interfaces {
      lines.append("  interface \(interface.name) · \(kind(interface))")
      lines += TextTable.fields(fields(interface), indent: "    ")
    }
    return StructuredOutput(text: lines.joined(separator: "\n"), json: host.json)
  }

  static func kind(_ interface: Interface) -> String {
    var words = [interface.tunnel.map { "\($0.rawValue) tunnel" } ?? interface.kind.rawValue]
    if interface.mediaDisconnected { words.append("media disconnected") }
    return words.joined(separator: " · ")
  }

  static func fields(_ i: Interface) -> [(String, String?)] {
    func yesNo(_ value: Bool?) -> String? { value.map { $0 ? "yes" : "no" } }
    let addresses = i.addresses.map(address)
    return [
      ("description", i.description),
      ("mac", i.mac),
      ("dhcp", yesNo(i.dhcp)),
      ("autoconfig", yesNo(i.autoconfiguration)),
      ("addresses", addresses.isEmpty ? nil : addresses.joined(separator: ", ")),
      ("gateways", i.gateways.isEmpty ? nil : TextTable.list(i.gateways.map(\.text))),
      ("dns servers", i.dnsServers.isEmpty ? nil : TextTable.list(i.dnsServers.map(\.text))),
      ("dhcp server", i.dhcpServer?.text),
      ("tunnel", tunnelEnds(i)),
    ]
  }

  /// `192.168.10.5/24 (preferred)`, `fe80::1%12 (link-local, preferred)`: the mask as a prefix
  /// length, or as written with a note when it is no valid mask.
  static func address(_ a: InterfaceAddress) -> String {
    var text = a.address.text
    if let mask = a.mask { text += "/" + length(of: mask, for: a.address.text) }
    let notes = [a.kind == .normal ? nil : a.kind.rawValue, a.state?.rawValue].compactMap { $0 }
    if !notes.isEmpty { text += " (\(notes.joined(separator: ", ")))" }
    return text
  }

  /// `24` for `255.255.255.0` (or `24`); the mask as written, marked, when it is not one.
  static func length(of mask: String, for address: String) -> String {
    guard let parsed = try? IPAddress(parsing: address),
      let prefix = try? IPPrefix(parsing: "\(parsed.textWithoutZone)/\(mask)", hostBits: .mask)
    else { return "\(mask) (not a valid mask)" }
    return String(prefix.length)
  }

  static func tunnelEnds(_ i: Interface) -> String? {
    guard i.tunnelLocal != nil || i.tunnelRemote != nil else { return nil }
    return "\(i.tunnelLocal?.text ?? "?") → \(i.tunnelRemote?.text ?? "?")"
  }
}
