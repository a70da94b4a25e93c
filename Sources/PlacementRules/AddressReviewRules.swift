import Findings

/// The rules of the address reviews (S2S tunnel and BGP addresses, RRAS hosts' adapters),
/// declared once for the catalog; `TunnelAddressReview` and `RRASAdapterReview` emit them.
extension Rule {
  // MARK: TunnelAddressReview (S2S tunnel inside and BGP peering addresses)

  public static let s2sLLNotAnAddress = Rule(
    "S2S-LL-NOT-AN-ADDRESS", .error, title: "a tunnel or BGP peering address must be one address",
    explanation: "Tunnel inside and BGP peering addresses are single IPv4 addresses; anything "
      + "else is refused by the gateway.",
    fix: "Write a single IPv4 address such as 169.254.21.1.", sources: TunnelAddressReview.refs)
  public static let s2sLLOutsideAzureRange = Rule(
    "S2S-LL-OUTSIDE-AZURE-RANGE", .error,
    title: "Azure-side APIPA addresses must be in 169.254.21.0-169.254.22.255",
    explanation: "The Azure VPN gateway accepts link-local BGP addresses only from that range.",
    fix: "Pick an address from 169.254.21.0-169.254.22.255 and the peer's from the same block.",
    sources: TunnelAddressReview.refs)
  public static let s2sLLRoutableInside = Rule(
    "S2S-LL-ROUTABLE-INSIDE", .info, title: "a tunnel inside address that is not link-local",
    explanation: "A routable inside address works, but it must not overlap any network on "
      + "either side of the tunnel.",
    fix: "Prefer link-local addresses inside the tunnel, or check the address is unused.",
    sources: TunnelAddressReview.refs)
  public static let s2sLLSameEnds = Rule(
    "S2S-LL-SAME-ENDS", .error, title: "the two ends of a tunnel need different addresses",
    explanation: "An inside address written twice for one connection gives both ends the same "
      + "address; the point-to-point link cannot work.",
    fix: "Give the Azure end and the on-premises end their own addresses.",
    sources: TunnelAddressReview.refs)
  public static let s2sLLRouted = Rule(
    "S2S-LL-ROUTED", .error, title: "169.254.0.0/16 must not be routed",
    explanation: "Link-local space is never forwarded (RFC 3927), and Azure refuses it in VNet "
      + "address spaces, subnets and local site prefixes.",
    fix: "Keep 169.254/16 inside the tunnel (BGP peering only); route real prefixes instead.",
    sources: [TunnelAddressReview.rfc3927, TunnelAddressReview.vnetFAQ])

  // MARK: RRASAdapterReview (RRAS hosts' adapters)

  public static let rrasAPIPA = Rule(
    "RRAS-APIPA", .error, title: "an RRAS adapter has a 169.254 (APIPA) address",
    explanation: "Its DHCP client got no lease, and RRAS hands VPN clients 169.254 addresses when "
      + "no DHCP server answers, so clients cannot reach the network.",
    fix: "Make a DHCP server reachable on that adapter (or give RRAS a static pool).",
    sources: RRASAdapterReview.refs)
  public static let rrasDHCPWAN = Rule(
    "RRAS-DHCP-WAN", .warning, title: "the RRAS WAN adapter is a DHCP client",
    explanation: "With 'Allow RAS to select the adapter', RRAS can lease VPN client addresses "
      + "from the ISP's DHCP server on the WAN side.",
    fix: "RAS Properties > IPv4 > Adapter: choose the LAN adapter (or use a static pool).",
    sources: RRASAdapterReview.refs)
  public static let rrasAdapterChoice = Rule(
    "RRAS-ADAPTER-CHOICE", .info, title: "RAS should lease client addresses on the LAN adapter",
    explanation: "A host with a WAN and a LAN adapter must have RAS use the LAN one for DHCP.",
    fix: "RAS Properties > IPv4 > Adapter: the LAN adapter.", sources: RRASAdapterReview.refs)
  public static let rrasDHCPServerWAN = Rule(
    "RRAS-DHCP-SERVER-WAN", .warning, title: "a DHCP server role faces the WAN",
    explanation: "A DHCP server bound to the WAN adapter answers requests on the ISP's segment.",
    fix: "Unbind the DHCP server from the WAN adapter (Set-DhcpServerv4Binding).",
    sources: RRASAdapterReview.refs)
  public static let rrasNoLAN = Rule(
    "RRAS-NO-LAN", .warning, title: "the RRAS host has no private IPv4 adapter",
    explanation: "RRAS can then only reach a DHCP server on the WAN side.",
    fix: "Add the LAN adapter to the environment, or give RRAS a static address pool.",
    sources: RRASAdapterReview.refs)
  public static let rrasOneAdapter = Rule(
    "RRAS-ONE-ADAPTER", .info, title: "the RRAS host has one adapter",
    explanation: "RAS can only choose it, so client addresses come from that network's DHCP "
      + "server.",
    fix: "None needed if that network's DHCP server should serve VPN clients.",
    sources: RRASAdapterReview.refs)
  public static let rrasMultipleGateways = Rule(
    "RRAS-MULTIPLE-GATEWAYS", .warning, title: "a multihomed server has several default gateways",
    explanation: "Windows uses one default route at a time; gateways on the LAN side send "
      + "Internet traffic the wrong way.",
    fix: "Remove the default gateway from the LAN adapter; add static routes for internal "
      + "networks.",
    sources: RRASAdapterReview.refs)

  /// Every address-review rule, for the catalog.
  public static let addressReviewRules: [Rule] = [
    .s2sLLNotAnAddress, .s2sLLOutsideAzureRange, .s2sLLRoutableInside, .s2sLLSameEnds,
    .s2sLLRouted, .rrasAPIPA, .rrasDHCPWAN, .rrasAdapterChoice, .rrasDHCPServerWAN, .rrasNoLAN,
    .rrasOneAdapter, .rrasMultipleGateways,
  ]
}
