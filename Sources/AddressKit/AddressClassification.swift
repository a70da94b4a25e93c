import Findings

/// Everything the registries and labels say about one address: the most specific IANA block,
/// multicast scope, labels, and for IPv4-mapped addresses the view through to the IPv4 inside.
public struct AddressClassification: Sendable, Hashable {
  /// Summary class for addresses in no registry block and not multicast.
  public static let globalUnicastClass = "global unicast"
  /// Summary class for multicast addresses (224.0.0.0/4, ff00::/8: not in the special registry).
  public static let multicastClass = "multicast"

  /// The address classified.
  public let address: IPAddress
  /// The most specific IANA special-purpose block, or nil.
  public let registry: SpecialRegistryEntry?
  /// The multicast scope, for multicast addresses.
  public let multicastScope: MulticastScope?
  /// Plain-language labels (RFC 1918, CGNAT, ULA, ...).
  public let labels: [AddressLabel]
  /// For `::ffff:a.b.c.d`: the classification of the IPv4 address inside.
  public let mappedIPv4: MappedView?

  /// The IPv4 view of an IPv4-mapped address.
  public struct MappedView: Sendable, Hashable {
    /// The IPv4 address inside.
    public let address: IPAddress
    /// Its most specific IANA block.
    public let registry: SpecialRegistryEntry?
  }

  /// Classifies `address` against `registry` (the shipped IANA data by default).
  public init(_ address: IPAddress, registry: SpecialRegistry = .iana) {
    self.address = address
    self.registry = registry.entry(for: address)
    multicastScope = MulticastScope(address)
    labels = AddressLabel.labels(for: address)
    mappedIPv4 = address.mappedIPv4.map {
      MappedView(address: $0, registry: registry.entry(for: $0))
    }
  }

  /// The summary key: IANA's block name, `multicast`, or `global unicast`.
  public var className: String {
    if let registry { return registry.name }
    return multicastScope != nil ? Self.multicastClass : Self.globalUnicastClass
  }

  /// IANA's "globally reachable": the block's flag (N/A counts as not reachable), true for
  /// addresses in no block; multicast is reachable only with global scope.
  public var isGloballyReachable: Bool {
    if let registry { return registry.globallyReachable ?? false }
    if let multicastScope { return multicastScope == .global }
    return true
  }

  /// The `addr --format json` object: `address`, `version`, `registry` (contract keys) then
  /// `class`, `globally_reachable`, `labels`, `multicast_scope`, `mapped_ipv4`.
  public var json: JSONValue {
    .object([
      ("address", .string(address.canonicalText)),
      ("version", .int(address.family.rawValue)),
      ("registry", registry?.json ?? .null),
      ("class", .string(className)),
      ("globally_reachable", .bool(isGloballyReachable)),
      ("labels", .array(labels.map { .string($0.rawValue) })),
      ("multicast_scope", multicastScope.map { .string($0.rawValue) } ?? .null),
      (
        "mapped_ipv4",
        mappedIPv4.map {
          .object([
            ("address", .string($0.address.canonicalText)),
            ("registry", $0.registry?.json ?? .null),
          ])
        } ?? .null
      ),
    ])
  }
}
