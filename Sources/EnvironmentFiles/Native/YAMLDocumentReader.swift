import EnvironmentModel
import Findings
import Yams

/// Reads YAML through Yams' Node API into a `DocNode` tree that keeps every line and column.
public enum YAMLDocumentReader {
  /// Deepest nesting accepted.
  public static let maxDepth = 200

  /// Parses `text` from `file`; YAML errors become `InputError`s at the parser's mark.
  public static func parse(_ text: String, file: FileReference) throws -> DocNode {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw inputError(error, file: file)
    }
    guard let root else {
      throw InputError("expected a YAML mapping, found an empty document",
        at: SourceLocation(file: file, line: 1, column: 1))
    }
    return try convert(root, file: file, depth: 0)
  }

  private static func inputError(_ error: YamlError, file: FileReference) -> InputError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let context = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
      return InputError("YAML: \(problem)\(context)",
        at: SourceLocation(file: file, line: mark.line, column: mark.column))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return InputError("YAML: duplicate key(s) \(duplicates.joined(separator: ", "))",
        at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
    default:
      return InputError("YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
    }
  }

  private static func convert(_ node: Node, file: FileReference, depth: Int) throws -> DocNode {
    let (line, column) = (node.mark?.line ?? 1, node.mark?.column ?? 1)
    guard depth < maxDepth else {
      throw InputError("nesting deeper than \(maxDepth) levels is not accepted",
        at: SourceLocation(file: file, line: line, column: column))
    }
    switch node {
    case .scalar(let scalar):
      let quoted = scalar.style != .plain
      if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
        return DocNode(.null, line: line, column: column)
      }
      return DocNode(.scalar(scalar.string, quoted: quoted), line: line, column: column)
    case .sequence(let sequence):
      let items = try sequence.map { try convert($0, file: file, depth: depth + 1) }
      return DocNode(.sequence(items), line: line, column: column)
    case .mapping(let mapping):
      var entries: [DocEntry] = []
      entries.reserveCapacity(mapping.count)
      for (key, value) in mapping {
        let (kl, kc) = (key.mark?.line ?? line, key.mark?.column ?? column)
        guard case .scalar(let k) = key else {
          throw InputError("expected a plain key, found a complex key",
            at: SourceLocation(file: file, line: kl, column: kc))
        }
        let v = try convert(value, file: file, depth: depth + 1)
        entries.append(DocEntry(key: k.string, line: kl, column: kc, value: v))
      }
      return DocNode(.mapping(entries), line: line, column: column)
    case .alias:
      throw InputError("YAML aliases are not accepted in environment files",
        at: SourceLocation(file: file, line: line, column: column))
    }
  }
}
