import Findings
import EnvironmentModel
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
  /// DNs met as memberOf/member values (a group's DN recurs on every member), found by hash.
  private var dns: [String] = []
  /// Open addressing over `dns`: index + 1, 0 for an empty slot; a power of two in size.
  private var dnSlots: [Int32] = []
  /// How many DNs are shared at most; past that, they are created as met.
  static let dnLimit = 1 << 18

  /// The shared String for an objectClass value.
  mutating func className(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    Self.intern(raw, in: &classNames)
  }

  /// The shared String for an attribute name (as written: names keep their case).
  mutating func attributeName(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    Self.intern(raw, in: &attributeNames)
  }

  /// The shared String for a DN value (memberOf, member).
  mutating func dn(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    if dnSlots.isEmpty { dnSlots = [Int32](repeating: 0, count: 1 << 12) }
    let mask = dnSlots.count - 1
    var slot = Self.hash(raw) & mask
    while dnSlots[slot] != 0 {
      let found = dns[Int(dnSlots[slot]) - 1]
      if Self.equal(found, raw) { return found }
      slot = (slot + 1) & mask
    }
    let text = String(decoding: raw, as: UTF8.self)
    guard dns.count < Self.dnLimit else { return text }
    dns.append(text)
    dnSlots[slot] = Int32(dns.count)
    if dns.count * 2 > dnSlots.count { rehash() }
    return text
  }

  private mutating func rehash() {
    var slots = [Int32](repeating: 0, count: dnSlots.count * 2)
    let mask = slots.count - 1
    for (index, var text) in dns.enumerated() {
      var slot = text.withUTF8 { Self.hash($0) } & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
    dnSlots = slots
  }

  /// A multiplicative hash of the bytes, eight at a time (DNs are 40 to 100 bytes).
  private static func hash(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = raw.baseAddress else { return 0 }
    var h = UInt64(truncatingIfNeeded: raw.count) &* 0x9E37_79B9_7F4A_7C15
    var i = 0
    while i + 8 <= raw.count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      i += 8
    }
    var tail: UInt64 = 0
    while i < raw.count {
      tail = tail << 8 | UInt64(base[i])
      i += 1
    }
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return Int(truncatingIfNeeded: h ^ h >> 29)
  }

  private static func equal(_ text: String, _ raw: UnsafeBufferPointer<UInt8>) -> Bool {
    guard text.utf8.count == raw.count else { return false }
    var text = text
    return text.withUTF8 { utf8 in
      guard let a = utf8.baseAddress, let b = raw.baseAddress else { return true }
      return memcmp(a, b, raw.count) == 0
    }
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
    for name in names where equal(name, raw) { return name }
    let name = String(decoding: raw, as: UTF8.self)
    if names.count < limit { names.append(name) }
    return name
  }
}
