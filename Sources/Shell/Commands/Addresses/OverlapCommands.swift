import AddressKit
import EnvironmentModel
import Findings
import PlacementRules

/// `overlaps [FILE]`: overlapping prefixes in a list or in the loaded environment.
enum OverlapCommands {
  static let overlapsFile = ArgumentSpec("FILE", .file, .optional, help: "a prefix list")
  static let overlapsCount = OptionSpec("count", help: "only count prefixes and overlapping pairs")
  static let overlapsLimit = OptionSpec(
    "limit", value: .number, valueName: "N", help: "list at most N pairs (default 100)")

  static let overlaps = CommandSpec(
    ["overlaps"], summary: "every pair of overlapping prefixes, in FILE or the loaded environment",
    discussion: """
      FILE holds one prefix a line, optionally followed by its owner's name \
      ('10.1.0.0/16 lab'); '#' starts a comment. Any number of prefixes: they are sorted once \
      and swept (O(n log n)). Without FILE the loaded environment's prefixes are compared \
      (a subnet inside its own VNet is expected and not listed). --count only counts.
      """,
    arguments: [overlapsFile],
    options: [
      overlapsCount,
      overlapsLimit,
    ],
    examples: ["overlaps prefixes.txt", "overlaps big.txt --count --format json", "overlaps"]
  ) { invocation, session in
    let limit = max(0, invocation.number(overlapsLimit) ?? 100)
    let countOnly = invocation.flag(overlapsCount)
    guard let file = invocation.file(overlapsFile) else {
      guard let environment = session.environments.current else {
        throw ShellError(
          "no environment is loaded: give FILE (one prefix a line) or load an environment",
          column: invocation.endColumn)
      }
      return environmentOverlaps(environment, limit: countOnly ? 0 : limit, countOnly: countOnly)
    }
    return try fileOverlaps(file, limit: countOnly ? 0 : limit, countOnly: countOnly)
  }

  static func fileOverlaps(_ file: FileReference, limit: Int, countOnly: Bool)
    throws(ShellError) -> OverlapReport
  {
    var counter = PrefixOverlapCounter(file: file, maxReportedErrors: 20)
    guard !countOnly else {
      try FileChunks.stream(file) { counter.feed($0) }
      let count = counter.finish()
      return OverlapReport(
        source: file.shown, items: [], pairs: [], totalPairs: count.overlappingPairs,
        invalid: count.invalid, badLines: count.badLines, countOnly: true,
        prefixCount: count.prefixes)
    }
    var splitter = LineSplitter(maxLineLength: 1024)
    var items: [OverlapReport.Item] = []
    func take(_ line: LineSplitter.Line) {
      guard case .text(let bytes, let number) = line else { return }
      var end = 0
      while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
      guard
        case .success(let prefix) = IPPrefix.parse(
          bytes: UnsafeBufferPointer(rebasing: bytes[0..<end]))
      else { return }
      var start = end
      while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      let name =
        start < bytes.count
        ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self) : nil
      items.append(.init(name: name, prefix: prefix, evidencePlace: nil, line: number, role: nil))
    }
    try FileChunks.stream(file) { chunk in
      counter.feed(chunk)
      splitter.feed(chunk, take)
    }
    splitter.finish(take)
    let count = counter.finish()
    let pairs = IPPrefix.overlappingPairs(items.map(\.prefix), limit: limit)
    return OverlapReport(
      source: file.shown, items: items, pairs: pairs, totalPairs: count.overlappingPairs,
      invalid: count.invalid, badLines: count.badLines, countOnly: false,
      prefixCount: count.prefixes)
  }

  static func environmentOverlaps(_ environment: Environment, limit: Int, countOnly: Bool)
    -> OverlapReport
  {
    let mapped = AddressPlan.from(environment)
    let entries = mapped.plan.entries
    let items = entries.map { entry in
      OverlapReport.Item(
        name: entry.owner, prefix: entry.prefix, evidencePlace: entry.evidence?.place, line: nil,
        role: entry.role.rawValue)
    }
    // A subnet inside its own VNet's address space is the plan working as intended.
    let pairs = IPPrefix.overlappingPairs(entries.map(\.prefix)).filter { pair in
      let outer = entries[pair.outer]
      let inner = entries[pair.inner]
      let designed =
        outer.network == inner.network
        && [outer.role, inner.role].contains(.vnetAddressSpace)
        && (outer.role.isSubnet || inner.role.isSubnet)
      return !designed
    }
    return OverlapReport(
      source: "environment \(environment.name)", items: items, pairs: Array(pairs.prefix(limit)),
      totalPairs: pairs.count, invalid: mapped.unreadable.count, badLines: mapped.unreadable,
      countOnly: countOnly,
      prefixCount: entries.count)
  }
}
