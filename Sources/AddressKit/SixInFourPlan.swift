import Findings

/// A 6in4 tunnel-broker plan (Hurricane Electric style): the tunnel /64 carries the
/// point-to-point link (server `::1`, client `::2`), a separate routed /64 is the LAN, and a
/// Windows server routes between them. Validates the inputs and writes the `netsh` commands.
public struct SixInFourPlan: Sendable {
  /// The broker's tunnel server ("Server IPv4 Address").
  public let serverIPv4: IPAddress
  /// This router's IPv4 (private when behind NAT).
  public let clientIPv4: IPAddress
  /// The point-to-point /64 ("Client/Server IPv6 Address" prefix).
  public let tunnelPrefix: IPPrefix
  /// The /64 routed to the LAN ("Routed /64").
  public let routedPrefix: IPPrefix
  /// Names of the Windows interfaces the commands use.
  public let tunnelInterface: String
  /// The Windows LAN interface name.
  public let lanInterface: String

  /// The broker's end of the tunnel: `::1` in the tunnel /64.
  public var serverIPv6: IPAddress? { tunnelPrefix.address(at: 1) }
  /// This router's end of the tunnel: `::2` in the tunnel /64.
  public var clientIPv6: IPAddress? { tunnelPrefix.address(at: 2) }
  /// The router's own address on the LAN: `::1` in the routed /64.
  public var lanRouterAddress: IPAddress? { routedPrefix.address(at: 1) }

  /// A plan from the tunnel details; interface names default to IP6Tunnel and LAN.
  public init(
    serverIPv4: IPAddress, clientIPv4: IPAddress, tunnelPrefix: IPPrefix, routedPrefix: IPPrefix,
    tunnelInterface: String = "IP6Tunnel", lanInterface: String = "LAN"
  ) {
    self.serverIPv4 = serverIPv4
    self.clientIPv4 = clientIPv4
    self.tunnelPrefix = tunnelPrefix
    self.routedPrefix = routedPrefix
    self.tunnelInterface = tunnelInterface
    self.lanInterface = lanInterface
  }

  static let refs6in4 = ["RFC 4213 section 3 (6in4, IP protocol 41)", "RFC 4291"]

  /// What is wrong or worth knowing about the inputs; errors mean the commands won't work.
  public var findings: [Finding] {
    var out: [Finding] = []
    func add(
      _ rule: Rule, severity: Severity? = nil, _ message: String, fix: String? = nil,
      refs: [String] = Self.refs6in4
    ) {
      out.append(
        Finding(
          rule, severity: severity, subject: "6in4 tunnel", message: message,
          fix: fix, refs: refs))
    }
    if serverIPv4.family != .v4 || clientIPv4.family != .v4 {
      add(
        .v6TunnelEndpointNotIPv4,
        "tunnel endpoints must be IPv4 (server \(serverIPv4), client \(clientIPv4))")
    }
    if serverIPv4 == clientIPv4 {
      add(.v6TunnelSameEndpoints, "server and client IPv4 are both \(serverIPv4)")
    }
    let server = AddressClassification(serverIPv4)
    if serverIPv4.family == .v4, !server.isGloballyReachable {
      add(
        .v6TunnelServerNotGlobal,
        "tunnel server \(serverIPv4) is \(server.className), not globally reachable",
        fix: "copy the Server IPv4 address from the tunnel broker's tunnel details")
    }
    let client = AddressClassification(clientIPv4)
    if clientIPv4.family == .v4, !client.isGloballyReachable {
      add(
        .v6TunnelClientBehindNAT,
        "client \(clientIPv4) is \(client.className): 6in4 is IP protocol 41, which NAT "
          + "drops unless the NAT device forwards protocol 41 to this host; the broker must "
          + "be given the public IPv4, while localaddress stays \(clientIPv4)",
        fix: "forward IP protocol 41 (not a TCP/UDP port) to \(clientIPv4) on the NAT device")
    }
    for (name, p) in [("tunnel", tunnelPrefix), ("routed", routedPrefix)] {
      if p.family != .v6 {
        add(.v6TunnelPrefixNotIPv6, "\(name) prefix \(p) is not IPv6")
      } else if p.length != 64 {
        add(
          .v6TunnelPrefixNot64, severity: name == "routed" ? .error : .warning,
          "\(name) prefix \(p) is not a /64"
            + (name == "routed" ? ": SLAAC on the LAN needs exactly /64" : ""),
          refs: ["RFC 4291 section 2.5.1", "RFC 4862 section 5.5.3"])
      }
    }
    if tunnelPrefix.overlaps(routedPrefix) {
      add(
        .v6TunnelRoutedOverlap,
        "tunnel prefix \(tunnelPrefix) and routed prefix \(routedPrefix) overlap: the "
          + "point-to-point /64 and the LAN /64 must be different prefixes",
        fix: "use the Routed /64 from the tunnel details for the LAN")
    }
    return out
  }

  /// True when no finding is an error.
  public var isValid: Bool { !findings.contains { $0.severity == .error } }
}
