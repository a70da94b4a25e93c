/// What kind of name a lookup expects, for messages and for suggestions from the right list.
public enum SchemaNameKind: String, Sendable, Hashable {
  case attribute, objectClass = "class", right = "extended right"
  /// An attribute, a property set (dsacls's Object/Property field), or a class.
  case objectOrProperty = "attribute, property set or class"
}

/// A name the schema does not know, or knows without a GUID, with the nearest known names.
public struct SchemaLookupError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Reason: Sendable, Hashable {
    case unknown
    /// The name is known but its schemaIDGUID must come from the target forest's schema.
    case guidNotInBaseSchema
  }

  public var name: String
  public var kind: SchemaNameKind
  public var reason: Reason
  /// Up to three known names closest to `name`.
  public var suggestions: [String]

  public var description: String {
    switch reason {
    case .unknown:
      let hint = suggestions.isEmpty ? "" : "; nearest: " + suggestions.joined(separator: ", ")
      return "unknown \(kind.rawValue) '\(name)' (dsacls would say \"No GUID Found for \(name)\")"
        + hint
    case .guidNotInBaseSchema:
      return "'\(name)' is an Exchange attribute whose schemaIDGUID is not in the built-in "
        + "schema: load the forest's schema export (ldifde -f schema.ldf -d "
        + "\"CN=Schema,CN=Configuration,DC=...\") and pass it with --schema FILE"
    }
  }
}

extension DirectorySchema {
  /// Resolves a dsacls Object/Property name: an attribute, a property set, an extended right
  /// or a class, in that order (dsacls resolves the display name the same way).
  public func resolve(_ name: String, as kind: SchemaNameKind) throws(SchemaLookupError)
    -> SchemaEntry
  {
    let entry: SchemaEntry? =
      switch kind {
      case .attribute: attribute(named: name).map(SchemaEntry.attribute)
      case .objectClass: objectClass(named: name).map(SchemaEntry.objectClass)
      case .right: right(named: name).map(SchemaEntry.right)
      case .objectOrProperty:
        attribute(named: name).map(SchemaEntry.attribute)
          ?? right(named: name).map(SchemaEntry.right)
          ?? objectClass(named: name).map(SchemaEntry.objectClass)
      }
    guard let entry else {
      throw SchemaLookupError(
        name: name, kind: kind, reason: .unknown, suggestions: suggestions(for: name, kind: kind))
    }
    if entry.guid == nil {
      throw SchemaLookupError(
        name: entry.name, kind: kind, reason: .guidNotInBaseSchema, suggestions: [])
    }
    return entry
  }

  /// The known names nearest to `name`: a case-insensitive edit distance of at most a third of
  /// its length (at least 2), or a name containing it; closest first, at most three.
  public func suggestions(for name: String, kind: SchemaNameKind) -> [String] {
    let candidates: [String] =
      switch kind {
      case .attribute: attributes.map(\.name)
      case .objectClass: classes.map(\.name)
      case .right: rights.map(\.shownName)
      case .objectOrProperty:
        attributes.map(\.name) + rights.map(\.shownName) + classes.map(\.name)
      }
    let target = Array(name.lowercased().utf8)
    let limit = max(2, target.count / 3)
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates {
      let lowered = Array(candidate.lowercased().utf8)
      if abs(lowered.count - target.count) > limit {
        if target.count >= 4, candidate.lowercased().contains(name.lowercased()) {
          scored.append((limit, candidate))
        }
        continue
      }
      let distance = Self.editDistance(target, lowered, limit: limit)
      if distance <= limit { scored.append((distance, candidate)) }
    }
    scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
    var seen = Set<String>()
    return scored.map(\.name).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
  }

  /// Levenshtein distance with an early exit once every path exceeds `limit`.
  static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var row = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      row[0] = i
      var best = row[0]
      for j in 1...max(b.count, 1) where j <= b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
        best = min(best, row[j])
      }
      if best > limit { return best }
      swap(&previous, &row)
    }
    return previous[b.count]
  }
}
