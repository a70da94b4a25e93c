import Findings

/// The order in which a lab's VMs start (infrastructure first: domain controllers and the DNS
/// servers the vnets use) and stop (the reverse), with what is wrong in the declared order.
///
/// Why: members locate a domain controller through DNS when their services start (Netlogon,
/// Group Policy); started before it, they log errors and apply no policy. Microsoft's test lab
/// guides start DC1 first for that reason. Which VM is infrastructure is inferred: a host with
/// the same name has the `dc` (or `dns`) role, or one of the VM's addresses is a DNS server the
/// environment declares.
public struct VMStartPlan: Sendable, Equatable {
  /// VM names in start order.
  public var start: [String]
  /// VM names in stop order (the reverse of `start`).
  public var stop: [String]
  /// The VMs taken as infrastructure (domain controllers or DNS servers).
  public var infrastructure: [String]
  /// What is wrong with the declared `start_order` values.
  public var findings: [Finding]

  public static let source =
    "Microsoft: How domain controllers are located in Windows (DC locator uses DNS SRV records); Microsoft test lab guides (start DC1 first)"

  /// Plans the start and stop order of `environment`'s VMs.
  public static func plan(_ environment: Environment) -> VMStartPlan {
    let vms = environment.azure.vms
    let infra = Set(vms.filter { isInfrastructure($0, in: environment) }.map(\.name))
    var findings: [Finding] = []
    for vm in vms {
      if let order = vm.startOrder, order < 1 {
        findings.append(
          Finding(
            id: "VM-ORDER-INVALID", severity: .error, subject: vm.name,
            message: "start_order \(order) is not a position (1 is the first VM to start)",
            evidence: vm.origin.with(text: "start_order: \(order)"), fix: "use 1, 2, 3...",
            refs: [source]))
      } else if vm.startOrder == nil {
        findings.append(
          Finding(
            id: "VM-ORDER-MISSING", severity: .warning, subject: vm.name,
            message:
              "\(vm.name) has no start_order: it is placed \(infra.contains(vm.name) ? "with the infrastructure" : "after the ordered members")",
            evidence: vm.origin, fix: "give \(vm.name) a start_order", refs: [source]))
      }
    }
    var byOrder: [Int: [String]] = [:]
    for vm in vms { if let order = vm.startOrder { byOrder[order, default: []].append(vm.name) } }
    for (order, names) in byOrder.sorted(by: { $0.key < $1.key }) where names.count > 1 {
      findings.append(
        Finding(
          id: "VM-ORDER-DUPLICATE", severity: .warning, subject: names.joined(separator: ", "),
          message:
            "\(names.joined(separator: " and ")) share start_order \(order): their relative order is not defined",
          fix: "give each VM its own position, or accept that they start together", refs: [source]))
    }
    let lastInfra = vms.filter { infra.contains($0.name) }.compactMap(\.startOrder).max()
    if let lastInfra {
      for vm in vms where !infra.contains(vm.name) {
        guard let order = vm.startOrder, order > 0, order <= lastInfra else { continue }
        let blocking = vms.filter { infra.contains($0.name) && ($0.startOrder ?? 0) >= order }.map(
          \.name)
        findings.append(
          Finding(
            id: "VM-ORDER-DC-NOT-FIRST", severity: .error, subject: vm.name,
            message:
              "\(vm.name) (start_order \(order)) starts no later than \(blocking.joined(separator: ", ")), which the domain needs first",
            evidence: vm.origin.with(text: "start_order: \(order)"),
            fix: "start domain controllers and DNS servers before every member", refs: [source]))
      }
    }
    let ranked = vms.enumerated().sorted { a, b in
      rank(a.element, infra) < rank(b.element, infra)
        || (rank(a.element, infra) == rank(b.element, infra) && a.offset < b.offset)
    }.map(\.element.name)
    return VMStartPlan(
      start: ranked, stop: ranked.reversed(),
      infrastructure: vms.map(\.name).filter { infra.contains($0) },
      findings: findings)
  }

  /// Infrastructure first, then by declared order; VMs without an order go last in their group.
  static func rank(_ vm: VirtualMachine, _ infra: Set<String>) -> (Int, Int) {
    (infra.contains(vm.name) ? 0 : 1, vm.startOrder.map { max($0, 0) } ?? Int.max)
  }

  static func isInfrastructure(_ vm: VirtualMachine, in environment: Environment) -> Bool {
    let name = vm.name.lowercased()
    let roles = environment.hosts.filter { $0.name.lowercased() == name }.flatMap(\.roles).map {
      $0.lowercased()
    }
    if roles.contains(where: { ["dc", "domain-controller", "adds", "dns"].contains($0) }) {
      return true
    }
    var dns = Set(environment.azure.dnsServers.map { $0.address.text })
    for vnet in environment.azure.vnets { dns.formUnion(vnet.dnsServers.map(\.text)) }
    let named = Set(environment.azure.dnsServers.map { $0.name.lowercased() })
    return named.contains(name) || vm.addresses.contains { dns.contains($0.text) }
  }
}
