import Findings
import PlacementRules

/// Link-local (169.254/16) addresses inside site-to-site tunnels: why they are fine there and
/// nowhere else, and the narrower range Azure VPN gateways accept for BGP.
enum S2SLinkLocalWalkthrough {
  static let walkthrough = Walkthrough(
    id: "s2s-link-local",
    title: "Link-local addresses inside a site-to-site tunnel",
    summary:
      "169.254/16 inside S2S tunnels: never routed, fine for BGP peering, Azure's APIPA range",
    refs: TunnelAddressReview.refs,
    steps: [
      WalkStep(
        "what", .inform, title: "Why a tunnel uses 169.254 addresses",
        text: """
          RFC 3927 reserves 169.254.0.0/16 for link-local use: such an address is valid only on \
          its own link, and a router must not forward a packet to or from it. The inside of a \
          point-to-point IPsec tunnel is one link, so BGP speakers can peer over 169.254 addresses \
          there without taking any real address space (AWS requires it; Azure allows it).
          """,
        why: "the range is chosen precisely because it never leaves the tunnel",
        refs: [TunnelAddressReview.rfc3927], next: "azure"),
      WalkStep(
        "azure", .inform, title: "Azure accepts only part of the range",
        text: """
          An Azure VPN gateway takes custom (APIPA) BGP addresses only from \
          169.254.21.0-169.254.22.255. The on-premises device's peer address goes in the local \
          network gateway's BGP settings. 169.254/16 itself may not appear in a vnet address space, \
          a subnet, or a prefix routed over the tunnel.
          """,
        why:
          "an address outside 169.254.21-22 is refused by the gateway, and a routed 169.254 prefix is dropped",
        refs: [TunnelAddressReview.azureBGP, TunnelAddressReview.vnetFAQ], next: "check"),
      WalkStep(
        "check", .check, title: "The environment's tunnel and BGP addresses",
        text:
          "Classifying every tunnel inside address and BGP peering address, and looking for 169.254/16 in routed prefixes.",
        why: "the environment holds the addresses, so the tool can judge them instead of you",
        next: "clean",
        check: WalkCheck { context in check(context) },
        branches: [.failed: "fix"]),
      WalkStep(
        "fix", .act, title: "Correct the addresses",
        text: """
          On the Azure side choose addresses from 169.254.21.0-169.254.22.255 (gateway BGP \
          settings, or the connection's custom BGP addresses); give the on-premises end the other \
          address of the same small block; remove 169.254 prefixes from address spaces and local \
          site prefixes. Then 'walk back' to look again.
          """,
        why: "both ends must agree on the pair, and only the tunnel may carry it",
        refs: TunnelAddressReview.refs, next: "clean"),
      WalkStep(
        "clean", .inform, title: "Where to look next",
        text: """
          If the addresses are right and BGP still does not come up, compare the ASNs on both \
          ends, check that the connection has BGP enabled, and that the on-premises device \
          sources its BGP session from the inside address (not its public one).
          """,
        why: "with the addresses ruled out, the session settings are the usual cause"),
    ])

  static func check(_ context: WalkContext) -> WalkCheckResult {
    guard let model = context.model else { return .noEnvironment }
    let uses = TunnelAddressReview.uses(model.azure)
    if uses.isEmpty, model.azure.connections.isEmpty {
      return WalkCheckResult(
        .unknown, "the environment declares no site-to-site connection or BGP address")
    }
    let findings = TunnelAddressReview.review(model)
    let inside = model.azure.connections.flatMap(\.tunnelInsideAddresses).map(\.text)
    var facts: [String: String] = [:]
    if !inside.isEmpty { facts["tunnel inside addresses"] = inside.joined(separator: ", ") }
    return .judging(
      findings, problem: "tunnel or BGP addresses that will not work",
      clean:
        "\(Plural.count(uses.count, "tunnel/BGP address", plural: "tunnel/BGP addresses")) checked: link-local only inside tunnels, within Azure's range",
      facts: facts)
  }
}
