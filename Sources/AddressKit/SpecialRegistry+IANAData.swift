/// The IANA special-purpose address registries as data.
///
/// Source: IANA "IPv4 Special-Purpose Address Registry" and "IPv6 Special-Purpose Address
/// Registry" (https://www.iana.org/assignments/iana-ipv4-special-registry/ and
/// .../iana-ipv6-special-registry/), CSV form, as transcribed 2026-07-18 in the project's
/// reference notes; the newest rows are RFC 9780 (100:0:0:1::/64, 2025-04). Re-fetch before
/// shipping. Flags are Source, Destination, Forwardable, Globally reachable,
/// Reserved-by-protocol: T, F, or '-' for N/A or blank.
extension SpecialRegistry {
  /// Date of the registry snapshot the rows below were taken from.
  public static let ianaSnapshotDate = "2026-07-18"
  /// Where the rows come from.
  public static let ianaSource =
    "IANA IPv4/IPv6 Special-Purpose Address Registries (RFC 6890), iana.org/assignments"

  static let ipv4Rows: [SpecialRegistryEntry?] = [
    .init("0.0.0.0/8", "\"This network\"", "RFC 791, Section 3.2", "1981-09", "TFFFT"),
    .init(
      "0.0.0.0/32", "\"This host on this network\"", "RFC 1122, Section 3.2.1.3", "1981-09",
      "TFFFT"),
    .init("10.0.0.0/8", "Private-Use", "RFC 1918", "1996-02", "TTTFF"),
    .init("100.64.0.0/10", "Shared Address Space", "RFC 6598", "2012-04", "TTTFF"),
    .init("127.0.0.0/8", "Loopback", "RFC 1122, Section 3.2.1.3", "1981-09", "FFFFT"),
    .init("169.254.0.0/16", "Link Local", "RFC 3927", "2005-05", "TTFFT"),
    .init("172.16.0.0/12", "Private-Use", "RFC 1918", "1996-02", "TTTFF"),
    .init(
      "192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890, Section 2.1", "2010-01",
      "FFFFF"),
    .init("192.0.0.0/29", "IPv4 Service Continuity Prefix", "RFC 7335", "2011-06", "TTTFF"),
    .init("192.0.0.8/32", "IPv4 dummy address", "RFC 7600", "2015-03", "TFFFF"),
    .init("192.0.0.9/32", "Port Control Protocol Anycast", "RFC 7723", "2015-10", "TTTTF"),
    .init(
      "192.0.0.10/32", "Traversal Using Relays around NAT Anycast", "RFC 8155", "2017-02",
      "TTTTF"),
    .init(
      "192.0.0.170/32", "NAT64/DNS64 Discovery", "RFC 8880, RFC 7050 Section 2.2", "2013-02",
      "FFFFT"),
    .init(
      "192.0.0.171/32", "NAT64/DNS64 Discovery", "RFC 8880, RFC 7050 Section 2.2", "2013-02",
      "FFFFT"),
    .init("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737", "2010-01", "FFFFF"),
    .init("192.31.196.0/24", "AS112-v4", "RFC 7535", "2014-12", "TTTTF"),
    .init("192.52.193.0/24", "AMT", "RFC 7450", "2014-12", "TTTTF"),
    .init(
      "192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526", "2001-06",
      terminated: "2015-03", "-----"),
    .init("192.88.99.2/32", "6a44-relay anycast address", "RFC 6751", "2012-10", "TTTFF"),
    .init("192.168.0.0/16", "Private-Use", "RFC 1918", "1996-02", "TTTFF"),
    .init("192.175.48.0/24", "Direct Delegation AS112 Service", "RFC 7534", "1996-01", "TTTTF"),
    .init("198.18.0.0/15", "Benchmarking", "RFC 2544", "1999-03", "TTTFF"),
    .init("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737", "2010-01", "FFFFF"),
    .init("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737", "2010-01", "FFFFF"),
    .init("240.0.0.0/4", "Reserved", "RFC 1112, Section 4", "1989-08", "FFFFT"),
    .init(
      "255.255.255.255/32", "Limited Broadcast", "RFC 8190, RFC 919 Section 7", "1984-10",
      "FTFFT"),
  ]

  static let ipv6Rows: [SpecialRegistryEntry?] = [
    .init("::1/128", "Loopback Address", "RFC 4291", "2006-02", "FFFFT"),
    .init("::/128", "Unspecified Address", "RFC 4291", "2006-02", "TFFFT"),
    .init("::ffff:0:0/96", "IPv4-mapped Address", "RFC 4291", "2006-02", "FFFFT"),
    .init("64:ff9b::/96", "IPv4-IPv6 Translat.", "RFC 6052", "2010-10", "TTTTF"),
    .init("64:ff9b:1::/48", "IPv4-IPv6 Translat.", "RFC 8215", "2017-06", "TTTFF"),
    .init("100::/64", "Discard-Only Address Block", "RFC 6666", "2012-06", "TTTFF"),
    .init("100:0:0:1::/64", "Dummy IPv6 Prefix", "RFC 9780", "2025-04", "TFFFF"),
    .init("2001::/23", "IETF Protocol Assignments", "RFC 2928", "2000-09", "FFFFF"),
    .init("2001::/32", "TEREDO", "RFC 4380, RFC 8190", "2006-01", "TTT-F"),
    .init("2001:1::1/128", "Port Control Protocol Anycast", "RFC 7723", "2015-10", "TTTTF"),
    .init(
      "2001:1::2/128", "Traversal Using Relays around NAT Anycast", "RFC 8155", "2017-02",
      "TTTTF"),
    .init(
      "2001:1::3/128", "DNS-SD Service Registration Protocol Anycast", "RFC 9665", "2024-04",
      "TTTTF"),
    .init("2001:2::/48", "Benchmarking", "RFC 5180, RFC Errata 1752", "2008-04", "TTTFF"),
    .init("2001:3::/32", "AMT", "RFC 7450", "2014-12", "TTTTF"),
    .init("2001:4:112::/48", "AS112-v6", "RFC 7535", "2014-12", "TTTTF"),
    .init(
      "2001:10::/28", "Deprecated (previously ORCHID)", "RFC 4843", "2007-03",
      terminated: "2014-03", "-----"),
    .init("2001:20::/28", "ORCHIDv2", "RFC 7343", "2014-07", "TTTTF"),
    .init(
      "2001:30::/28", "Drone Remote ID Protocol Entity Tags (DETs) Prefix", "RFC 9374",
      "2022-12", "TTTTF"),
    .init("2001:db8::/32", "Documentation", "RFC 3849", "2004-07", "FFFFF"),
    .init("2002::/16", "6to4", "RFC 3056", "2001-02", "TTT-F"),
    .init("2620:4f:8000::/48", "Direct Delegation AS112 Service", "RFC 7534", "2011-05", "TTTTF"),
    .init("3fff::/20", "Documentation", "RFC 9637", "2024-07", "FFFFF"),
    .init("5f00::/16", "Segment Routing (SRv6) SIDs", "RFC 9602", "2024-04", "TTTFF"),
    .init("fc00::/7", "Unique-Local", "RFC 4193, RFC 8190", "2005-10", "TTTFF"),
    .init("fe80::/10", "Link-Local Unicast", "RFC 4291", "2006-02", "TTFFT"),
  ]
}
