import AddressKit
import Artifacts
import Findings

extension IPv6Commands {
  static let ipv6TunnelServer = OptionSpec(
    "server", value: .text, valueName: "IPv4", required: true,
    help: "the broker's tunnel server address")
  static let ipv6TunnelClient = OptionSpec(
    "client", value: .text, valueName: "IPv4", required: true,
    help: "this router's IPv4 (private behind NAT)")
  static let ipv6TunnelTunnel = OptionSpec(
    "tunnel", value: .text, valueName: "PREFIX", required: true,
    help: "the tunnel /64 (or ::2/64 as the broker shows it)")
  static let ipv6TunnelRouted = OptionSpec(
    "routed", value: .text, valueName: "PREFIX", required: true, help: "the routed /64 for the LAN")
  static let ipv6TunnelLAN = OptionSpec(
    "lan", value: .text, valueName: "NAME",
    help: "the LAN interface as Get-NetAdapter names it (default LAN)")
  static let ipv6TunnelTo = OptionSpec(
    "to", value: .outputFile, valueName: "FILE", help: "write the commands to FILE")

  /// The plan the `--server`, `--client`, `--tunnel` and `--routed` options describe (shared
  /// with `export netsh`).
  static func tunnelPlan(
    _ invocation: Invocation, tunnelInterface: String = "IP6Tunnel", lanInterface: String = "LAN"
  ) throws -> SixInFourPlan {
    let server = try AddressArguments.address(try invocation.required(ipv6TunnelServer))
    let client = try AddressArguments.address(try invocation.required(ipv6TunnelClient))
    let tunnelPrefix = try AddressArguments.prefix(
      try invocation.required(ipv6TunnelTunnel), hostBits: .mask)
    let routed = try AddressArguments.prefix(try invocation.required(ipv6TunnelRouted))
    return SixInFourPlan(
      serverIPv4: server, clientIPv4: client, tunnelPrefix: tunnelPrefix, routedPrefix: routed,
      tunnelInterface: tunnelInterface, lanInterface: lanInterface)
  }

  static let tunnel = CommandSpec(
    ["ipv6", "tunnel"],
    summary: "plan a 6in4 tunnel-broker router on Windows: checks and netsh commands",
    discussion: """
      The tunnel /64 is the point-to-point link (::1 the broker, ::2 this router); the routed \
      /64 is the LAN. The inputs are checked (public server, NAT in front of the client, /64s \
      that do not overlap) and, when they hold, the 'netsh interface ipv6' commands that make \
      this server the LAN's IPv6 router are listed, for the LAN interface --lan names \
      ('Ethernet 2'; default LAN). --to writes them: FILE.cmd as a batch file \
      (CRLF), any other name as a script for 'netsh -f FILE'.
      """,
    options: [
      ipv6TunnelServer, ipv6TunnelClient, ipv6TunnelTunnel, ipv6TunnelRouted, ipv6TunnelLAN,
      ipv6TunnelTo,
      OptionSpec("force", help: "replace FILE if it exists"),
    ],
    examples: [
      "ipv6 tunnel --server 216.66.80.26 --client 192.168.1.10 --tunnel 2001:470:1f0a:5a::/64 "
        + "--routed 2001:470:1f0b:5a::/64",
      "ipv6 tunnel --server 216.66.80.26 --client 192.168.1.10 --tunnel 2001:470:1f0a:5a::2/64 "
        + "--routed 2001:470:1f0b:5a::/64 --to router.cmd",
      "ipv6 tunnel --server 216.66.80.26 --client 192.168.1.10 --tunnel 2001:470:1f0a:5a::/64 "
        + "--routed 2001:470:1f0b:5a::/64 --lan 'Ethernet 2'",
    ]
  ) { invocation, _ in
    var lan = "LAN"
    if let given = invocation.word(ipv6TunnelLAN) {
      guard !given.text.isEmpty, !given.text.contains("\""), given.text.count <= 256 else {
        throw ShellError(
          "--lan takes an interface name without '\"' (like LAN or 'Ethernet 2')",
          column: given.column)
      }
      lan = given.text
    }
    let plan = try tunnelPlan(invocation, lanInterface: lan)
    let report = SixInFourReport(plan: plan)
    guard let target = invocation.file(ipv6TunnelTo) else { return report }
    guard plan.isValid else {
      throw ShellError(
        "\(target.shown) not written: the plan has errors",
        hint: "run it without --to to see them")
    }
    let batch = target.name.lowercased().hasSuffix(".cmd") || target.name.lowercased().hasSuffix(".bat")
    return try invocation.writeArtifact(
      Array(report.script(batch: batch).utf8), to: ipv6TunnelTo,
      detail: Plural.count(plan.netshCommands.count, "netsh command", plural: "netsh commands"))
  }
}
