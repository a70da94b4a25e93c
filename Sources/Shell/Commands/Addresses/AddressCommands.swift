import AddressKit
import Findings
import PlacementRules

/// The address commands: `addr`, `prefix`, `overlaps`, `ipv6`, `check addresses`, `check hosts`,
/// and the choice of placement rule pack (`set rules`, `rules`).
public enum AddressCommands {
  public static var all: [CommandSpec] {
    [addr, setRules, rules] + PrefixCommands.all + [OverlapCommands.overlaps]
      + IPv6Commands.all + [CheckAddressesCommand.check, CheckHostsCommand.check]
  }

  /// Group summaries for `help`.
  public static let groups: [String: String] = [
    "prefix": "prefix math: one prefix, split, summarize, the next free block",
    "ipv6": "IPv6 planning: EUI-64, interface identifiers, 6in4 tunnels",
    "check": "check the loaded environment (or a list) against rules",
  ]

  static let addrAddress = ArgumentSpec(
    "ADDRESS", .text, .variadic(minimum: 0), help: "IPv4 or IPv6 addresses")
  static let addrFile = OptionSpec(
    "file", value: .file, valueName: "FILE", help: "classify every line of FILE")
  static let addrSummary = OptionSpec(
    "summary", help: "with --file: count per class instead of listing lines")
  static let addrLimit = OptionSpec(
    "limit", value: .number, valueName: "N",
    help: "with --file: list at most N lines (default 1000)")

  static let addr = CommandSpec(
    ["addr"], summary: "classify addresses: IANA block, routable or not, what the rule pack says",
    discussion: """
      The verdict line gives the canonical form (RFC 5952), the most specific IANA \
      special-purpose block with its RFC, whether routers forward it and whether it is globally \
      reachable; then, per role (VNet, subnet, gateway subnet, P2S pool, local site, S2S tunnel \
      inside, BGP), what the session's rule pack ('set rules') says. With --file, one address a \
      line is streamed from FILE (any size): the first lines one by one, or with --summary the \
      count per class. Bad lines are reported by number and counted, never fatal. An \
      endpoint as logs print it ([2001:db8::1]:443, 192.0.2.1:443) is classified with its \
      port. A word that is not an address is pointed at and the others are still classified \
      (the command then fails).
      """,
    arguments: [addrAddress],
    options: [
      addrFile,
      addrSummary,
      addrLimit,
    ],
    examples: [
      "addr 169.254.0.1", "addr 10.0.0.1 2001:db8::1 --format json", "addr [2001:db8::1]:443",
      "addr --file seen.txt --summary",
    ]
  ) { invocation, session in
    if invocation.flag(addrSummary) || invocation.value(addrLimit) != nil,
      invocation.value(addrFile) == nil
    {
      throw ShellError("--summary and --limit go with --file FILE", column: invocation.endColumn)
    }
    if let file = invocation.file(addrFile) {
      if let extra = invocation.word(addrAddress) {
        throw ShellError(
          "give addresses or --file, not both", column: extra.column,
          hint: "usage: \(invocation.spec.usage)")
      }
      let limit = max(0, invocation.number(addrLimit) ?? 1000)
      return try classifyFile(
        file, summaryOnly: invocation.flag(addrSummary), limit: limit)
    }
    let words = invocation.words(addrAddress)
    guard !words.isEmpty else {
      throw ShellError(
        "'addr' needs ADDRESS... or --file FILE", column: invocation.endColumn,
        hint: "usage: \(invocation.spec.usage)")
    }
    var endpoints: [IPEndpoint] = []
    var refusals: [ShellError] = []
    for word in words {
      do {
        endpoints.append(try AddressArguments.endpoint(word))
      } catch let error as ShellError {
        refusals.append(error)
      }
    }
    guard var failure = refusals.first else {
      return AddressReport(endpoints, pack: AddressArguments.pack(session))
    }
    if refusals.count > 1 {
      failure.message += " (and \(Plural.count(refusals.count - 1, "more word")) not an address)"
    }
    guard !endpoints.isEmpty else { throw failure }
    return AddressReport(endpoints, pack: AddressArguments.pack(session), failure: failure)
  }

  /// Streams FILE through the counting classifier and, for the listing, through a second line
  /// splitter that stops once `limit` rows are kept.
  static func classifyFile(_ file: FileReference, summaryOnly: Bool, limit: Int)
    throws(ShellError) -> AddressFileReport
  {
    var classifier = AddressStreamClassifier(file: file, maxReportedErrors: 20)
    var splitter = LineSplitter(maxLineLength: 1024)
    var rows: [AddressFileReport.Row] = []
    let listing = !summaryOnly && limit > 0
    func take(_ line: LineSplitter.Line) {
      guard rows.count < limit else { return }
      switch line {
      case .overlong(let number, let length):
        rows.append(
          .invalid(
            InputError(
              "line is \(length) bytes long: expected one address (at most 1024 bytes)",
              at: SourceLocation(file: file, line: number, column: 1))))
      case .text(let bytes, let number):
        switch IPAddress.parse(bytes: bytes) {
        case .success(let address):
          rows.append(.address(line: number, AddressClassification(address)))
        case .failure(let error):
          rows.append(.invalid(error.inputError(file: file, line: number)))
        }
      }
    }
    try FileChunks.stream(file) { chunk in
      classifier.feed(chunk)
      if listing, rows.count < limit { splitter.feed(chunk, take) }
    }
    if listing, rows.count < limit { splitter.finish(take) }
    return AddressFileReport(
      shownAs: file.shown, summary: classifier.finish(), rows: rows, perLine: !summaryOnly,
      limit: limit)
  }

  static let setRulesName = ArgumentSpec(
    "NAME", .choice(RulePack.all.map(\.id)),
    help: RulePack.all.map(\.id).joined(separator: " or "))

  static let setRules = CommandSpec(
    ["set", "rules"], summary: "pick the placement rule pack addr and check addresses use",
    discussion: """
      azure-2014: what Azure allowed before November 2014 (RFC 1918 only in VNets, gateway \
      subnets and P2S pools; 169.254/16 only inside S2S tunnels). azure-current: today's documented rules \
      (forbidden ranges, GatewaySubnet, P2S pool, BGP APIPA range, peering overlap). 'rules' \
      lists the active pack.
      """,
    arguments: [setRulesName],
    examples: ["set rules azure-2014"]
  ) { invocation, session in
    if let name = invocation.value(setRulesName), RulePack.named(name) != nil {
      session.settings.rules = name
    }
    return EmptyOutput()
  }

  static let rulesName = ArgumentSpec(
    "NAME", .choice(RulePack.all.map(\.id)), .optional,
    help: "a pack to list without switching to it")

  static let rulesAll = OptionSpec("all", help: "list every rule in the catalog, not one pack")

  static let rules = CommandSpec(
    ["rules"], summary: "list the rules of the active placement rule pack (or of NAME)",
    discussion: "With --all, every rule in the catalog, by area: what 'explain ID' explains.",
    arguments: [rulesName],
    options: [rulesAll],
    examples: ["rules", "rules azure-2014", "rules --all"]
  ) { invocation, session in
    if invocation.flag(rulesAll) { return RuleCatalogReport(catalog: .standard) }
    let pack = invocation.value(rulesName).flatMap(RulePack.named) ?? AddressArguments.pack(session)
    return RulePackReport(pack: pack, active: pack.id == AddressArguments.pack(session).id)
  }
}
