/// The IPv6 half of the parser: groups, one `::`, an embedded IPv4 tail and a zone id.
extension AddressParser {
  /// Parses `p[start..<end]` as IPv6, with an optional `%zone`; columns count from `start`.
  static func parseIPv6(_ p: Bytes, _ start: Int, _ end: Int) -> Outcome {
    func fail(_ r: AddressParseError.Reason, at i: Int) -> Outcome {
      .failure(AddressParseError(r, column: column(p, start, i)))
    }
    var addrEnd = end
    var k = start
    while k < end {
      if p[k] == UInt8(ascii: "%") {
        addrEnd = k
        break
      }
      k += 1
    }
    var zoneStart = 0
    var zoneEnd = 0
    if addrEnd < end {
      zoneStart = addrEnd + 1
      zoneEnd = end
      if zoneStart == end { return fail(.emptyZone, at: addrEnd) }
      var z = zoneStart
      while z < end {
        let b = p[z]
        if b <= 0x20 || b == 0x7F || b == UInt8(ascii: "%") || b == UInt8(ascii: "/") {
          if b == UInt8(ascii: "/") { return fail(.zoneInPrefix, at: addrEnd) }
          return fail(.badZone(text(p, zoneStart, end)), at: z)
        }
        z += 1
      }
    }
    var head = Bits128.zero
    var tail = Bits128.zero
    var headCount = 0
    var tailCount = 0
    var doubleColonAt = -1
    var i = start
    if i == addrEnd { return fail(.empty, at: i) }
    if p[i] == UInt8(ascii: ":") {
      guard i + 1 < addrEnd, p[i + 1] == UInt8(ascii: ":") else { return fail(.leadingColon, at: i) }
      doubleColonAt = i
      i += 2
    }
    while i < addrEnd {
      let groupStart = i
      var v: UInt32 = 0
      var digits = 0
      while i < addrEnd, let h = hexValue(p[i]) {
        if digits < 5 { v = v << 4 | h }
        digits += 1
        i += 1
      }
      if i < addrEnd, p[i] == UInt8(ascii: ".") {
        let before = headCount + tailCount
        if before > 6 || (doubleColonAt < 0 && before != 6) {
          return fail(.misplacedIPv4(groupsBefore: before), at: groupStart)
        }
        switch parseIPv4(p, groupStart, addrEnd, textStart: start) {
        case .failure(let e): return .failure(e)
        case .success(let v4):
          let pair = Bits128(high: 0, low: UInt64(v4))
          if doubleColonAt >= 0 {
            tail = tail.shiftedLeft(32) | pair
            tailCount += 2
          } else {
            head = head.shiftedLeft(32) | pair
            headCount += 2
          }
        }
        i = addrEnd
        break
      }
      if digits == 0 {
        if i < addrEnd {
          return .failure(unexpected(p, start, i, expected: "a hex digit"))
        }
        break
      }
      if digits > 4 { return fail(.groupTooLong(digits: digits), at: groupStart) }
      let group = Bits128(high: 0, low: UInt64(v))
      if doubleColonAt >= 0 {
        tail = tail.shiftedLeft(16) | group
        tailCount += 1
      } else {
        head = head.shiftedLeft(16) | group
        headCount += 1
      }
      if headCount + tailCount > 8 { return fail(.tooManyGroups, at: groupStart) }
      if i == addrEnd { break }
      guard p[i] == UInt8(ascii: ":") else {
        return .failure(unexpected(p, start, i, expected: "a hex digit, ':' or '.'"))
      }
      if i + 1 < addrEnd, p[i + 1] == UInt8(ascii: ":") {
        if doubleColonAt >= 0 {
          return fail(.secondDoubleColon(firstColumn: column(p, start, doubleColonAt)), at: i)
        }
        doubleColonAt = i
        i += 2
      } else {
        i += 1
        if i == addrEnd { return fail(.trailingColon, at: i - 1) }
      }
    }
    let total = headCount + tailCount
    if doubleColonAt >= 0 {
      if total > 7 { return fail(.doubleColonFillsNothing, at: doubleColonAt) }
    } else if total < 8 {
      return fail(.tooFewGroups(found: total), at: addrEnd)
    }
    let bits =
      doubleColonAt >= 0 ? head.shiftedLeft(16 * (8 - headCount)) | tail : head
    return .success(RawAddress(family: .v6, bits: bits, zoneStart: zoneStart, zoneEnd: zoneEnd))
  }
}
