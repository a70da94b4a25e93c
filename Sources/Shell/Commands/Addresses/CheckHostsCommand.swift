import EnvironmentModel
import Findings
import PlacementRules

/// `check hosts`: the interfaces of every host of the current environment.
enum CheckHostsCommand {
  static let check = CommandSpec(
    ["check", "hosts"], summary: "check the interfaces of every host of the current environment",
    discussion: """
      APIPA (169.254.x.x) on an Ethernet or Wi-Fi adapter (DHCP failed on that link, RFC \
      3927), and on a PPP/VPN adapter of an RRAS server (expected for S2S tunnels); deprecated \
      site-local fec0:0:0:ffff::1-3 DNS placeholders (RFC 3879); one address on two hosts; a \
      default gateway outside the interface's subnet; host addresses inside the environment's \
      Azure VNets or P2S pools. Each finding points at the line of the address.
      """,
    examples: ["check hosts", "check hosts --format json"]
  ) { _, session in
    let environment = try session.currentEnvironment()
    let count = environment.hosts.reduce(0) { $0 + $1.interfaces.count }
    return FindingsReport(
      HostReview.findings(environment),
      scope:
        "\(Plural.count(environment.hosts.count, "host")) "
        + "(\(Plural.count(count, "interface"))) of \(environment.name)")
  }
}
