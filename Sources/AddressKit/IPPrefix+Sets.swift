/// Operations on lists of prefixes: summarise, difference, covering supernet, split, next free.
extension IPPrefix {
  /// The fewest prefixes covering exactly the same addresses (CPython's `collapse_addresses`):
  /// duplicates and nested prefixes vanish, adjacent ones merge. IPv4 first, then IPv6.
  public static func summarize(_ prefixes: [IPPrefix]) -> [IPPrefix] {
    AddressRange.merged(prefixes).flatMap(\.prefixes)
  }

  /// The addresses of `prefixes` not in `removed`, as the fewest prefixes.
  public static func difference(_ prefixes: [IPPrefix], removing removed: [IPPrefix]) -> [IPPrefix]
  {
    let cuts = AddressRange.merged(removed)
    var out: [IPPrefix] = []
    for range in AddressRange.merged(prefixes) {
      var pieces = [range]
      for cut in cuts where cut.family == range.family {
        var next: [AddressRange] = []
        for piece in pieces {
          if cut.last < piece.first || piece.last < cut.first {
            next.append(piece)
            continue
          }
          if piece.first < cut.first {
            next.append(
              AddressRange(
                family: piece.family, first: piece.first,
                last: cut.first &- Bits128(high: 0, low: 1)))
          }
          if cut.last < piece.last {
            next.append(
              AddressRange(family: piece.family, first: cut.last.adding(1), last: piece.last))
          }
        }
        pieces = next
      }
      for piece in pieces { out += piece.prefixes }
    }
    return out
  }

  /// The smallest single prefix covering all of `prefixes`; nil when empty or mixed families.
  public static func covering(_ prefixes: [IPPrefix]) -> IPPrefix? {
    guard let f = prefixes.first, prefixes.allSatisfy({ $0.family == f.family }) else { return nil }
    var low = f.bits
    var high = f.lastBits
    for p in prefixes {
      if p.bits < low { low = p.bits }
      if high < p.lastBits { high = p.lastBits }
    }
    let diff = Bits128(high: low.high ^ high.high, low: low.low ^ high.low)
    let common = diff == .zero ? f.family.width : diff.leadingZeroBitCount(width: f.family.width)
    return IPPrefix(family: f.family, bits: low, length: common)
  }

  /// How many /`length` subnets this prefix splits into; nil when `length` is shorter than
  /// this prefix or longer than the family allows.
  public func subnetCount(length newLength: Int) -> AddressCount? {
    guard newLength >= length, newLength <= family.width else { return nil }
    return AddressCount(powerOfTwo: newLength - length)
  }

  /// The first `limit` /`length` subnets, in order (ask `subnetCount` first for the total).
  public func subnets(length newLength: Int, limit: Int) -> [IPPrefix] {
    guard newLength >= length, newLength <= family.width, limit > 0 else { return [] }
    var out: [IPPrefix] = []
    var current: IPPrefix? = IPPrefix(family: family, bits: bits, length: newLength)
    while let c = current, out.count < limit, contains(c) {
      out.append(c)
      current = c.next
    }
    return out
  }

  /// The first /`length` inside this prefix that overlaps none of `taken`; nil when full.
  public func firstFree(length newLength: Int, taken: [IPPrefix]) -> IPPrefix? {
    guard newLength >= length, newLength <= family.width else { return nil }
    let used = AddressRange.merged(taken.filter { $0.family == family && $0.overlaps(self) })
    var candidate = IPPrefix(family: family, bits: bits, length: newLength)
    var k = 0
    while contains(candidate) {
      while k < used.count, used[k].last < candidate.bits { k += 1 }
      if k == used.count || candidate.lastBits < used[k].first { return candidate }
      // Jump past the blocking range, aligned to the candidate size.
      let blockEnd = used[k].last
      guard blockEnd != AddressRange(self).maxValue,
        let after = IPPrefix(IPAddress(family: family, bits: blockEnd.adding(1)), length: newLength)
      else { return nil }
      var next = after
      if next.bits < blockEnd.adding(1) {
        guard let n = next.next else { return nil }
        next = n
      }
      if next.bits < candidate.bits || next.bits == candidate.bits { return nil }
      candidate = next
    }
    return nil
  }
}
