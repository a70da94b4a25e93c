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
  /// Where the documents leave a gap the workbench fills (the IPv6 reservation), said plainly.
  public let note: String?

  /// Works out the reservation for `prefix`. IPv6 has no broadcast address (RFC 4291
  /// section 2), so an IPv6 subnet loses the first four addresses only; Azure IPv6 subnets are
  /// exactly /64 (Azure Virtual Network FAQ; What is IPv6 for Azure Virtual Network?).
  public init(_ prefix: IPPrefix) {
    self.prefix = prefix
    let hostBits = prefix.family.width - prefix.length
    let isV6 = prefix.family == .v6
    if isV6, prefix.length != 64 {
      problem =
        "\(prefix) is not a /64: Azure IPv6 subnets must be exactly /64 (Azure Virtual Network "
        + "FAQ; What is IPv6 for Azure Virtual Network?)"
    } else if hostBits < 3 {
      problem =
        "\(prefix) has \(prefix.addressCount) addresses: Azure reserves 5, smallest subnet is /29"
    } else if prefix.length < 2 {
      problem = "\(prefix) is larger than /2, Azure's largest subnet"
    } else {
      problem = nil
    }
    note =
      isV6
      ? "IPv6 has no broadcast address (RFC 4291 section 2): of the five addresses the FAQ "
        + "reserves (written for IPv4), an IPv6 subnet loses the first four"
      : nil
    guard hostBits >= 3 else {
      reserved = []
      usable = nil
      return
    }
    var list: [(IPAddress, Role)] = []
    let roles: [Role] = [.network, .defaultGateway, .azureDNS, .azureDNS]
    for (i, role) in roles.enumerated() {
      if let a = prefix.address(at: UInt64(i)) { list.append((a, role)) }
    }
    if !isV6 { list.append((prefix.last, .broadcast)) }
    reserved = list
    usable = AddressCount(powerOfTwo: hostBits, minus: UInt64(list.count))
  }

  public static func == (a: AzureReservation, b: AzureReservation) -> Bool {
    a.prefix == b.prefix
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(prefix) }
}
