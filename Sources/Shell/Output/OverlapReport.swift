import AddressKit
import Findings

/// `overlaps`: every pair of prefixes that share addresses, each with both owners and where
/// they came from, or with `--count` just the counts.
struct OverlapReport: CommandOutput {
  /// One prefix of the list with its owner and origin.
  struct Item {
    var name: String?
    var prefix: IPPrefix
    /// `lab.yaml:12` for an environment entry.
    var evidencePlace: String?
    /// The line in the list file (the place is built only when shown: lists can be huge).
    var line: Int?
    /// The role in an environment (`subnet`, `local network site`).
    var role: String?
  }

  /// What was examined: `prefixes.txt` or `environment contoso-lab`.
  var source: String
  var items: [Item]
  var pairs: [(outer: Int, inner: Int)]
  /// Every overlapping pair (the list may stop short of it).
  var totalPairs: Int
  var invalid: Int
  var badLines: [InputError]
  /// True for `--count`: no pairs are listed.
  var countOnly: Bool
  var prefixCount: Int

  func text(_ style: TextStyle) -> String {
    var lines = [
      "\(source): \(Plural.count(prefixCount, "prefix", plural: "prefixes")) · "
        + Plural.count(totalPairs, "overlapping pair", plural: "overlapping pairs")
        + (invalid > 0
          ? " · " + Plural.count(invalid, "invalid line", plural: "invalid lines") : "")
    ]
    if !countOnly {
      for pair in pairs {
        let outer = items[pair.outer]
        let inner = items[pair.inner]
        let verb = outer.prefix == inner.prefix ? "is the same prefix as" : "contains"
        lines.append("  \(describe(outer)) \(verb) \(describe(inner))")
      }
      if totalPairs > pairs.count {
        let more = totalPairs - pairs.count
        lines.append(style.dim("  … \(more) more pairs (--limit N lists more)"))
      }
    }
    if !badLines.isEmpty {
      lines.append(
        badLines.count < invalid
          ? "invalid lines (first \(badLines.count) of \(invalid)):" : "invalid lines:")
      lines += badLines.map { "  \($0)" }
    }
    return lines.joined(separator: "\n")
  }

  func describe(_ item: Item) -> String {
    var text = item.name.map { "'\($0)' " } ?? ""
    text += item.prefix.description
    var extra: [String] = []
    if let role = item.role { extra.append(role) }
    if let place = place(item) { extra.append(place) }
    if !extra.isEmpty { text += " (\(extra.joined(separator: ", ")))" }
    return text
  }

  var json: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("prefixes", .int(prefixCount)), ("overlapping_pairs", .int(totalPairs)),
      ("invalid", .int(invalid)),
    ]
    if !countOnly {
      pairs.append(
        (
          "pairs",
          .array(
            self.pairs.map { pair in
              .object([
                ("outer", itemJSON(items[pair.outer])), ("inner", itemJSON(items[pair.inner])),
                ("identical", .bool(items[pair.outer].prefix == items[pair.inner].prefix)),
              ])
            })
        ))
    }
    return .object(pairs)
  }

  /// `prefixes.txt:3` or the environment entry's evidence place.
  func place(_ item: Item) -> String? {
    item.line.map { "\(source):\($0)" } ?? item.evidencePlace
  }

  func itemJSON(_ item: Item) -> JSONValue {
    .object([
      ("name", item.name.map(JSONValue.string) ?? .null),
      ("prefix", .string(item.prefix.description)),
      ("role", item.role.map(JSONValue.string) ?? .null),
      ("place", place(item).map(JSONValue.string) ?? .null),
    ])
  }
}
