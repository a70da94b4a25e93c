import Findings

/// Classifies a stream of addresses, one a line, into per-class counts without building an
/// `IPAddress` or a `String` per line. Bad lines are counted and the first few reported with
/// their line numbers; nothing in the input stops it.
public struct AddressStreamClassifier: Sendable {
  /// The registry addresses are classified against.
  public let registry: SpecialRegistry
  /// The file name used in the reported `InputError`s.
  public let file: FileReference
  /// How many bad lines are kept with their message (all are counted).
  public let maxReportedErrors: Int
  var splitter = LineSplitter(maxLineLength: 1024)
  var counts: [Int]
  var total = 0
  var invalid = 0
  var errors: [InputError] = []

  /// A classifier for the file `file` (used in error locations).
  public init(
    file: FileReference, registry: SpecialRegistry = .iana, maxReportedErrors: Int = 100
  ) {
    self.registry = registry
    self.file = file
    self.maxReportedErrors = maxReportedErrors
    counts = [Int](repeating: 0, count: registry.entries.count + 2)
  }

  /// Feeds the next chunk of the file (any size, any split point).
  public mutating func feed(_ chunk: UnsafeRawBufferPointer) {
    var s = splitter
    s.feed(chunk) { line in self.take(line) }
    splitter = s
  }

  /// Feeds bytes held in an array.
  public mutating func feed(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { feed($0) }
  }

  mutating func take(_ line: LineSplitter.Line) {
    total += 1
    switch line {
    case .overlong(let number, let length):
      record(
        InputError(
          "line is \(length) bytes long: expected one address (at most 1024 bytes)",
          at: SourceLocation(file: file, line: number, column: 1)))
    case .text(let p, let number):
      switch AddressParser.parse(p, 0, p.count) {
      case .failure(let e):
        record(e.inputError(file: file, line: number))
      case .success(let raw):
        let i = registry.matchIndex(family: raw.family, bits: raw.bits)
        if i >= 0 {
          counts[i] += 1
        } else if raw.family == .v4 ? raw.bits.low >> 28 == 0xE : raw.bits.high >> 56 == 0xFF {
          counts[counts.count - 1] += 1
        } else {
          counts[counts.count - 2] += 1
        }
      }
    }
  }

  mutating func record(_ error: InputError) {
    invalid += 1
    if errors.count < maxReportedErrors { errors.append(error) }
  }

  /// Ends the stream and returns the counts.
  public mutating func finish() -> AddressSummary {
    var s = splitter
    s.finish { line in self.take(line) }
    splitter = s
    var byClass: [(String, Int)] = []
    func add(_ name: String, _ n: Int) {
      guard n > 0 else { return }
      if let k = byClass.firstIndex(where: { $0.0 == name }) {
        byClass[k].1 += n
      } else {
        byClass.append((name, n))
      }
    }
    for (i, e) in registry.entries.enumerated() { add(e.name, counts[i]) }
    add(AddressClassification.globalUnicastClass, counts[counts.count - 2])
    add(AddressClassification.multicastClass, counts[counts.count - 1])
    byClass.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    return AddressSummary(total: total, invalid: invalid, byClass: byClass, badLines: errors)
  }

  /// Classifies a whole buffer at once.
  public static func summarize(
    _ bytes: UnsafeRawBufferPointer, file: FileReference, registry: SpecialRegistry = .iana
  ) -> AddressSummary {
    var c = AddressStreamClassifier(file: file, registry: registry)
    c.feed(bytes)
    return c.finish()
  }
}

/// Per-class counts of an address file.
public struct AddressSummary: Sendable {
  /// Non-blank, non-comment lines seen (valid and invalid).
  public let total: Int
  /// Lines that were not a valid address.
  public let invalid: Int
  /// Class name (IANA block name, `global unicast`, `multicast`) → count, largest first.
  public let byClass: [(String, Int)]
  /// The first bad lines, located (`file:line:column: message`).
  public let badLines: [InputError]

  /// `{total, invalid, by_class}` as the `addr --file F --summary --format json` contract says.
  public var json: JSONValue {
    .object([
      ("total", .int(total)),
      ("invalid", .int(invalid)),
      ("by_class", .object(byClass.map { ($0.0, .int($0.1)) })),
    ])
  }
}
