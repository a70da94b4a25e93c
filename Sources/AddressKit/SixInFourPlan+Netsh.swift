/// One command of the Windows router configuration, with why it is there and its source.
public struct NetshStep: Sendable, Equatable {
  /// The command, from `netsh` on, every value double-quoted for cmd.exe.
  public var command: String
  /// Why this command: one line, for a `rem` comment.
  public var reason: String
  /// Where the command and its parameters are documented.
  public var source: String
}

extension SixInFourPlan {
  /// Microsoft's netsh reference for the `interface ipv6` context (add v6v4tunnel, add address,
  /// add route ... publish, set interface ... advertisedefaultroute, set privacy).
  public static let netshIPv6Reference =
    "Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com"
  /// Microsoft's netsh reference for the `interface teredo` context (set state).
  public static let netshTeredoReference =
    "Microsoft, Netsh Commands for Interface Teredo (netsh interface teredo), learn.microsoft.com"

  /// The router configuration known to work on Windows, in order: Teredo off first, the 6in4
  /// tunnel, its address and default route, forwarding, the LAN address and published route,
  /// and the LAN interface advertising this router (with the default route: without
  /// `advertisedefaultroute=enabled` clients get the prefix but no gateway). Empty when the plan
  /// has errors; a refusal when an interface name cannot be quoted for cmd.exe.
  public func routerSteps(disablePrivacy: Bool = false) throws(CmdQuoting.Refusal) -> [NetshStep] {
    guard isValid, let server6 = serverIPv6, let client6 = clientIPv6, let lan = lanRouterAddress
    else { return [] }
    func q(_ value: String) -> String { "\"" + value + "\"" }
    let tunnel = "interface=" + (try CmdQuoting.quoted(tunnelInterface, what: "tunnel interface"))
    let lanIf = "interface=" + (try CmdQuoting.quoted(lanInterface, what: "LAN interface"))
    let n = "netsh interface ipv6"
    let ipv6 = Self.netshIPv6Reference
    var steps = [
      NetshStep(
        command: "netsh interface teredo set state type=\(q("disabled"))",
        reason: "Teredo off first: its 2001::/32 route would compete with the tunnel for IPv6",
        source: Self.netshTeredoReference),
      NetshStep(
        command: "\(n) add v6v4tunnel \(tunnel) localaddress=\(q(clientIPv4.canonicalText)) "
          + "remoteaddress=\(q(serverIPv4.canonicalText))",
        reason: "the 6in4 tunnel (IP protocol 41) from this router to the broker's server",
        source: ipv6 + "; RFC 4213 section 3"),
      NetshStep(
        command: "\(n) add address \(tunnel) address=\(q(client6.textWithoutZone + "/64"))",
        reason: "this router's end of the tunnel: ::2 in the tunnel /64",
        source: ipv6),
      NetshStep(
        command: "\(n) add route prefix=\(q("::/0")) \(tunnel) "
          + "nexthop=\(q(server6.textWithoutZone)) publish=\(q("yes"))",
        reason: "the IPv6 default route through the broker (::1), published so it can be advertised",
        source: ipv6),
      NetshStep(
        command: "\(n) set interface \(tunnel) forwarding=\(q("enabled"))",
        reason: "forward packets arriving on the tunnel to the LAN",
        source: ipv6),
      NetshStep(
        command: "\(n) add address \(lanIf) address=\(q(lan.textWithoutZone + "/64"))",
        reason: "the router's own address on the LAN: ::1 in the routed /64",
        source: ipv6),
      NetshStep(
        command: "\(n) add route prefix=\(q(routedPrefix.description)) \(lanIf) "
          + "publish=\(q("yes"))",
        reason: "the routed /64 on the LAN, published: router advertisements carry it for SLAAC",
        source: ipv6 + "; RFC 4862"),
      NetshStep(
        command: "\(n) set interface \(lanIf) forwarding=\(q("enabled")) "
          + "advertise=\(q("enabled")) routerdiscovery=\(q("enabled")) "
          + "advertisedefaultroute=\(q("enabled"))",
        reason: "forward and send router advertisements on the LAN; advertisedefaultroute makes "
          + "clients use this router as their IPv6 gateway",
        source: ipv6 + "; RFC 4861 section 6"),
    ]
    if disablePrivacy {
      steps.append(
        NetshStep(
          command: "\(n) set privacy state=\(q("disabled"))",
          reason: "no temporary addresses on this router, so its addresses stay the ones above",
          source: ipv6 + "; RFC 8981"))
    }
    return steps
  }

  /// The commands alone, one a line (`ipv6 tunnel` lists them); empty when the plan has errors
  /// or an interface name cannot be quoted.
  public var netshCommands: [String] { ((try? routerSteps()) ?? []).map(\.command) }
}

extension SixInFourPlan {
  /// The steps as a batch file for an elevated cmd.exe: `@echo off`, the `header` lines as
  /// `rem` comments, then each step after a `rem` with its reason and source; CRLF line ends.
  /// The header must already be safe for cmd (the caller quotes or refuses its values).
  public static func batchFile(_ steps: [NetshStep], header: [String]) -> String {
    var lines = ["@echo off"] + header.map { "rem " + $0 }
    for step in steps {
      lines += ["rem " + step.reason, "rem   source: " + step.source, step.command]
    }
    return lines.map { $0 + "\r\n" }.joined()
  }

  /// The steps as a script for `netsh -f FILE`: the commands without the leading `netsh`.
  public static func netshScript(_ steps: [NetshStep]) -> String {
    steps.map { String($0.command.dropFirst("netsh ".count)) + "\n" }.joined()
  }
}
