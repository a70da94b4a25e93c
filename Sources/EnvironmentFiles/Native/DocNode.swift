import EnvironmentModel
import Findings

/// A parsed YAML or JSON document where every node keeps its line and column, so the decoders
/// can report unknown keys and type errors at the right place.
public struct DocNode: Sendable, Hashable {
  /// The node's content.
  public indirect enum Value: Sendable, Hashable {
    case null
    /// A scalar's text; `quoted` is true for quoted YAML scalars and JSON strings.
    case scalar(String, quoted: Bool)
    case sequence([DocNode])
    case mapping([DocEntry])
  }

  public var value: Value
  public var line: Int
  public var column: Int

  public init(_ value: Value, line: Int, column: Int) {
    self.value = value
    self.line = line
    self.column = column
  }

  /// The node's place in `file`.
  public func origin(_ file: FileReference) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

  /// The same content with every node at `line`:`column` (a value taken from another file
  /// takes the place of what referred to it).
  public func placed(line: Int, column: Int) -> DocNode {
    let moved: Value
    switch value {
    case .null, .scalar: moved = value
    case .sequence(let items):
      moved = .sequence(items.map { $0.placed(line: line, column: column) })
    case .mapping(let entries):
      moved = .mapping(
        entries.map {
          DocEntry(
            key: $0.key, line: line, column: column,
            value: $0.value.placed(line: line, column: column))
        })
    }
    return DocNode(moved, line: line, column: column)
  }

  /// The value under `key` when this is a mapping.
  public subscript(key: String) -> DocNode? {
    guard case .mapping(let entries) = value else { return nil }
    return entries.first { $0.key == key }?.value
  }

  /// The scalar text (quoted or not), nil for other kinds.
  public var text: String? {
    if case .scalar(let s, _) = value { return s }
    return nil
  }

  /// A short name for the node's kind, for "expected X, found Y" messages.
  public var kindName: String {
    switch value {
    case .null: "null"
    case .scalar: "a scalar"
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }
}

/// One `key: value` pair of a mapping, with the key's own place.
public struct DocEntry: Sendable, Hashable {
  public var key: String
  public var line: Int
  public var column: Int
  public var value: DocNode

  public init(key: String, line: Int, column: Int, value: DocNode) {
    self.key = key
    self.line = line
    self.column = column
    self.value = value
  }
}
