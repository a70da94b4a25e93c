/// A distinguished name as RFC 4514 defines it: a sequence of relative distinguished names,
/// the object's own first (`CN=Ann,OU=Staff,DC=corp` → `CN=Ann` is `rdns[0]`).
///
/// Two DNs are equal when their normalized forms are: attribute types and values compared
/// case-insensitively, escapes decoded, and blanks around separators, at the ends of values and
/// in runs inside values ignored (RFC 4518 insignificant space handling, which AD applies to
/// DN-string matching). `description` is the RFC 4514 string with the minimal escaping.
public struct DistinguishedName: Sendable, Hashable, CustomStringConvertible {
  /// The RDNs, leaf first.
  public let rdns: [RelativeDistinguishedName]
  /// The comparison key: every RDN normalized, joined with `,`.
  public let key: String

  /// A DN from its RDNs, leaf first.
  public init(rdns: [RelativeDistinguishedName]) {
    self.rdns = rdns
    key = rdns.map(\.key).joined(separator: ",")
  }

  /// The empty DN (the root DSE).
  public static let root = DistinguishedName(rdns: [])

  /// True for the empty DN.
  public var isRoot: Bool { rdns.isEmpty }

  /// The parent: this DN without its first RDN; nil for the root.
  public var parent: DistinguishedName? {
    rdns.isEmpty ? nil : DistinguishedName(rdns: Array(rdns.dropFirst()))
  }

  /// Every ancestor, nearest first, ending with the top RDN (not the empty root).
  public var ancestors: [DistinguishedName] {
    var result: [DistinguishedName] = []
    var rest = rdns.dropFirst()
    while !rest.isEmpty {
      result.append(DistinguishedName(rdns: Array(rest)))
      rest = rest.dropFirst()
    }
    return result
  }

  /// True when `other` is this DN's parent.
  public func isChild(of other: DistinguishedName) -> Bool {
    rdns.count == other.rdns.count + 1 && isDescendant(of: other)
  }

  /// True when this DN lies strictly below `other`.
  public func isDescendant(of other: DistinguishedName) -> Bool {
    guard rdns.count > other.rdns.count else { return false }
    return zip(rdns.suffix(other.rdns.count), other.rdns).allSatisfy { $0.key == $1.key }
  }

  /// True when this DN is `other` or lies below it.
  public func isWithin(_ other: DistinguishedName) -> Bool {
    self == other || isDescendant(of: other)
  }

  /// This DN with `rdn` added below it (a child's DN).
  public func appending(_ rdn: RelativeDistinguishedName) -> DistinguishedName {
    DistinguishedName(rdns: [rdn] + rdns)
  }

  /// The RFC 4514 string form, values escaped where they must be.
  public var description: String { rdns.map(\.description).joined(separator: ",") }

  public static func == (a: DistinguishedName, b: DistinguishedName) -> Bool { a.key == b.key }
  public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// One RDN: one or more `type=value` pairs joined with `+` (multi-valued RDNs are rare in AD
/// but legal, RFC 4514 section 2.2).
public struct RelativeDistinguishedName: Sendable, Hashable, CustomStringConvertible {
  public let attributes: [AttributeTypeAndValue]
  /// The normalized pairs, sorted so `a=1+b=2` equals `b=2+a=1` (an RDN is a set).
  public let key: String

  public init(_ attributes: [AttributeTypeAndValue]) {
    self.attributes = attributes
    key = attributes.map(\.key).sorted().joined(separator: "+")
  }

  /// `CN=value` and the like: a single-valued RDN.
  public init(type: String, value: String) {
    self.init([AttributeTypeAndValue(type: type, value: value)])
  }

  public var description: String { attributes.map(\.description).joined(separator: "+") }

  public static func == (a: Self, b: Self) -> Bool { a.key == b.key }
  public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// One `type=value` pair; `value` is the decoded text (escapes removed).
public struct AttributeTypeAndValue: Sendable, Hashable, CustomStringConvertible {
  /// The attribute type as written (`CN`, `ou`, `2.5.4.3`).
  public let type: String
  /// The value with escapes decoded. A `#`-hex value (BER) is kept as its `#hex` text.
  public let value: String
  /// True when the value was written in the `#hex` form.
  public let isHexValue: Bool

  public init(type: String, value: String, isHexValue: Bool = false) {
    self.type = type
    self.value = value
    self.isHexValue = isHexValue
  }

  /// `type=value` normalized: both lowercased, blanks folded (RFC 4518 2.6.1), the value
  /// re-escaped minimally so a key splits at its unescaped commas like a DN.
  public var key: String {
    Self.normalizedType(type) + "="
      + (isHexValue ? value.lowercased() : DistinguishedName.escape(Self.foldBlanks(value)))
  }

  /// The escaped `type=value` text (RFC 4514 section 2.4).
  public var description: String {
    type + "=" + (isHexValue ? value : DistinguishedName.escape(value))
  }

  /// The short names AD writes for the OIDs a DN may spell numerically (RFC 4514 section 3).
  static let oidNames: [String: String] = [
    "2.5.4.3": "cn", "2.5.4.11": "ou", "2.5.4.10": "o", "0.9.2342.19200300.100.1.25": "dc",
    "2.5.4.6": "c", "2.5.4.7": "l", "2.5.4.8": "st", "2.5.4.9": "street",
    "0.9.2342.19200300.100.1.1": "uid",
  ]

  static func normalizedType(_ type: String) -> String {
    var lowered = type.lowercased()
    if lowered.hasPrefix("oid.") { lowered.removeFirst(4) }
    return oidNames[lowered] ?? lowered
  }

  /// Lowercased, leading and trailing blanks dropped, inner runs of blanks made one space.
  static func foldBlanks(_ value: String) -> String {
    var out = ""
    out.reserveCapacity(value.utf8.count)
    var pendingSpace = false
    for character in value.lowercased() {
      if character == " " || character == "\t" {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(character)
      }
    }
    return out
  }
}
