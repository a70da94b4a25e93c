/// IPv6 interface identifiers: modified EUI-64 from a MAC and back (RFC 4291 section 2.5.1 and
/// appendix A), and what kind of identifier an address carries.
public enum InterfaceIdentifier {
  /// The modified EUI-64 identifier of `mac`: FFFE inserted after the third byte and the U/L
  /// bit inverted (`34-56-78-9A-BC-DE` → `3656:78ff:fe9a:bcde`).
  public static func modifiedEUI64(_ mac: MACAddress) -> UInt64 {
    let oui = mac.value >> 24
    let nic = mac.value & 0xFF_FFFF
    return (oui << 40 | 0xFFFE << 24 | nic) ^ (0x02 << 56)
  }

  /// The SLAAC address `mac` forms in `prefix`, which must be an IPv6 /64.
  public static func address(_ mac: MACAddress, in prefix: IPPrefix) -> IPAddress? {
    guard prefix.family == .v6, prefix.length == 64 else { return nil }
    return IPAddress(v6High: prefix.network.high, low: modifiedEUI64(mac))
  }

  /// The MAC behind an EUI-64-derived address (ff:fe in the middle of the identifier); nil when
  /// the identifier was not derived from a MAC.
  public static func mac(from address: IPAddress) -> MACAddress? {
    guard address.family == .v6, (address.low >> 24) & 0xFFFF == 0xFFFE else { return nil }
    let iid = address.low ^ (0x02 << 56)
    return MACAddress(value: (iid >> 40) << 24 | (iid & 0xFF_FFFF))
  }

  /// What kind of identifier the low 64 bits of `address` look like.
  public static func explain(_ address: IPAddress) -> Explanation {
    guard address.family == .v6 else {
      return Explanation(kind: .notIPv6, summary: "not an IPv6 address", refs: [])
    }
    let iid = address.low
    if let embedded = EmbeddedIPv4(address), embedded.fillsInterfaceIdentifier {
      return Explanation(
        kind: .embeddedIPv4(embedded),
        summary: embedded.summary + ". The low 64 bits carry it: they are no interface "
          + "identifier the host chose",
        refs: embedded.refs)
    }
    if let mac = mac(from: address) {
      return Explanation(
        kind: .eui64(mac),
        summary: "modified EUI-64 from MAC \(mac): stable, the same in every network, and it "
          + "reveals the hardware; RFC 8064 recommends stable opaque identifiers instead",
        refs: ["RFC 4291 section 2.5.1, appendix A", "RFC 8064"])
    }
    if iid >> 32 & 0xFDFF_FFFF == 0x0000_5EFE {
      return Explanation(
        kind: .isatap, summary: "ISATAP identifier (…:5efe:a.b.c.d) with an IPv4 address inside",
        refs: ["RFC 5214"])
    }
    if iid < 0x1_0000 {
      return Explanation(
        kind: .manual,
        summary: "small identifier (::\(String(iid, radix: 16))): assigned by hand or by DHCPv6, "
          + "as on routers and tunnel endpoints",
        refs: ["RFC 4291"])
    }
    return Explanation(
      kind: .opaque,
      summary: "random-looking identifier: either a temporary address (RFC 8981: regenerated "
        + "about daily, used for outgoing connections, deprecated after its preferred "
        + "lifetime) or a stable opaque one (RFC 7217: the same in one network, different "
        + "between networks). The address alone can't tell them apart: on Windows "
        + "`netsh interface ipv6 show address` lists temporary addresses as 'Temporary' and "
        + "stable ones as 'Public'; `netsh interface ipv6 set privacy state=disabled` and "
        + "`set global randomizeidentifiers=disabled` return to EUI-64",
      refs: ["RFC 8981", "RFC 7217", "RFC 8064"])
  }

  /// The kind of an interface identifier.
  public enum Kind: Sendable, Hashable {
    case eui64(MACAddress)
    case isatap
    case manual
    /// Temporary (RFC 8981) or stable opaque (RFC 7217): indistinguishable from the bits.
    case opaque
    /// Teredo, NAT64 or IPv4-mapped: the low bits carry an IPv4 address (and port).
    case embeddedIPv4(EmbeddedIPv4)
    case notIPv6
  }

  /// An identifier's kind, a sentence about it, and the RFCs behind the sentence.
  public struct Explanation: Sendable, Hashable {
    /// The kind of identifier.
    public let kind: Kind
    /// One or two sentences for the engineer.
    public let summary: String
    /// The RFCs behind the summary.
    public let refs: [String]
  }
}
