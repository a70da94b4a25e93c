import XCTest

@testable import AddressKit

/// The eight-bytes-at-once hex group reader agrees with the byte-by-byte definition.
final class HexRunTests: XCTestCase {
  /// The reference: count leading hex digits and take the value of the first four.
  func reference(_ bytes: [UInt8]) -> (run: Int, value: UInt32) {
    var run = 0
    var value: UInt32 = 0
    for b in bytes {
      guard let digit = Int(String(UnicodeScalar(b)), radix: 16), b < 0x80 else { break }
      if run < 4 { value = value << 4 | UInt32(digit) }
      run += 1
    }
    return (run, value)
  }

  func word(_ bytes: [UInt8]) -> UInt64 {
    bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
  }

  func testEveryByteInEveryPosition() {
    for position in 0..<8 {
      for b in 0...255 {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
        bytes[position] = UInt8(b)
        let expected = reference(bytes)
        XCTAssertEqual(AddressParser.hexRun(word(bytes)), expected.run, "byte \(b) at \(position)")
      }
    }
  }

  func testRandomGroups() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("0123456789abcdefABCDEF:.%/gG@`\u{7F}".utf8) + [0x80, 0xC3, 0xFF, 0x00]
    for _ in 0..<50_000 {
      let bytes = (0..<8).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
      let expected = reference(bytes)
      let run = AddressParser.hexRun(word(bytes))
      XCTAssertEqual(run, expected.run, "\(bytes)")
      if run <= 4 {
        XCTAssertEqual(
          AddressParser.hexGroupValue(word(bytes), count: run), expected.value, "\(bytes)")
      }
    }
  }
}

/// The eight-bytes-at-once octet reader agrees with the byte-by-byte definition.
final class DecimalRunTests: XCTestCase {
  func word(_ bytes: [UInt8]) -> UInt64 {
    bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
  }

  func testEveryByteInEveryPosition() {
    for position in 0..<8 {
      for b in 0...255 {
        var bytes = [UInt8](repeating: UInt8(ascii: "7"), count: 8)
        bytes[position] = UInt8(b)
        let run = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        XCTAssertEqual(AddressParser.decimalRun(word(bytes)), run, "byte \(b) at \(position)")
      }
    }
  }

  func testEveryValueUpToThreeDigits() {
    for value in 0...999 {
      for text in [String(value), String(value) + ".1.2.3.4", String(value) + "x"] {
        let bytes = Array((text + "\0\0\0\0\0\0\0\0").utf8.prefix(8))
        XCTAssertEqual(
          AddressParser.decimalValue(word(bytes), count: String(value).count), UInt32(value), text)
      }
    }
  }

  func testTheWindowNeverReadsPastTheEnd() {
    let text = Array("10.20.30.40".utf8)
    text.withUnsafeBufferPointer { p in
      // From index 9 ("40") the window holds '4', '0' and zero bytes.
      XCTAssertEqual(AddressParser.window(p, 9, p.count), UInt64(0x30_34))
      XCTAssertNil(AddressParser.window(UnsafeBufferPointer(rebasing: p[0..<5]), 0, 5))
    }
  }
}
