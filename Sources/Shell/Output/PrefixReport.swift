import AddressKit
import Findings

/// `prefix CIDR`: the math of one prefix, Azure's five reserved addresses and the IANA blocks
/// it touches.
struct PrefixReport: CommandOutput {
  var prefix: IPPrefix

  func text(_ style: TextStyle) -> String {
    let blocks = SpecialRegistry.iana.entries(overlapping: prefix)
    let where_: String
    if blocks.isEmpty {
      where_ = "global unicast (in no special-purpose block)"
    } else {
      where_ = blocks.map { "\($0.name) \($0.prefix) (\($0.rfc))" }.joined(separator: "; ")
    }
    var rows: [[String]] = []
    rows.append(["network", prefix.network.canonicalText])
    if prefix.family == .v4 {
      rows.append(["netmask", "\(prefix.netmask) (wildcard \(prefix.hostmaskAddress))"])
    }
    rows.append(["last", prefix.last.canonicalText])
    rows.append(["broadcast", prefix.broadcast?.canonicalText ?? Self.noBroadcast(prefix)])
    rows.append(["addresses", Self.count(prefix.addressCount)])
    rows.append([
      "usable", "\(prefix.firstUsable) - \(prefix.lastUsable) · \(Self.count(prefix.usableCount))",
    ])
    let azure = AzureReservation(prefix)
    if let usable = azure.usable {
      let reserved = azure.reserved.map { "\($0.address) \($0.role.rawValue)" }
      rows.append(["azure", "reserves " + reserved.joined(separator: ", ")])
      rows.append(["azure usable", Self.count(usable)])
    }
    if let problem = azure.problem { rows.append(["azure note", problem]) }
    if let note = azure.note { rows.append(["azure note", note]) }
    return
      ([style.bold(prefix.description) + " · " + where_] + TextTable(rows).lines(indent: "  "))
      .joined(separator: "\n")
  }

  static func noBroadcast(_ p: IPPrefix) -> String {
    p.family == .v6 ? "none (IPv6 has no broadcast)" : "none (/\(p.length): RFC 3021)"
  }

  /// `256`, or `18446744073709551616 (2^64)` when a power is easier to read.
  static func count(_ c: AddressCount) -> String {
    c.exponent > 16 ? "\(c.decimalText) (\(c.powerText))" : c.decimalText
  }

  /// `1 address`, `256 addresses`, `18446744073709551616 (2^64) addresses`.
  static func addresses(_ c: AddressCount) -> String {
    count(c) + (c.intValue == 1 ? " address" : " addresses")
  }

  var json: JSONValue { prefix.json }
}

/// A list of prefixes with a headline: `prefix split`, `prefix summarize`, `prefix free`.
struct PrefixListReport: CommandOutput {
  var headline: String
  var prefixes: [IPPrefix]
  var notes: [String]
  var json: JSONValue

  func text(_ style: TextStyle) -> String {
    ([headline] + prefixes.map { "  \($0)" } + notes.map { "  " + style.dim($0) })
      .joined(separator: "\n")
  }
}
