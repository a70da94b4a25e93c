import Findings

/// An exact count of addresses, up to 2^128: a power of two minus a small number.
///
/// Every CIDR count has this shape (2^(width-length), minus the reserved addresses), so it is
/// stored that way instead of as a wide integer; `decimalText` writes it out exactly.
public struct AddressCount: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The exponent: the count is 2^exponent minus `minus`.
  public let exponent: Int
  /// How many to take away from the power of two (never more than it).
  public let minus: UInt64

  /// 2^exponent - minus, with a floor at zero.
  public init(powerOfTwo exponent: Int, minus: UInt64 = 0) {
    self.exponent = exponent
    if exponent < 64 {
      self.minus = Swift.min(minus, UInt64(1) << UInt64(exponent))
    } else {
      self.minus = minus
    }
  }

  /// The count when it fits in an `Int`.
  public var intValue: Int? {
    guard exponent < 63 else { return nil }
    return (1 << exponent) - Int(minus)
  }

  /// The exact count in decimal (`340282366920938463463374607431768211456` for an IPv6 /0).
  public var decimalText: String {
    if let v = intValue { return String(v) }
    // Decimal digits, least significant first, doubled `exponent` times.
    var digits: [UInt8] = [1]
    for _ in 0..<exponent {
      var carry: UInt8 = 0
      for i in digits.indices {
        let d = digits[i] * 2 + carry
        digits[i] = d % 10
        carry = d / 10
      }
      if carry > 0 { digits.append(carry) }
    }
    var borrow = minus
    var i = 0
    while borrow > 0, i < digits.count {
      let take = borrow % 10
      borrow /= 10
      if UInt64(digits[i]) >= take {
        digits[i] -= UInt8(take)
      } else {
        digits[i] = UInt8(UInt64(digits[i]) + 10 - take)
        borrow += 1
      }
      i += 1
    }
    while digits.count > 1, digits.last == 0 { digits.removeLast() }
    return String(digits.reversed().map { Character(String($0)) })
  }

  /// `2^64` style, for display next to the exact value of huge counts.
  public var powerText: String { minus == 0 ? "2^\(exponent)" : "2^\(exponent) - \(minus)" }

  public var description: String { decimalText }

  /// A JSON number when it fits in an Int, else the exact decimal text as a string.
  public var json: JSONValue { intValue.map { .int($0) } ?? .string(decimalText) }

  public static func < (a: AddressCount, b: AddressCount) -> Bool {
    if a.exponent != b.exponent { return a.exponent < b.exponent }
    return a.minus > b.minus
  }
}
