/// A place in an input: the file, the 1-based line, the 1-based column (in characters) and the
/// text found there. The one location type every parser, finding and error uses (swift-markdown's
/// `SourceLocation` is the model); each part is optional because not every input has it (a hive
/// has no lines; a command line has no file; the loaded environment has no file at all).
///
/// Rendered as `file:line:column`, the form editors and terminals turn into links, always with
/// the path as the user typed it.
///
/// Every element of a 300,000-object directory carries one, so it is stored in 32 bytes, the
/// size of the origin it replaced: the file reference (one shared object for all elements of a
/// file), line and column as 32-bit numbers with 0 for "unknown", the text.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  public var file: FileReference?
  private var storedLine: Int32
  private var storedColumn: Int32
  /// The evidence: the text at this place (a log line, an XML element), secrets already masked.
  public var text: String?

  public init(
    _ file: FileReference? = nil, line: Int? = nil, column: Int? = nil, text: String? = nil
  ) {
    self.file = file
    storedLine = Self.store(line)
    storedColumn = Self.store(column)
    self.text = text
  }

  /// A place in `file`, line `line`, column `column` (the first unless told).
  public init(file: FileReference, line: Int, column: Int? = 1) {
    self.init(file, line: line, column: column)
  }

  /// A place not read from any file (an element built by code).
  public static let none = SourceLocation()

  /// The 1-based line, when the input has lines.
  public var line: Int? {
    get { storedLine > 0 ? Int(storedLine) : nil }
    set { storedLine = Self.store(newValue) }
  }

  /// The 1-based column, when known.
  public var column: Int? {
    get { storedColumn > 0 ? Int(storedColumn) : nil }
    set { storedColumn = Self.store(newValue) }
  }

  private static func store(_ value: Int?) -> Int32 {
    guard let value, value > 0 else { return 0 }
    return Int32(clamping: value)
  }

  /// True when nothing is known about the place.
  public var isUnknown: Bool { file == nil && storedLine == 0 && storedColumn == 0 }

  /// The same place with the evidence text `text`.
  public func with(text: String?) -> SourceLocation {
    var copy = self
    copy.text = text
    return copy
  }

  /// `file:line:column`, leaving out what is unknown.
  public var description: String {
    var parts: [String] = []
    if let file { parts.append(file.shown) }
    if let line { parts.append(String(line)) }
    if let column, line != nil { parts.append(String(column)) }
    return parts.joined(separator: ":")
  }

  /// `file:line` or whichever part is known, for a finding's evidence in text.
  public var place: String? {
    switch (file, line) {
    case let (file?, line?): "\(file.shown):\(line)"
    case let (file?, nil): file.shown
    case let (nil, line?): "line \(line)"
    case (nil, nil): nil
    }
  }

  /// The evidence JSON: always the three keys `file` (as typed), `line`, `text`, null where
  /// unknown. This is the finding JSON contract.
  public var evidenceJSON: JSONValue {
    .object([
      ("file", file.map { JSONValue.string($0.shown) } ?? .null),
      ("line", line.map { JSONValue.int($0) } ?? .null),
      ("text", text.map(JSONValue.string) ?? .null),
    ])
  }
}

extension SourceLocation: Codable {
  private enum CodingKeys: String, CodingKey { case file, line, column, text }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      try c.decodeIfPresent(FileReference.self, forKey: .file),
      line: try c.decodeIfPresent(Int.self, forKey: .line),
      column: try c.decodeIfPresent(Int.self, forKey: .column),
      text: try c.decodeIfPresent(String.self, forKey: .text))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(file, forKey: .file)
    try c.encodeIfPresent(line, forKey: .line)
    try c.encodeIfPresent(column, forKey: .column)
    try c.encodeIfPresent(text, forKey: .text)
  }
}
