/// A place in an input: the file, the 1-based line, the 1-based column (in characters) and the
/// text found there. The one location type every parser, finding and error uses (swift-markdown's
/// `SourceLocation` is the model); each part is optional because not every input has it (a hive
/// has no lines; a command line has no file; the loaded environment has no file at all).
///
/// Rendered as `file:line:column`, the form editors and terminals turn into links, always with
/// the path as the user typed it.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  public var file: FileReference?
  public var line: Int?
  public var column: Int?
  /// The evidence: the text at this place (a log line, an XML element), secrets already masked.
  public var text: String?

  public init(
    _ file: FileReference? = nil, line: Int? = nil, column: Int? = nil, text: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.text = text
  }

  /// A place in `file`, line `line`, column `column` (the first unless told).
  public init(file: FileReference, line: Int, column: Int? = 1) {
    self.init(file, line: line, column: column)
  }

  /// A place not read from any file (an element built by code).
  public static let none = SourceLocation()

  /// True when nothing is known about the place.
  public var isUnknown: Bool { file == nil && line == nil && column == nil }

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
