#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The strings an LDIF export repeats on every object (objectClass values and whole chains of
/// them, attribute names), each created once per reader and then shared.
struct InternedNames {
  /// An interned objectClass chain and whether it names the domain's own record.
  struct Chain {
    var classes: [String]
    var isDomainRoot: Bool
  }

  private var classNames: [String] = []
  private var chains: [Chain] = []
  private var attributeNames: [String] = []
  /// How many of each kind are kept; past that, values are created as met (still correct).
  static let limit = 64

  /// The shared String for an objectClass value.
  mutating func className(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    Self.intern(raw, in: &classNames)
  }

  /// The shared String for an attribute name (as written: names keep their case).
  mutating func attributeName(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    Self.intern(raw, in: &attributeNames)
  }

  /// The shared array for a record's objectClass values, in order.
  mutating func classChain(_ classes: [String]) -> Chain {
    for chain in chains where chain.classes == classes { return chain }
    let isDomainRoot = classes.contains { $0.utf8.count == 9 && $0.lowercased() == "domaindns" }
    let chain = Chain(classes: classes, isDomainRoot: isDomainRoot)
    if chains.count < Self.limit { chains.append(chain) }
    return chain
  }

  private static func intern(_ raw: UnsafeBufferPointer<UInt8>, in names: inout [String]) -> String
  {
    for name in names where name.utf8.count == raw.count {
      var name = name
      let same = name.withUTF8 { utf8 in
        guard let a = utf8.baseAddress, let b = raw.baseAddress else { return true }
        return memcmp(a, b, raw.count) == 0
      }
      if same { return name }
    }
    let name = String(decoding: raw, as: UTF8.self)
    if names.count < limit { names.append(name) }
    return name
  }
}
