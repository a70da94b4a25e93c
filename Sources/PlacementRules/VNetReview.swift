import AddressKit
import EnvironmentModel
import Findings

/// What the rule packs cannot see from prefixes alone: VNets declared twice or without an
/// address space, and VMs whose addresses do not fit the subnet they are placed in. Azure
/// resource names are case-insensitive, so names are compared that way.
public enum VNetReview {
  static let vnetFAQ = RulePack.vnetFAQ
  static let reservedFAQ =
    "Azure Virtual Network FAQ, 'Are there any restrictions on using IP addresses within these "
    + "subnets?', https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
  static let naming =
    "Naming rules and restrictions for Azure resources (Microsoft.Network virtualNetworks: "
    + "unique in resource group, case-insensitive), https://learn.microsoft.com/azure/"
    + "azure-resource-manager/management/resource-name-rules#microsoftnetwork"

  /// Two VNets with one name: Azure keeps one resource per name, so one definition is lost.
  public static let duplicateName = FindingRule(
    id: "AZ-VNET-DUPLICATE-NAME", severity: .error,
    title: "a VNet name is declared twice (Azure names are case-insensitive)",
    fix: "rename one of the VNets, or merge the two definitions", refs: [naming])
  /// Subnets without any address space: a misspelt address space key leaves them outside all.
  public static let noAddressSpace = FindingRule(
    id: "AZ-VNET-NO-ADDRESS-SPACE", severity: .error,
    title: "a VNet with subnets has no address space, so every subnet lies outside it",
    fix: "declare the VNet's address space (key 'address_space'; check the load warnings for a "
      + "misspelt key)",
    refs: [vnetFAQ])
  /// A VM placed in a VNet or subnet the environment does not declare.
  public static let vmSubnetMissing = FindingRule(
    id: "AZ-VM-SUBNET-MISSING", severity: .error,
    title: "a VM is placed in a VNet or subnet that is not declared",
    fix: "correct the VM's vnet/subnet, or declare the subnet", refs: [vnetFAQ])
  /// A VM address outside the subnet it is placed in.
  public static let vmOutsideSubnet = FindingRule(
    id: "AZ-VM-OUTSIDE-SUBNET", severity: .error,
    title: "a VM's address must come from its subnet's prefix",
    fix: "give the VM an address from its subnet, or place it in the subnet that holds it",
    refs: [vnetFAQ])
  /// A VM on one of the five addresses Azure reserves in every subnet.
  public static let vmReservedAddress = FindingRule(
    id: "AZ-VM-RESERVED-ADDRESS", severity: .error,
    title: "Azure reserves the first four and the last address of every subnet",
    fix: "use an address from the fifth to the second-to-last of the subnet",
    refs: [reservedFAQ])

  /// Every declared rule, for catalogs.
  public static let rules = [
    duplicateName, noAddressSpace, vmSubnetMissing, vmOutsideSubnet, vmReservedAddress,
  ]

  /// The findings for `azure`, in declaration order of the elements.
  public static func findings(_ azure: AzureNetwork) -> [Finding] {
    var out: [Finding] = []
    var seen: [String: VirtualNetwork] = [:]
    for vnet in azure.vnets {
      let key = vnet.name.lowercased()
      if let first = seen[key] {
        out.append(
          duplicateName.finding(
            vnet.name,
            "VNet '\(vnet.name)' is declared again (first at "
              + "\(first.origin.place ?? "?")): Azure keeps one VNet per name",
            evidence: vnet.origin.with(text: "name: \(vnet.name)")))
      } else {
        seen[key] = vnet
      }
      if vnet.addressSpace.isEmpty, !vnet.subnets.isEmpty {
        let names = vnet.subnets.map(\.name).joined(separator: ", ")
        out.append(
          noAddressSpace.finding(
            vnet.name,
            "VNet '\(vnet.name)' declares subnets (\(names)) but no "
              + "address space: they lie outside any space",
            evidence: vnet.origin.with(text: "name: \(vnet.name)")))
      }
    }
    for vm in azure.vms { out += vmFindings(vm, seen) }
    return out
  }

  static func vmFindings(_ vm: VirtualMachine, _ vnets: [String: VirtualNetwork]) -> [Finding] {
    guard let vnetName = vm.vnet else { return [] }
    let vmEvidence = vm.origin.with(text: "name: \(vm.name)")
    guard let vnet = vnets[vnetName.lowercased()] else {
      return [
        vmSubnetMissing.finding(
          vm.name, "VM '\(vm.name)' is placed in VNet '\(vnetName)', which "
            + "is not declared", evidence: vmEvidence)
      ]
    }
    var candidates: [Subnet] = vnet.subnets
    if let subnetName = vm.subnet {
      let wanted = subnetName.lowercased()
      guard let subnet = vnet.subnets.first(where: { $0.name.lowercased() == wanted }) else {
        let known = vnet.subnets.map(\.name).joined(separator: ", ")
        return [
          vmSubnetMissing.finding(
            vm.name, "VM '\(vm.name)' is placed in subnet '\(subnetName)', "
              + "which VNet '\(vnet.name)' does not declare (it has: "
              + "\(known.isEmpty ? "no subnets" : known))", evidence: vmEvidence)
        ]
      }
      candidates = [subnet]
    }
    let prefixes = candidates.compactMap { subnet in
      (try? IPPrefix(parsing: subnet.prefix.text)).map { (subnet.name, $0) }
    }
    guard !prefixes.isEmpty else { return [] }
    var out: [Finding] = []
    for text in vm.addresses {
      guard let address = try? IPAddress(parsing: text.text) else { continue }
      let evidence = text.origin.with(text: text.text)
      let family = prefixes.filter { $0.1.family == address.family }
      guard !family.isEmpty else { continue }
      guard let (name, prefix) = family.first(where: { $0.1.contains(address) }) else {
        let list = family.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        let into = vm.subnet.map { "subnet '\($0)'" } ?? "any subnet of VNet '\(vnet.name)'"
        out.append(
          vmOutsideSubnet.finding(
            vm.name, "VM '\(vm.name)' address \(text.text) is outside \(into) (\(list))",
            evidence: evidence))
        continue
      }
      // The FAQ documents the five reserved addresses for IPv4 subnets.
      guard prefix.family == .v4 else { continue }
      let reservation = AzureReservation(prefix)
      if let hit = reservation.reserved.first(where: { $0.address == address.withoutZone }) {
        out.append(
          vmReservedAddress.finding(
            vm.name, "VM '\(vm.name)' address \(text.text) is the \(hit.role.rawValue) "
              + "Azure reserves in subnet '\(name)' \(prefix)", evidence: evidence,
            fix: "use an address from \(prefix.address(at: 4).map(\.description) ?? "?") to "
              + "\(prefix.address(fromEnd: 1).map(\.description) ?? "?")"))
      }
    }
    return out
  }
}
