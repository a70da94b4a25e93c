import Findings

/// Counts overlapping pairs in a large prefix list read as a stream, one prefix a line (an
/// owner name may follow the prefix after a blank).
///
/// Keeps 8 bytes per IPv4 prefix and 24 per IPv6 prefix, sorts once and sweeps with a stack of
/// enclosing ends, so a million prefixes need about 8-24 MB beside the reader's buffer.
public struct PrefixOverlapCounter: Sendable {
  /// The file name used in reported `InputError`s.
  public let file: FileReference
  /// How many bad lines are kept with their message (all are counted).
  public let maxReportedErrors: Int
  var splitter = LineSplitter(maxLineLength: 1024)
  /// IPv4: network << 8 | length, so sorting puts larger blocks first on equal networks.
  var v4Keys: [UInt64] = []
  var v6Keys: [V6Key] = []
  var invalid = 0
  var errors: [InputError] = []

  struct V6Key: Comparable, Sendable {
    var high: UInt64
    var low: UInt64
    var length: Int
    static func < (a: V6Key, b: V6Key) -> Bool {
      if a.high != b.high { return a.high < b.high }
      if a.low != b.low { return a.low < b.low }
      return a.length < b.length
    }
  }

  /// A counter for the list read from `file`.
  public init(file: FileReference, maxReportedErrors: Int = 100) {
    self.file = file
    self.maxReportedErrors = maxReportedErrors
  }

  /// Feeds the next chunk of the list.
  public mutating func feed(_ chunk: UnsafeRawBufferPointer) {
    var s = splitter
    s.feed(chunk) { line in self.take(line) }
    splitter = s
  }

  mutating func take(_ line: LineSplitter.Line) {
    switch line {
    case .overlong(let number, let length):
      record(
        InputError(
          "line is \(length) bytes long: expected one prefix",
          at: SourceLocation(file: file, line: number, column: 1)))
    case .text(let line, let number):
      // The prefix is the first word; an owner name may follow it.
      var end = 0
      while end < line.count, line[end] != 0x20, line[end] != 0x09 { end += 1 }
      let p = UnsafeBufferPointer(rebasing: line[0..<end])
      switch IPPrefix.parse(bytes: p) {
      case .failure(let e): record(e.inputError(file: file, line: number))
      case .success(let prefix):
        if prefix.family == .v4 {
          v4Keys.append(prefix.bits.low << 8 | UInt64(prefix.length))
        } else {
          v6Keys.append(V6Key(high: prefix.bits.high, low: prefix.bits.low, length: prefix.length))
        }
      }
    }
  }

  mutating func record(_ error: InputError) {
    invalid += 1
    if errors.count < maxReportedErrors { errors.append(error) }
  }

  /// Ends the stream, sorts and sweeps.
  public mutating func finish() -> OverlapCount {
    var s = splitter
    s.finish { line in self.take(line) }
    splitter = s
    v4Keys.sort()
    var pairs = 0
    var ends4: [UInt64] = []
    for key in v4Keys {
      let start = key >> 8
      let length = Int(key & 0xFF)
      let end = start | ((UInt64(1) << UInt64(32 - length)) - 1)
      while let top = ends4.last, top < start { ends4.removeLast() }
      pairs += ends4.count
      ends4.append(end)
    }
    v6Keys.sort()
    var ends6: [Bits128] = []
    for key in v6Keys {
      let start = Bits128(high: key.high, low: key.low)
      let end = start | Bits128.hostMask(length: key.length, width: 128)
      while let top = ends6.last, top < start { ends6.removeLast() }
      pairs += ends6.count
      ends6.append(end)
    }
    let result = OverlapCount(
      prefixes: v4Keys.count + v6Keys.count, overlappingPairs: pairs, invalid: invalid,
      badLines: errors)
    v4Keys = []
    v6Keys = []
    return result
  }
}

/// The result of counting overlaps in a prefix list.
public struct OverlapCount: Sendable {
  /// Valid prefixes read.
  public let prefixes: Int
  /// Pairs of prefixes sharing addresses (identical prefixes count as a pair).
  public let overlappingPairs: Int
  /// Lines that were not a valid prefix.
  public let invalid: Int
  /// The first bad lines, located.
  public let badLines: [InputError]

  /// `{prefixes, overlapping_pairs}` per the `overlaps FILE --count --format json` contract,
  /// plus `invalid`.
  public var json: JSONValue {
    .object([
      ("prefixes", .int(prefixes)),
      ("overlapping_pairs", .int(overlappingPairs)),
      ("invalid", .int(invalid)),
    ])
  }
}
