/// The IPv6 half of the parser: groups, one `::`, an embedded IPv4 tail and a zone id.
extension AddressParser {
  /// Parses `p[start..<end]` as IPv6, with an optional `%zone`; columns count from `start`.
  static func parseIPv6(_ p: Bytes, _ start: Int, _ end: Int) -> Outcome {
    func fail(_ r: AddressParseError.Reason, at i: Int) -> Outcome {
      .failure(AddressParseError(r, column: column(p, start, i)))
    }
    // Groups before and after '::', shifted in 16 bits at a time.
    var head = Bits128.zero
    var tail = Bits128.zero
    var addrEnd = end
    let percent = UInt8(ascii: "%")
    var headCount = 0
    var tailCount = 0
    var doubleColonAt = -1
    var i = start
    if p[i] == UInt8(ascii: ":") {
      guard i + 1 < addrEnd, p[i + 1] == UInt8(ascii: ":") else {
        return fail(.leadingColon, at: i)
      }
      doubleColonAt = i
      i += 2
    }
    while i < end {
      let groupStart = i
      var v: UInt32 = 0
      var digits = 0
      // Eight bytes at once where the line allows: the group's length comes from the first
      // non-hex byte without a data-dependent branch per digit (random 1-4 digit groups
      // mispredict a byte loop's exit on almost every group).
      var scalar = true
      if let word = window(p, i, end) {
        let n = hexRun(word)
        if n <= 4 {
          v = hexGroupValue(word, count: n)
          digits = n
          i &+= n
          scalar = false
        }
      }
      // Digits past the fourth only shift bits out; such a group is refused below anyway.
      while scalar, i < end {
        let h = hexDigit(p[i])
        if h > 15 { break }
        v = v &<< 4 | h
        digits += 1
        i += 1
      }
      if i < end, p[i] == UInt8(ascii: ".") {
        var z = i
        while z < end, p[z] != percent { z += 1 }
        addrEnd = z
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
        if i < end, p[i] != percent {
          return .failure(unexpected(p, start, i, expected: "a hex digit"))
        }
        if i == start { return fail(.empty, at: i) }
        addrEnd = i
        break
      }
      if digits > 4 { return fail(.groupTooLong(digits: digits), at: groupStart) }
      if doubleColonAt >= 0 {
        tail = Bits128(high: tail.high << 16 | tail.low >> 48, low: tail.low << 16 | UInt64(v))
        tailCount += 1
      } else {
        head = Bits128(high: head.high << 16 | head.low >> 48, low: head.low << 16 | UInt64(v))
        headCount += 1
      }
      if headCount + tailCount > 8 { return fail(.tooManyGroups, at: groupStart) }
      if i == end || p[i] == percent {
        addrEnd = i
        break
      }
      guard p[i] == UInt8(ascii: ":") else {
        return .failure(unexpected(p, start, i, expected: "a hex digit, ':' or '.'"))
      }
      if i + 1 < end, p[i + 1] == UInt8(ascii: ":") {
        if doubleColonAt >= 0 {
          return fail(.secondDoubleColon(firstColumn: column(p, start, doubleColonAt)), at: i)
        }
        doubleColonAt = i
        i += 2
        if i == end || p[i] == percent {
          addrEnd = i
          break
        }
      } else {
        i += 1
        if i == end || p[i] == percent { return fail(.trailingColon, at: i - 1) }
      }
    }
    // The zone id, if any, runs from '%' to the end.
    var zoneStart = 0
    var zoneEnd = 0
    if addrEnd < end {
      zoneStart = addrEnd + 1
      zoneEnd = end
      if zoneStart == end { return fail(.emptyZone, at: addrEnd) }
      var z = zoneStart
      while z < end {
        let b = p[z]
        if b <= 0x20 || b == 0x7F || b == percent || b == UInt8(ascii: "/") {
          if b == UInt8(ascii: "/") { return fail(.zoneInPrefix, at: addrEnd) }
          return fail(.badZone(text(p, zoneStart, end)), at: z)
        }
        z += 1
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

  /// How many leading bytes of `word` (little-endian: the first byte is the lowest) are hex
  /// digits, 0...8, computed on all eight bytes at once. Bytes of 0x80 and above are not hex.
  @inline(__always)
  static func hexRun(_ word: UInt64) -> Int {
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    // (byte | 0x80) - c keeps its high bit exactly when the 7-bit byte is >= c; no borrow
    // crosses bytes because every minuend byte is >= 0x80 > c.
    let set = word | high
    let digit = (set &- ones &* 0x30) & ~(set &- ones &* 0x3A)
    let folded = word | ones &* 0x20 | high
    let letter = (folded &- ones &* 0x61) & ~(folded &- ones &* 0x67)
    let hex = (digit | letter) & ~word & high
    return (~hex & high).trailingZeroBitCount &>> 3
  }

  /// The value of the first `count` (0...4) hex digits of `word`, all known to be hex.
  @inline(__always)
  static func hexGroupValue(_ word: UInt64, count: Int) -> UInt32 {
    // '0'-'9' have bit 6 clear and their low nibble is the value; letters have it set and
    // their low nibble plus 9 is the value. Sums stay below 25: no carry between bytes.
    let ones: UInt64 = 0x0101_0101_0101_0101
    let nibbles = (word & (ones &* 0x0F)) &+ ((word &>> 6) & ones) &* 9
    let t = UInt32(truncatingIfNeeded: nibbles)
    let four = (t & 0xF) << 12 | (t >> 8 & 0xF) << 8 | (t >> 16 & 0xF) << 4 | (t >> 24 & 0xF)
    return four &>> UInt32(16 &- 4 &* count)
  }
}
