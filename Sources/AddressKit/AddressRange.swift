/// An inclusive range of addresses of one family: what collapse and difference work on before
/// turning the result back into CIDR blocks.
struct AddressRange: Sendable, Hashable {
  var family: IPFamily
  var first: Bits128
  var last: Bits128

  init(_ p: IPPrefix) {
    family = p.family
    first = p.bits
    last = p.lastBits
  }

  init(family: IPFamily, first: Bits128, last: Bits128) {
    self.family = family
    self.first = first
    self.last = last
  }

  var maxValue: Bits128 { Bits128.lowOnes(family.width) }

  /// The smallest list of CIDR blocks covering exactly this range.
  var prefixes: [IPPrefix] {
    var out: [IPPrefix] = []
    let width = family.width
    var start = first
    while true {
      let span = last &- start
      // log2 of the number of addresses left, rounded down.
      let fit =
        span == maxValue ? width : width - (span.adding(1)).leadingZeroBitCount(width: width) - 1
      let align = min(start.trailingZeroBitCount, width)
      let size = min(fit, align)
      out.append(IPPrefix(family: family, bits: start, length: width - size))
      let next = start &+ Bits128.bit(size)
      if size >= width || start.shiftedRight(size) == Bits128.lowOnes(width - size) { break }
      if last < next { break }
      start = next
    }
    return out
  }

  /// Sorted, merged ranges (overlapping or adjacent ones joined), per family.
  static func merged(_ prefixes: [IPPrefix]) -> [AddressRange] {
    let sorted = prefixes.sorted()
    var out: [AddressRange] = []
    for p in sorted {
      let r = AddressRange(p)
      if var top = out.last, top.family == r.family,
        !(top.last < r.first) || (top.last != top.maxValue && top.last.adding(1) == r.first)
      {
        if top.last < r.last { top.last = r.last }
        out[out.count - 1] = top
      } else {
        out.append(r)
      }
    }
    return out
  }
}
