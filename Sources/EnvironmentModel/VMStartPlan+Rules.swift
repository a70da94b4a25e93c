import Findings

/// The rules `VMStartPlan` checks a start order against, declared once for the catalog.
extension Rule {
  public static let vmOrderInvalid = Rule(
    "VM-ORDER-INVALID", .error, title: "start_order must be a position from 1",
    explanation: "A start order below 1 is not a position in the sequence.",
    fix: "Use 1, 2, 3...", sources: [VMStartPlan.source])
  public static let vmOrderMissing = Rule(
    "VM-ORDER-MISSING", .warning, title: "a VM has no start_order",
    explanation: "It is placed with the infrastructure or after the ordered members, which may "
      + "not be what was meant.",
    fix: "Give the VM a start_order.", sources: [VMStartPlan.source])
  public static let vmOrderDuplicate = Rule(
    "VM-ORDER-DUPLICATE", .warning, title: "VMs share a start_order",
    explanation: "Their relative order is not defined.",
    fix: "Give each VM its own position, or accept that they start together.",
    sources: [VMStartPlan.source])
  public static let vmOrderDCNotFirst = Rule(
    "VM-ORDER-DC-NOT-FIRST", .error, title: "members must start after DCs and DNS servers",
    explanation: "A member that starts before the domain controller cannot locate a DC (DC "
      + "locator uses DNS SRV records): logons and services fail.",
    fix: "Start domain controllers and DNS servers before every member.",
    sources: [VMStartPlan.source])

  /// Every start-plan rule, for the catalog.
  public static let vmStartPlanRules: [Rule] = [
    .vmOrderInvalid, .vmOrderMissing, .vmOrderDuplicate, .vmOrderDCNotFirst,
  ]
}
