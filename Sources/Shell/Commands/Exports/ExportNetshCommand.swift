import AddressKit
import Findings

extension ExportCommands {
  static let tunnelInterface = OptionSpec(
    "tunnel-interface", value: .text, valueName: "NAME",
    help: "the Windows name of the 6in4 tunnel interface (default IP6Tunnel)")
  static let privacyDisabled = OptionSpec(
    "privacy-disabled", help: "also turn off temporary (privacy) addresses on the router")

  /// `export netsh`: the `ipv6 tunnel` plan as a batch file an engineer reviews and runs.
  static let netsh = CommandSpec(
    ["export", "netsh"],
    summary: "write the Windows IPv6 router configuration of a 6in4 tunnel plan as a .cmd file",
    discussion: """
      The plan is the one 'ipv6 tunnel' checks (same options). The batch file disables Teredo, \
      creates the 6in4 tunnel, adds the addresses and the routes (published), enables \
      forwarding, and makes the LAN interface advertise this router and its default route; each \
      command follows a rem line that says why and cites Microsoft's netsh reference. Every \
      value is double-quoted; an interface name holding a character cmd.exe cannot quote \
      (", %, ^, &, |, <, >, a line break) is refused. Nothing is written while the plan has errors.
      """,
    options: [
      IPv6Commands.ipv6TunnelServer, IPv6Commands.ipv6TunnelClient,
      IPv6Commands.ipv6TunnelTunnel, IPv6Commands.ipv6TunnelRouted, tunnelInterface,
      IPv6Commands.ipv6TunnelLAN, privacyDisabled, to,
    ],
    examples: [
      "export netsh --server 216.66.80.26 --client 192.168.1.10 --tunnel 2001:470:1f0a:5a::/64 "
        + "--routed 2001:470:1f0b:5a::/64 --lan Ethernet --to router.cmd"
    ]
  ) { invocation, session in
    let plan = try IPv6Commands.tunnelPlan(
      invocation,
      tunnelInterface: invocation.value(tunnelInterface) ?? "IP6Tunnel",
      lanInterface: invocation.value(IPv6Commands.ipv6TunnelLAN) ?? "LAN")
    guard plan.isValid else {
      throw ShellError(
        "\(invocation.value(to) ?? "") not written: the plan has errors",
        column: invocation.word(to)?.column,
        hint: "'ipv6 tunnel' with the same options shows them")
    }
    let steps: [NetshStep]
    do throws(CmdQuoting.Refusal) {
      steps = try plan.routerSteps(disablePrivacy: invocation.flag(privacyDisabled))
    } catch {
      var refusal = error
      let option = error.what == "LAN interface" ? IPv6Commands.ipv6TunnelLAN : tunnelInterface
      refusal.what = "--\(option.name)"
      throw ShellError(refusal.description, column: invocation.word(option)?.column)
    }
    // The header is rem lines: a name cmd cannot quote would end one, so it is not copied.
    let source =
      switch session.environments.currentName {
      case .none: "no environment (the plan given on the command line)"
      case .some(let name) where (try? CmdQuoting.quoted(name, what: "")) == nil:
        "an environment whose name cmd.exe cannot quote"
      case .some(let name): "environment '\(name)'"
      }
    let header = [
      "Windows IPv6 router for a 6in4 tunnel: run from an elevated prompt on the router.",
      "Written by hybridbench \(ShellProgram.version) 'export netsh' with \(source).",
      "Tunnel server \(plan.serverIPv4), this router \(plan.clientIPv4), tunnel "
        + "\(plan.tunnelPrefix), routed \(plan.routedPrefix).",
      "Review it before running it; it changes this machine's network configuration.",
    ]
    return try invocation.writeArtifact(
      Array(SixInFourPlan.batchFile(steps, header: header).utf8), to: to,
      detail: Plural.count(steps.count, "netsh command", plural: "netsh commands"))
  }
}
