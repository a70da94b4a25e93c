import Findings

/// A prefix with the name of whoever owns it (a vnet, a subnet, a local site).
public struct NamedPrefix: Sendable, Hashable {
  /// The owner, as findings name it.
  public var name: String
  /// The owner's prefix.
  public var prefix: IPPrefix

  /// `prefix` owned by `name`.
  public init(_ name: String, _ prefix: IPPrefix) {
    self.name = name
    self.prefix = prefix
  }
}

/// Two prefixes that share addresses. CIDR blocks either nest or are disjoint, so every
/// overlap is a containment: `outer` contains `inner` (or they are identical).
public struct PrefixConflict: Sendable, Hashable {
  /// The enclosing (or identical) prefix.
  public let outer: NamedPrefix
  /// The enclosed prefix.
  public let inner: NamedPrefix

  /// True when both name the very same prefix.
  public var isIdentical: Bool { outer.prefix == inner.prefix }

  /// `'oslo' 10.1.0.0/16 contains 'lab/apps' 10.1.2.0/24`.
  public var summary: String {
    let verb = isIdentical ? "is the same prefix as" : "contains"
    return "'\(outer.name)' \(outer.prefix) \(verb) '\(inner.name)' \(inner.prefix)"
  }

  /// `{outer: {name, prefix}, inner: {name, prefix}, identical}`.
  public var json: JSONValue {
    .object([
      (
        "outer",
        .object([("name", .string(outer.name)), ("prefix", .string(outer.prefix.description))])
      ),
      (
        "inner",
        .object([("name", .string(inner.name)), ("prefix", .string(inner.prefix.description))])
      ),
      ("identical", .bool(isIdentical)),
    ])
  }
}

extension IPPrefix {
  /// Every overlapping pair among `prefixes` as indices (`outer` contains `inner`), found by
  /// sorting (network ascending, length ascending) and sweeping with a stack of open enclosing
  /// prefixes: O(n log n + pairs). `limit` bounds the pairs (nested lists hold up to n²/2).
  public static func overlappingPairs(_ prefixes: [IPPrefix], limit: Int = .max)
    -> [(outer: Int, inner: Int)]
  {
    let order = prefixes.indices.sorted { prefixes[$0] < prefixes[$1] }
    var stack: [Int] = []
    var out: [(outer: Int, inner: Int)] = []
    for i in order {
      let p = prefixes[i]
      while let top = stack.last, !prefixes[top].contains(p) { stack.removeLast() }
      for outer in stack {
        if out.count >= limit { return out }
        out.append((outer, i))
      }
      stack.append(i)
    }
    return out
  }
}

extension NamedPrefix {
  /// Every overlapping pair among `items`, each with both owners' names (see
  /// `IPPrefix.overlappingPairs`).
  public static func conflicts(_ items: [NamedPrefix], limit: Int = .max) -> [PrefixConflict] {
    IPPrefix.overlappingPairs(items.map(\.prefix), limit: limit).map {
      PrefixConflict(outer: items[$0.outer], inner: items[$0.inner])
    }
  }
}
