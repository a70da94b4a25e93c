import Findings
import PlacementRules

/// RRAS handing out addresses from the wrong network: the DHCP client RRAS uses for its VPN
/// clients sits on the WAN adapter ("Allow RAS to select the adapter"), or a DHCP server on the
/// RRAS host answers on the WAN segment.
enum RRASDHCPWANWalkthrough {
  static let refs = RRASAdapterReview.refs

  static let walkthrough = Walkthrough(
    id: "rras-dhcp-wan",
    title: "RRAS hands out addresses from the WAN side",
    summary:
      "RRAS handing out DHCP addresses on the WAN adapter ('Allow RAS to select the adapter')",
    refs: refs,
    steps: [
      WalkStep(
        "how", .inform, title: "Where RRAS gets its clients' addresses",
        text: """
          Set to use DHCP, RRAS asks its own DHCP client for ten addresses at a time, keeps the \
          first for its internal interface and hands the rest to VPN and dial-up clients. The \
          request goes out on the adapter chosen in RAS Properties > IPv4 > Adapter; the default \
          is 'Allow RAS to select the adapter'. On a server with a WAN and a LAN adapter it may \
          pick the WAN one, and the ISP's DHCP server (or none) answers.
          """,
        why: "the symptom (clients with public or 169.254 addresses) comes from that one setting",
        refs: [RRASAdapterReview.dhcpSource, RRASAdapterReview.adapterSource], next: "check"),
      WalkStep(
        "check", .check, title: "The RRAS hosts' adapters",
        text:
          "Looking at every host with the rras role: which adapter faces the WAN, which the LAN, and what they were given.",
        why: "the environment shows which adapters exist and how they are addressed",
        next: "symptom",
        check: WalkCheck { context in check(context) },
        branches: [.failed: "adapter"]),
      WalkStep(
        "symptom", .ask, title: "What do the VPN clients get?",
        text: "Connect a client and run ipconfig: which address did its PPP/VPN adapter get?",
        why: "the client's address tells which DHCP server RRAS reached",
        question: WalkQuestion(
          key: "client-address", prompt: "the VPN client's address",
          expect: .choice([
            WalkChoice(
              "lan", "an address from the LAN's scope: this story is not the problem", next: "relay"
            ),
            WalkChoice("apipa", "169.254.x.x: no DHCP server answered RRAS", next: "adapter"),
            WalkChoice(
              "public", "an address from the ISP's range: RRAS leased from the WAN side",
              next: "adapter"),
          ]))),
      WalkStep(
        "adapter", .act, title: "Pin the adapter (or use a static pool)",
        text: """
          In the Routing and Remote Access console: server Properties > IPv4 > Adapter: choose the \
          LAN adapter instead of 'Allow RAS to select the adapter'. Or choose 'Static address pool' \
          with a range outside the DHCP scope. If the server also runs DHCP, unbind the WAN adapter: \
          Get-DhcpServerv4Binding, then Set-DhcpServerv4Binding -InterfaceAlias WAN -BindingState $false. \
          Restart the RemoteAccess service: RRAS releases its cached leases when it stops.
          """,
        why: "RRAS only asks for new leases when it starts, so the change needs a restart",
        refs: refs, next: "verify"),
      WalkStep(
        "verify", .ask, title: "Did the client get a LAN address?",
        text: "Reconnect a client and look at its address again.",
        why: "the fix is proven by the client, not by the console",
        question: WalkQuestion(
          key: "fixed", prompt: "does the client now get a LAN address?",
          expect: .choice([
            WalkChoice("yes", "yes: done"),
            WalkChoice("no", "no: look at the relay agent", next: "relay"),
          ]))),
      WalkStep(
        "relay", .inform, title: "The DHCP Relay Agent and the Internal interface",
        text: """
          If RRAS runs the DHCP Relay Agent (IPv4 > DHCP Relay Agent), list the DHCP server there \
          and add the Internal interface (it stands for all remote clients) so their DHCPINFORM \
          requests for options reach the server; never add the WAN interface, or the relay \
          forwards requests from the ISP's segment.
          """,
        why: "the relay decides which segments' DHCP traffic reaches your server",
        refs: [RRASAdapterReview.dhcpSource]),
    ])

  static func check(_ context: WalkContext) -> WalkCheckResult {
    guard let model = context.model else { return .noEnvironment }
    let hosts = RRASAdapterReview.rrasHosts(model)
    guard !hosts.isEmpty else {
      return WalkCheckResult(.unknown, "no host in the environment has the rras role")
    }
    let findings = RRASAdapterReview.review(model)
    return .judging(
      findings, problem: "an RRAS host can hand out addresses from the wrong side",
      clean:
        "\(hosts.map(\.name).joined(separator: ", ")): no adapter set-up that leads RRAS to the WAN",
      facts: ["rras hosts": hosts.map(\.name).joined(separator: ", ")])
  }
}
