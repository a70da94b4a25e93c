/// The IANA special-purpose registries with a most-specific-match lookup.
///
/// Lookup goes through a 256-way table on the first byte; each bucket holds the few candidate
/// blocks, longest prefix first, so a match costs a mask and a compare per candidate and most
/// addresses hit an empty bucket. Terminated blocks are kept as data but never matched.
public struct SpecialRegistry: Sendable {
  /// All rows, IPv4 then IPv6, in IANA's order (including terminated ones).
  public let entries: [SpecialRegistryEntry]

  struct Candidate: Sendable {
    var network: Bits128
    var mask: Bits128
    var index: Int
  }

  /// Per family: bucket offsets (257) into `candidates`.
  let v4Offsets: [Int]
  let v4Candidates: [Candidate]
  let v6Offsets: [Int]
  let v6Candidates: [Candidate]

  /// The registries as shipped in the source tree (see `ianaSnapshotDate`).
  public static let iana = SpecialRegistry(
    entries: (ipv4Rows + ipv6Rows).compactMap { $0 })

  /// A registry over any rows (tests build small ones).
  public init(entries: [SpecialRegistryEntry]) {
    self.entries = entries
    (v4Offsets, v4Candidates) = Self.buildTable(entries, family: .v4)
    (v6Offsets, v6Candidates) = Self.buildTable(entries, family: .v6)
  }

  static func buildTable(_ entries: [SpecialRegistryEntry], family: IPFamily)
    -> ([Int], [Candidate])
  {
    let width = family.width
    var buckets = [[Candidate]](repeating: [], count: 256)
    let live = entries.indices.filter {
      entries[$0].prefix.family == family && entries[$0].terminated == nil
    }.sorted { entries[$0].prefix.length > entries[$1].prefix.length }
    for i in live {
      let p = entries[i].prefix
      let c = Candidate(
        network: p.bits, mask: Bits128.networkMask(length: p.length, width: width), index: i)
      let firstByte = Int(p.bits.shiftedRight(width - 8).low & 0xFF)
      let span = p.length >= 8 ? 1 : 1 << (8 - p.length)
      for b in firstByte..<min(256, firstByte + span) { buckets[b].append(c) }
    }
    var offsets = [0]
    var flat: [Candidate] = []
    for bucket in buckets {
      flat += bucket
      offsets.append(flat.count)
    }
    return (offsets, flat)
  }

  /// Index in `entries` of the most specific live block containing the address, or -1.
  @inline(__always)
  func matchIndex(family: IPFamily, bits: Bits128) -> Int {
    if family == .v4 {
      let b = Int(truncatingIfNeeded: bits.low >> 24) & 0xFF
      var k = v4Offsets[b]
      let end = v4Offsets[b + 1]
      while k < end {
        let c = v4Candidates[k]
        if bits.low & c.mask.low == c.network.low { return c.index }
        k += 1
      }
      return -1
    }
    let b = Int(truncatingIfNeeded: bits.high >> 56)
    var k = v6Offsets[b]
    let end = v6Offsets[b + 1]
    while k < end {
      let c = v6Candidates[k]
      if bits.high & c.mask.high == c.network.high, bits.low & c.mask.low == c.network.low {
        return c.index
      }
      k += 1
    }
    return -1
  }

  /// The most specific live registry block containing `address`, or nil.
  public func entry(for address: IPAddress) -> SpecialRegistryEntry? {
    let i = matchIndex(family: address.family, bits: address.bits)
    return i < 0 ? nil : entries[i]
  }

  /// Live blocks that overlap `prefix`, most specific first (for prefix classification:
  /// a prefix inside one block, or one that contains or straddles several).
  public func entries(overlapping prefix: IPPrefix) -> [SpecialRegistryEntry] {
    entries.filter { $0.terminated == nil && $0.prefix.overlaps(prefix) }
      .sorted { $0.prefix.length > $1.prefix.length }
  }
}
