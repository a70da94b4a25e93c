import EnvironmentModel
import Findings

/// Reads one mapping of a located document: typed accessors that throw `InputError`s saying
/// what was expected, and a warning for every key the schema does not know.
struct MappingReader {
  let node: DocNode
  let file: FileReference
  let what: String
  private let entries: [DocEntry]

  /// Opens `node` as a mapping describing `what`; keys outside `keys` become warnings.
  init(
    _ node: DocNode, file: FileReference, what: String, keys: Set<String>,
    warnings: inout [LoadWarning]
  ) throws {
    guard case .mapping(let entries) = node.value else {
      throw InputError("expected a mapping for \(what), found \(node.kindName)",
        at: SourceLocation(file: file, line: node.line, column: node.column))
    }
    self.node = node
    self.file = file
    self.what = what
    self.entries = entries
    for entry in entries where !keys.contains(entry.key) {
      let known = keys.sorted().joined(separator: ", ")
      warnings.append(LoadWarning("unknown key '\(entry.key)' in \(what) ignored (known: \(known))",
        at: SourceLocation(file: file, line: entry.line, column: entry.column)))
    }
  }

  var origin: SourceLocation { node.origin(file) }

  func has(_ key: String) -> Bool { self[key] != nil }

  subscript(key: String) -> DocNode? {
    guard let value = entries.first(where: { $0.key == key })?.value else { return nil }
    if case .null = value.value { return nil }
    return value
  }

  private func fail(_ node: DocNode, _ message: String) -> InputError {
    InputError(message, at: SourceLocation(file: file, line: node.line, column: node.column))
  }

  /// A required string.
  func string(_ key: String) throws -> String {
    guard let value = try optionalString(key) else {
      throw fail(node, "expected key '\(key)' (a string) in \(what)")
    }
    return value
  }

  func optionalString(_ key: String) throws -> String? {
    guard let value = self[key] else { return nil }
    guard let text = value.text else {
      throw fail(value, "expected '\(key)' in \(what) to be a string, found \(value.kindName)")
    }
    return text
  }

  func int(_ key: String) throws -> Int? {
    try int64(key).map { Int($0) }
  }

  func int64(_ key: String) throws -> Int64? {
    guard let value = self[key] else { return nil }
    guard case .scalar(let text, false) = value.value, let n = Int64(text),
      n > Int64(Int32.min) * 4096, n < Int64(Int32.max) * 4096
    else {
      throw fail(value, "expected '\(key)' in \(what) to be an integer, found '\(value.text ?? value.kindName)'")
    }
    return n
  }

  func bool(_ key: String) throws -> Bool? {
    guard let value = self[key] else { return nil }
    if case .scalar(let text, false) = value.value {
      switch text.lowercased() {
      case "true", "yes": return true
      case "false", "no": return false
      default: break
      }
    }
    throw fail(value, "expected '\(key)' in \(what) to be true or false, found '\(value.text ?? value.kindName)'")
  }

  /// The items of a list (a single scalar is accepted as a one-item list).
  func list(_ key: String) throws -> [DocNode] {
    guard let value = self[key] else { return [] }
    switch value.value {
    case .sequence(let items): return items
    case .scalar: return [value]
    default: throw fail(value, "expected '\(key)' in \(what) to be a list, found \(value.kindName)")
    }
  }

  func strings(_ key: String) throws -> [String] {
    try list(key).map { item in
      guard let text = item.text else {
        throw fail(item, "expected each item of '\(key)' in \(what) to be a string, found \(item.kindName)")
      }
      return text
    }
  }

  func addresses(_ key: String) throws -> [AddressText] {
    try list(key).map { item in
      guard let text = item.text else {
        throw fail(item, "expected each item of '\(key)' in \(what) to be an address, found \(item.kindName)")
      }
      return AddressText(text, at: item.origin(file))
    }
  }

  func address(_ key: String) throws -> AddressText? {
    guard let value = self[key] else { return nil }
    guard let text = value.text else {
      throw fail(value, "expected '\(key)' in \(what) to be an address, found \(value.kindName)")
    }
    return AddressText(text, at: value.origin(file))
  }

  /// A string naming one case of `E`.
  func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws -> E?
  where E.RawValue == String {
    guard let text = try optionalString(key) else { return nil }
    guard let value = E(rawValue: text) else {
      let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
      throw fail(self[key] ?? node, "expected '\(key)' in \(what) to be one of \(allowed), found '\(text)'")
    }
    return value
  }
}
