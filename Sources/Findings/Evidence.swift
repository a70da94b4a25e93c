/// Where a finding was seen: the file, the line in it, and the text of that line, so a reader can
/// check the claim against the artifact itself.
public struct Evidence: Sendable, Hashable, Codable {
  /// The file the evidence comes from, as the user named it; nil for the loaded environment.
  public var file: String?
  /// The 1-based line in `file`, when the evidence is a line.
  public var line: Int?
  /// The text of the evidence (a log line, an XML element), with secrets already masked.
  public var text: String?

  public init(file: String? = nil, line: Int? = nil, text: String? = nil) {
    self.file = file
    self.line = line
    self.text = text
  }

  /// `file:line` or whichever part is known, for the text renderer.
  public var place: String? {
    switch (file, line) {
    case let (file?, line?): "\(file):\(line)"
    case let (file?, nil): file
    case let (nil, line?): "line \(line)"
    case (nil, nil): nil
    }
  }

  /// The JSON form: always the three keys, null where unknown.
  public var json: JSONValue {
    .object([
      ("file", file.map(JSONValue.string) ?? .null),
      ("line", line.map { JSONValue.int($0) } ?? .null),
      ("text", text.map(JSONValue.string) ?? .null),
    ])
  }
}
