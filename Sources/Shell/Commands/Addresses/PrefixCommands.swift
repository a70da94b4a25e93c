import AddressKit
import Findings

/// `prefix CIDR` and its subcommands: split, summarize, the next free block.
enum PrefixCommands {
  static var all: [CommandSpec] { [prefix, split, summarize, free] }

  static let prefixCidr = ArgumentSpec("CIDR", help: "a prefix like 10.1.2.0/24 or 2001:db8::/48")

  static let prefix = CommandSpec(
    ["prefix"], summary: "the math of a prefix: range, usable hosts, Azure's reserved five",
    discussion: """
      Network, netmask, last and broadcast address, the usable range and count (exact for any \
      IPv6 length), the addresses Azure reserves in a subnet of this size (the first four and \
      the last for IPv4; IPv6 has no broadcast, and Azure IPv6 subnets are exactly /64) and \
      what is left, and the IANA blocks the prefix touches. A prefix with host bits set is refused with \
      the network it probably meant.
      """,
    arguments: [prefixCidr],
    examples: ["prefix 10.1.2.0/24", "prefix 10.1.255.0/27 --format json", "prefix 2001:db8::/64"]
  ) { invocation, _ in
    let word = try invocation.required(prefixCidr)
    return PrefixReport(prefix: try AddressArguments.prefix(word))
  }

  /// How many subnets `prefix split` lists unless --limit says otherwise.
  static let defaultSplitLimit = 256

  static let prefixSplitCidr = ArgumentSpec("CIDR", help: "the prefix to split")
  static let prefixSplitLength = ArgumentSpec("LENGTH", help: "the subnets' length, like 26 or /26")
  static let prefixSplitLimit = OptionSpec(
    "limit", value: .number, valueName: "N",
    help: "list at most N subnets (default 256, at most 65536)")

  static let split = CommandSpec(
    ["prefix", "split"], summary: "split a prefix into /LENGTH subnets",
    discussion: "Lists the first subnets in order (256 unless --limit says); the count is exact.",
    arguments: [
      prefixSplitCidr,
      prefixSplitLength,
    ],
    options: [prefixSplitLimit],
    examples: ["prefix split 10.1.0.0/16 24", "prefix split 2001:db8::/48 /64 --limit 4"]
  ) { invocation, _ in
    guard let cidr = invocation.word(prefixSplitCidr),
      let lengthWord = invocation.word(prefixSplitLength)
    else { throw ShellError("prefix split needs CIDR and LENGTH") }
    let parent = try AddressArguments.prefix(cidr)
    let length = try AddressArguments.length(lengthWord, family: parent.family, what: "LENGTH")
    guard length >= parent.length, let total = parent.subnetCount(length: length) else {
      throw ShellError(
        "/\(length) is shorter than \(parent): split needs a length of /\(parent.length) or more",
        column: lengthWord.column)
    }
    let limit = min(
      65536, max(1, invocation.number(prefixSplitLimit) ?? defaultSplitLimit))
    let subnets = parent.subnets(length: length, limit: limit)
    var notes: [String] = []
    if total.intValue.map({ $0 > subnets.count }) ?? true {
      notes.append(
        "… \(subnets.count) of \(PrefixReport.count(total)) listed "
          + "(--limit N lists more, up to 65536)"
      )
    }
    let headline =
      "\(parent) in /\(length): \(PrefixReport.count(total)) "
      + "subnet\(total.intValue == 1 ? "" : "s")"
      + " of \(PrefixReport.addresses(AddressCount(powerOfTwo: parent.family.width - length)))"
    return PrefixListReport(
      headline: headline, prefixes: subnets, notes: notes,
      json: .object([
        ("prefix", .string(parent.description)), ("length", .int(length)), ("count", total.json),
        ("subnets", .array(subnets.map { .string($0.description) })),
        ("truncated", .bool(total.intValue.map { $0 > subnets.count } ?? true)),
      ]))
  }

  static let prefixSummarizeCidr = ArgumentSpec(
    "CIDR", .text, .variadic(minimum: 1), help: "the prefixes")

