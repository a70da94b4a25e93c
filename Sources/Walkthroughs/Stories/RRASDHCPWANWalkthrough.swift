import AddressKit
import EnvironmentModel
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
        text:
          "Connect a client and run ipconfig: which address did its PPP/VPN adapter get? "
          + "(Give the address itself, or one of the answers.)",
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
          ]),
          interpret: { classify($0) })),
      WalkStep(
        "adapter", .act, title: "Pin the adapter (or use a static pool)",
        text: """
          In the Routing and Remote Access console: server Properties > IPv4 > Adapter: choose the \
          LAN adapter instead of 'Allow RAS to select the adapter' (a server with one adapter has \
          none to choose: use 'Static address pool' with a range outside the DHCP scope). If the \
          server also runs DHCP, unbind the WAN adapter: Get-DhcpServerv4Binding, then \
          Set-DhcpServerv4Binding -InterfaceAlias WAN -BindingState $false. Restart the \
          RemoteAccess service: RRAS releases its cached leases when it stops.
          """,
        why: "RRAS only asks for new leases when it starts, so the change needs a restart",
        refs: refs, next: "verify",
        fitted: { context in context.model.flatMap(adapterText) }),
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

  /// The client's address read as one of the answers, by the tool's own classification:
  /// 169.254/16 is APIPA (RFC 3927), RFC 1918 space the LAN's, 100.64/10 (RFC 6598, carrier NAT)
  /// and global addresses the ISP's.
  static func classify(_ text: String) -> WalkInterpretation? {
    guard let address = try? IPAddress(parsing: text), address.family == .v4 else { return nil }
    let labels = AddressClassification(address).labels
    if labels.contains(.ipv4LinkLocal) {
      return WalkInterpretation(
        choice: "apipa", note: "\(text): RFC 3927 link-local (APIPA): no DHCP server answered RRAS")
    }
    if labels.contains(.rfc1918) {
      return WalkInterpretation(
        choice: "lan", note: "\(text): RFC 1918 private, read as the LAN's scope")
    }
    if labels.contains(.sharedAddressSpace) || labels.isEmpty
      || labels.allSatisfy({ $0 == .documentation })
    {
      return WalkInterpretation(
        choice: "public", note: "\(text): not private space, so from the ISP's side")
    }
    return nil
  }

  /// The adapter advice for the RRAS hosts the environment describes: the LAN adapter by name,
  /// or a static pool for a host with a single adapter.
  static func adapterText(_ model: Environment) -> String? {
    let hosts = RRASAdapterReview.rrasHosts(model)
    guard !hosts.isEmpty else { return nil }
    let restart = "Restart the RemoteAccess service: RRAS releases its cached leases when it stops."
    return hosts.map { host in
      let found = RRASAdapterReview.adapters(of: host)
      let (adapters, wan, lan) = (found.all, found.wan, found.lan)
      var text: String
      if adapters.count == 1 {
        text = "\(host.name) has one adapter (\(adapters[0].name)): there is no adapter to choose, "
          + "and clients get addresses from that network's DHCP server. To hand out another "
          + "range, choose 'Static address pool' in RAS Properties > IPv4, outside any DHCP scope."
      } else if lan.isEmpty {
        text = "\(host.name) has no LAN adapter to choose: in RAS Properties > IPv4 choose "
          + "'Static address pool' with a range of the internal network outside any DHCP scope, "
          + "or add a LAN adapter."
      } else {
        text = "\(host.name): RAS Properties > IPv4 > Adapter: choose \(lan[0].name) instead of "
          + "'Allow RAS to select the adapter' (or use a static address pool)."
      }
      if host.roles.contains(where: { $0.lowercased() == "dhcp" }), let outside = wan.first {
        text += " It also runs DHCP: Set-DhcpServerv4Binding -InterfaceAlias '\(outside.name)' "
          + "-BindingState $false."
      }
      return text
    }.joined(separator: "\n") + "\n" + restart
  }

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
