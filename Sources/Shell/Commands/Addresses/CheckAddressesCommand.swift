import AddressKit
import EnvironmentModel
import Findings
import PlacementRules

/// `check addresses`: the session's rule pack over the loaded environment, or over prefixes
/// given on the command line or in a file.
enum CheckAddressesCommand {
  static let roleKeywords = PlacementRole.allCases.map(\.keyword)

  static let checkAddressesPrefix = ArgumentSpec(
    "PREFIX", .text, .variadic(minimum: 0), help: "prefixes or addresses to check")
  static let checkAddressesFile = OptionSpec(
    "file", value: .file, valueName: "FILE", help: "a list: PREFIX [ROLE] [OWNER] a line")
  static let checkAddressesAs = OptionSpec(
    "as", value: .choice(roleKeywords), valueName: "ROLE",
    help: "the role of PREFIX... and of list lines without one (default vnet)")

  static let check = CommandSpec(
    ["check", "addresses"], summary: "check address placement against the rule pack ('set rules')",
    discussion: """
      Over the loaded environment: VNet address spaces, subnets (GatewaySubnet too), P2S \
      pools, local site prefixes and BGP peers, S2S tunnel inside addresses, gateways' APIPA \
      BGP addresses and peerings, VNets declared twice or without an address space, and VM \
      addresses (outside their subnet, on an address Azure reserves, in a subnet that does \
      not exist), each finding pointing at its line. Without an environment (or \
      when prefixes are given) over PREFIX... in the role --as says, or over --file, one entry a \
      line: 'PREFIX [ROLE] [OWNER]', ROLE one of \(roleKeywords.joined(separator: ", ")), \
      OWNER like lab or lab/apps (a subnet's VNet is the part before '/').
      """,
    arguments: [checkAddressesPrefix],
    options: [
      checkAddressesFile,
      checkAddressesAs,
    ],
    examples: [
      "check addresses", "check addresses 172.32.0.0/16 --as vnet",
      "check addresses --file plan.txt",
    ]
  ) { invocation, session in
    let pack = AddressArguments.pack(session)
    let role =
      invocation.value(checkAddressesAs).flatMap(PlacementRole.init(keyword:)) ?? .vnetAddressSpace
    var builder = AddressPlanBuilder()
    var scope: String
    if let file = invocation.file(checkAddressesFile) {
      try readList(file, defaultRole: role, into: &builder)
      scope = file.shown
    } else if !invocation.words(checkAddressesPrefix).isEmpty {
      for word in invocation.words(checkAddressesPrefix) {
        if role.isHost, !word.text.contains("/") {
          _ = try AddressArguments.address(word)
        } else {
          _ = try AddressArguments.prefix(word, hostBits: role.isHost ? .mask : .refuse)
        }
        let network = role.isSubnet ? "command line" : word.text
        // A gateway subnet given bare has no name to judge: call it what Azure requires.
        builder.add(
          AddressText(word.text, at: SourceLocation(column: word.column)),
          owner: role == .gatewaySubnet ? "GatewaySubnet" : word.text, network: network,
          role: role)
      }
      scope = "the command line"
    } else if let environment = session.environments.current {
      let mapped = AddressPlan.from(environment)
      let findings =
        mapped.problems + pack.check(mapped.plan) + VNetReview.findings(environment.azure)
      return FindingsReport(
        findings,
        scope:
          "\(Plural.count(mapped.count, "entry", plural: "entries")) of "
          + "\(environment.name) (rule pack \(pack.id))"
      )
    } else {
      throw ShellError(
        "nothing to check: load an environment, or give PREFIX... or --file FILE",
        column: invocation.endColumn, hint: "usage: \(invocation.spec.usage)")
    }
    let plan = AddressPlan(entries: builder.entries)
    scope =
      "\(Plural.count(plan.entries.count, "entry", plural: "entries")) of \(scope) "
      + "(rule pack \(pack.id))"
    return FindingsReport(builder.problems + pack.check(plan), scope: scope)
  }

  /// Reads `PREFIX [ROLE] [OWNER]` lines; a second word that is not a role keyword starts the
  /// owner.
  static func readList(
    _ file: FileReference, defaultRole: PlacementRole,
    into builder: inout AddressPlanBuilder
  ) throws(ShellError) {
    var splitter = LineSplitter(maxLineLength: 4096)
    var failure: ShellError?
    func take(_ line: LineSplitter.Line) {
      switch line {
      case .overlong(let number, let length):
        failure =
          failure
          ?? ShellError(
            "\(file.shown):\(number): line is \(length) bytes long: expected PREFIX [ROLE] [OWNER]")
      case .text(let bytes, let number):
        let text = String(decoding: bytes, as: UTF8.self)
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return }
        let prefix = words.removeFirst()
        var role = defaultRole
        if let first = words.first, let named = PlacementRole(keyword: first) {
          role = named
          words.removeFirst()
        }
        let owner = words.isEmpty ? "line \(number)" : words.joined(separator: " ")
        var network = owner
        if role.isSubnet, let slash = owner.firstIndex(of: "/") {
          network = String(owner[..<slash])
        }
        builder.add(
          AddressText(prefix, at: SourceLocation(file: file, line: number, column: 1)),
          owner: owner, network: network, role: role)
      }
    }
    try FileChunks.stream(file) { splitter.feed($0, take) }
    splitter.finish(take)
    if let failure { throw failure }
  }
}