  static let summarize = CommandSpec(
    ["prefix", "summarize"], summary: "the fewest prefixes covering exactly the same addresses",
    discussion:
      "Duplicates and nested prefixes vanish and neighbours merge; "
      + "also shows the smallest single prefix covering them all.",
    arguments: [prefixSummarizeCidr],
    examples: ["prefix summarize 10.0.0.0/24 10.0.1.0/24 10.0.2.0/23"]
  ) { invocation, _ in
    var prefixes: [IPPrefix] = []
    for word in invocation.words(prefixSummarizeCidr) {
      prefixes.append(try AddressArguments.prefix(word))
    }
    let merged = IPPrefix.summarize(prefixes)
    let covering = IPPrefix.covering(prefixes)
    var notes: [String] = []
    if let covering, merged.count > 1 {
      notes.append(
        "smallest single prefix covering them all: \(covering) "
          + "(\(PrefixReport.addresses(covering.addressCount)))"
      )
    }
    return PrefixListReport(
      headline:
        "\(Plural.count(prefixes.count, "prefix", plural: "prefixes")) "
        + "summarize to \(merged.count):",
      prefixes: merged, notes: notes,
      json: .object([
        ("input", .int(prefixes.count)),
        ("prefixes", .array(merged.map { .string($0.description) })),
        ("covering", covering.map { .string($0.description) } ?? .null),
      ]))
  }

  static let prefixFreeTakenOption = OptionSpec(
    "taken", value: .text, valueName: "CIDR",
    help: "a prefix already in use (repeatable, or comma-separated)")
  static let prefixFreeParent = ArgumentSpec(
    "PARENT", help: "the prefix to allocate from (a VNet's address space)")
  static let prefixFreeLength = ArgumentSpec("LENGTH", help: "the size wanted, like 24 or /24")
  static let prefixFreeTaken = ArgumentSpec(
    "TAKEN", .text, .variadic(minimum: 0), help: "prefixes already in use")

  static let free = CommandSpec(
    ["prefix", "free"], summary: "the first free /LENGTH inside PARENT, given what is taken",
    arguments: [
      prefixFreeParent,
      prefixFreeLength,
      prefixFreeTaken,
    ],
    options: [prefixFreeTakenOption],
    examples: [
      "prefix free 10.1.0.0/16 24 --taken 10.1.0.0/24,10.1.1.0/24",
      "prefix free 10.1.0.0/16 /27 10.1.0.0/25",
    ]
  ) { invocation, _ in
    guard let parentWord = invocation.word(prefixFreeParent),
      let lengthWord = invocation.word(prefixFreeLength)
    else { throw ShellError("prefix free needs PARENT and LENGTH") }
    let parent = try AddressArguments.prefix(parentWord)
    let length = try AddressArguments.length(lengthWord, family: parent.family, what: "LENGTH")
    guard length >= parent.length else {
      throw ShellError(
        "/\(length) does not fit in \(parent): ask for /\(parent.length) or longer",
        column: lengthWord.column)
    }
    var taken: [IPPrefix] = []
    for word in invocation.words(prefixFreeTaken) + invocation.words(prefixFreeTakenOption) {
      var column = word.column
      for piece in word.text.split(separator: ",", omittingEmptySubsequences: false) {
        taken.append(try AddressArguments.prefix(Word(String(piece), column: column)))
        column += piece.unicodeScalars.count + 1
      }
    }
    let inside = taken.filter { $0.family == parent.family && $0.overlaps(parent) }
    let found = parent.firstFree(length: length, taken: taken)
    var notes: [String] = []
    let outside = taken.count - inside.count
    if outside > 0 {
      notes.append(
        "\(outside) taken prefix\(outside == 1 ? " lies" : "es lie") outside \(parent) "
          + "and did not count"
      )
    }
    let headline =
      found.map { "first free /\(length) in \(parent): \($0) (\(inside.count) taken inside)" }
      ?? "no free /\(length) left in \(parent) (\(inside.count) taken inside)"
    return PrefixListReport(
      headline: headline, prefixes: [], notes: notes,
      json: .object([
        ("parent", .string(parent.description)), ("length", .int(length)),
        ("taken", .array(inside.map { .string($0.description) })),
        ("free", found.map { .string($0.description) } ?? .null),
      ]))
  }
}
