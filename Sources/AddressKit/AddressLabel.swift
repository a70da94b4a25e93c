/// Plain-language labels engineers search for, beside IANA's block names: RFC 1918, CGNAT,
/// link-local, ULA, documentation, 6to4, Teredo, multicast, Azure platform addresses.
public enum AddressLabel: String, Sendable, Hashable, CaseIterable {
  case unspecified = "unspecified"
  case loopback = "loopback"
  case rfc1918 = "RFC 1918 private"
  case sharedAddressSpace = "RFC 6598 shared address space (CGNAT)"
  case ipv4LinkLocal = "RFC 3927 link-local (APIPA)"
  case azureAPIPABGP = "Azure APIPA BGP range (169.254.21.0-169.254.22.255)"
  case azureIMDS = "Azure Instance Metadata Service"
  case azurePlatform = "Azure platform address (168.63.129.16)"
  case documentation = "documentation"
  case benchmarking = "benchmarking (RFC 2544 / RFC 5180)"
  case reservedClassE = "reserved (former class E)"
  case limitedBroadcast = "limited broadcast"
  case multicast = "multicast"
  case ipv4Mapped = "IPv4-mapped (RFC 4291)"
  case nat64 = "NAT64 (RFC 6052 / RFC 8215)"
  case teredo = "Teredo (RFC 4380)"
  case sixToFour = "6to4 (RFC 3056)"
  case uniqueLocal = "RFC 4193 unique local (ULA)"
  case ipv6LinkLocal = "IPv6 link-local (fe80::/10)"
  case siteLocalDeprecated = "deprecated site-local (RFC 3879)"
  case globalUnicastSpace = "IPv6 global unicast space (2000::/3)"

  /// Which prefixes carry which label: data, checked in order, every match applies.
  static let table: [(String, AddressLabel)] = [
    ("0.0.0.0/32", .unspecified), ("::/128", .unspecified),
    ("127.0.0.0/8", .loopback), ("::1/128", .loopback),
    ("10.0.0.0/8", .rfc1918), ("172.16.0.0/12", .rfc1918), ("192.168.0.0/16", .rfc1918),
    ("100.64.0.0/10", .sharedAddressSpace),
    ("169.254.0.0/16", .ipv4LinkLocal),
    ("169.254.21.0/24", .azureAPIPABGP), ("169.254.22.0/24", .azureAPIPABGP),
    ("169.254.169.254/32", .azureIMDS), ("168.63.129.16/32", .azurePlatform),
    ("192.0.2.0/24", .documentation), ("198.51.100.0/24", .documentation),
    ("203.0.113.0/24", .documentation), ("233.252.0.0/24", .documentation),
    ("2001:db8::/32", .documentation), ("3fff::/20", .documentation),
    ("198.18.0.0/15", .benchmarking), ("2001:2::/48", .benchmarking),
    ("240.0.0.0/4", .reservedClassE), ("255.255.255.255/32", .limitedBroadcast),
    ("224.0.0.0/4", .multicast), ("ff00::/8", .multicast),
    ("::ffff:0:0/96", .ipv4Mapped), ("64:ff9b::/96", .nat64), ("64:ff9b:1::/48", .nat64),
    ("2001::/32", .teredo), ("2002::/16", .sixToFour),
    ("fc00::/7", .uniqueLocal), ("fe80::/10", .ipv6LinkLocal), ("fec0::/10", .siteLocalDeprecated),
    ("2000::/3", .globalUnicastSpace),
  ]

  static let prefixes: [(IPPrefix, AddressLabel)] = table.compactMap { row in
    (try? IPPrefix(parsing: row.0)).map { ($0, row.1) }
  }

  /// Every label that applies to `address`.
  public static func labels(for address: IPAddress) -> [AddressLabel] {
    prefixes.filter { $0.0.contains(address) }.map(\.1)
  }
}

/// The scope of a multicast address: the IPv6 scope nibble (RFC 4291 2.7, RFC 7346) or the IPv4
/// blocks of RFC 5771 and RFC 2365.
public enum MulticastScope: String, Sendable, Hashable {
  case interfaceLocal = "interface-local"
  case linkLocal = "link-local"
  case realmLocal = "realm-local"
  case adminLocal = "admin-local"
  case siteLocal = "site-local"
  case organizationLocal = "organization-local"
  case global = "global"
  case administrativelyScoped = "administratively scoped (RFC 2365)"
  case reserved = "reserved or unassigned scope"

  /// The scope of `address`, or nil when it is not multicast.
  public init?(_ address: IPAddress) {
    switch address.family {
    case .v4:
      let v = UInt32(truncatingIfNeeded: address.low)
      guard v >> 28 == 0xE else { return nil }
      if v >> 8 == 0xE000_00 {
        self = .linkLocal
      } else if v >> 24 == 239 {
        self = .administrativelyScoped
      } else {
        self = .global
      }
    case .v6:
      guard address.high >> 56 == 0xFF else { return nil }
      switch (address.high >> 48) & 0xF {
      case 1: self = .interfaceLocal
      case 2: self = .linkLocal
      case 3: self = .realmLocal
      case 4: self = .adminLocal
      case 5: self = .siteLocal
      case 8: self = .organizationLocal
      case 0xE: self = .global
      default: self = .reserved
      }
    }
  }
}
