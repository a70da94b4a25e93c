import Findings

/// The rules `ipv6 tunnel` checks a 6in4 plan against, declared once for the catalog.
extension Rule {
  static let rfc4213 = "RFC 4213 section 3 (6in4, IP protocol 41)"

  public static let v6TunnelEndpointNotIPv4 = Rule(
    "V6-TUNNEL-ENDPOINT-NOT-IPV4", .error,
    title: "6in4 tunnel endpoints must be IPv4 addresses",
    explanation: "6in4 carries IPv6 inside IPv4 packets (IP protocol 41), so both ends of the "
      + "tunnel are IPv4 hosts; an IPv6 endpoint makes the netsh v6v4tunnel command fail.",
    fix: "Give the broker's Server IPv4 address and this router's IPv4 address.",
    sources: [rfc4213, "RFC 4291"])
  public static let v6TunnelSameEndpoints = Rule(
    "V6-TUNNEL-SAME-ENDPOINTS", .error,
    title: "the tunnel server and client must be different hosts",
    explanation: "A tunnel whose two ends are the same address encapsulates packets to itself; "
      + "no IPv6 traffic leaves the host.",
    fix: "Use the broker's server address for the remote end and this host's for the local end.",
    sources: [rfc4213, "RFC 4291"])
  public static let v6TunnelServerNotGlobal = Rule(
    "V6-TUNNEL-SERVER-NOT-GLOBAL", .error,
    title: "the tunnel server must be a globally reachable IPv4 address",
    explanation: "The broker's tunnel server is on the Internet; a private, shared or reserved "
      + "address (IANA special-purpose registry) is a copy mistake and the tunnel never comes up.",
    fix: "Copy the Server IPv4 address from the tunnel broker's tunnel details.",
    sources: [rfc4213, "RFC 4291"])
  public static let v6TunnelClientBehindNAT = Rule(
    "V6-TUNNEL-CLIENT-BEHIND-NAT", .warning,
    title: "a client behind NAT needs IP protocol 41 forwarded",
    explanation: "6in4 is IP protocol 41, not TCP or UDP; a NAT device drops it unless told to "
      + "forward protocol 41 to the router, and the broker must know the public IPv4.",
    fix: "Forward IP protocol 41 to this host on the NAT device; give the broker the public IPv4.",
    sources: [rfc4213, "RFC 4291"])
  public static let v6TunnelPrefixNotIPv6 = Rule(
    "V6-TUNNEL-PREFIX-NOT-IPV6", .error,
    title: "the tunnel and routed prefixes must be IPv6",
    explanation: "The tunnel /64 and the routed /64 are the IPv6 networks the broker assigned; an "
      + "IPv4 prefix in either place cannot be configured on the tunnel or the LAN.",
    fix: "Copy the Client/Server IPv6 prefix and the Routed /64 from the tunnel details.",
    sources: [rfc4213, "RFC 4291"])
  public static let v6TunnelPrefixNot64 = Rule(
    "V6-TUNNEL-PREFIX-NOT-64", .warning,
    title: "the tunnel and routed prefixes should be /64 (the routed one must be)",
    explanation: "IPv6 unicast subnets are /64; SLAAC on the LAN forms addresses only from a /64 "
      + "prefix, so a routed prefix of another length leaves LAN hosts without addresses.",
    fix: "Use the /64 prefixes the broker assigned.",
    sources: ["RFC 4291 section 2.5.1", "RFC 4862 section 5.5.3"])
  public static let v6TunnelRoutedOverlap = Rule(
    "V6-TUNNEL-ROUTED-OVERLAP", .error,
    title: "the tunnel /64 and the routed /64 must be different prefixes",
    explanation: "The point-to-point link and the LAN are two networks; with one prefix on both, "
      + "the router cannot tell which interface a destination is on.",
    fix: "Use the Routed /64 from the tunnel details for the LAN.",
    sources: [rfc4213, "RFC 4291"])

  /// Every rule of the 6in4 plan, for the catalog.
  public static let sixInFourRules: [Rule] = [
    .v6TunnelEndpointNotIPv4, .v6TunnelSameEndpoints, .v6TunnelServerNotGlobal,
    .v6TunnelClientBehindNAT, .v6TunnelPrefixNotIPv6, .v6TunnelPrefixNot64,
    .v6TunnelRoutedOverlap,
  ]
}
