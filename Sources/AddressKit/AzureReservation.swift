/// Azure's five reserved addresses in a subnet, worked out for a concrete prefix.
///
/// Source: Azure Virtual Network FAQ, "Azure reserves the first four addresses and the last
/// address, for a total of five IP addresses within each subnet."
public struct AzureReservation: Sendable, Hashable {
  /// What Azure uses a reserved address for.
  public enum Role: String, Sendable, Hashable {
    case network = "network address"
    case defaultGateway = "default gateway"
    case azureDNS = "Azure DNS mapping"
    case broadcast = "network broadcast address"
  }

  /// The subnet the reservation is for.
  public let prefix: IPPrefix
  /// The reserved addresses in order, with their role; empty when the subnet is too small.
  public let reserved: [(address: IPAddress, role: Role)]
  /// Addresses left for resources; nil when the subnet has fewer than 8 addresses.
  public let usable: AddressCount?
  /// Why the subnet can't be used as it is, when it can't (Azure's smallest IPv4 subnet is /29;
  /// IPv6 subnets must be exactly /64).
  public let problem: String?

  /// Works out the reservation for `prefix`.
  public init(_ prefix: IPPrefix) {
    self.prefix = prefix
    let hostBits = prefix.family.width - prefix.length
    if hostBits < 3 {
      reserved = []
      usable = nil
      problem =
        "\(prefix) has \(prefix.addressCount) addresses: Azure reserves 5, smallest subnet is /29"
      return
    }
    var list: [(IPAddress, Role)] = []
    let roles: [Role] = [.network, .defaultGateway, .azureDNS, .azureDNS]
    for (i, role) in roles.enumerated() {
      if let a = prefix.address(at: UInt64(i)) { list.append((a, role)) }
    }
    list.append((prefix.last, .broadcast))
    reserved = list
    usable = AddressCount(powerOfTwo: hostBits, minus: 5)
    if prefix.family == .v6, prefix.length != 64 {
      problem = "\(prefix) is not a /64: Azure IPv6 subnets must be exactly /64"
    } else if prefix.family == .v4, prefix.length < 2 {
      problem = "\(prefix) is larger than /2, Azure's largest subnet"
    } else {
      problem = nil
    }
  }

  public static func == (a: AzureReservation, b: AzureReservation) -> Bool {
    a.prefix == b.prefix
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(prefix) }
}
