import EnvironmentFiles
import EnvironmentModel
import XCTest

@testable import Walkthroughs

/// Start order: infrastructure (DC/DNS) first, members after, stop in reverse.
final class VMStartPlanTests: XCTestCase {
  func testTheDemoLabStartsDC1First() throws {
    let demo = try DemoEnvironment.load().environment
    let plan = VMStartPlan.plan(demo)
    XCTAssertEqual(plan.start, ["dc1", "app1"])
    XCTAssertEqual(plan.stop, ["app1", "dc1"])
    XCTAssertEqual(plan.infrastructure, ["dc1"], "dc1 is the vnet's named DNS server")
    XCTAssertEqual(plan.findings.ids, [])
  }

  func testAMemberBeforeTheDCMissingAndDuplicateOrders() throws {
    let env = try StoryEnvironment.load(
      """
      name: t
      azure:
        dns_servers:
          - name: resolver
            address: 10.0.0.4
        vms:
          - name: web
            start_order: 1
          - name: dc
            start_order: 2
            addresses: [10.0.0.4]
          - name: sql
            start_order: 3
          - name: app
            start_order: 3
          - name: late
          - name: zero
            start_order: 0
      hosts:
        - name: DC2
          roles: [dc]
      """)
    let plan = VMStartPlan.plan(env)
    XCTAssertEqual(plan.infrastructure, ["dc"], "dc holds the declared DNS server address")
    XCTAssertEqual(plan.start, ["dc", "zero", "web", "sql", "app", "late"])
    XCTAssertEqual(plan.stop.first, "late")
    XCTAssertEqual(
      plan.findings.ids,
      ["VM-ORDER-MISSING", "VM-ORDER-INVALID", "VM-ORDER-DUPLICATE", "VM-ORDER-DC-NOT-FIRST"])
    XCTAssertEqual(plan.findings.last?.subject, "web")
    let result = VMStartOrderWalkthrough.check(StoryEnvironment.context(env))
    XCTAssertEqual(result.outcome, .failed)
    XCTAssertEqual(result.facts["start order"], "dc, zero, web, sql, app, late")
  }

  func testAHostRoleMarksTheDCAndNoInfrastructureIsOnlyInfo() throws {
    let roles = try StoryEnvironment.load(
      """
      name: t
      azure:
        vms:
          - name: app
            start_order: 1
          - name: DC9
            start_order: 2
      hosts:
        - name: dc9
          roles: [DC]
      """)
    XCTAssertEqual(VMStartPlan.plan(roles).start, ["DC9", "app"])
    XCTAssertEqual(VMStartPlan.plan(roles).findings.ids, ["VM-ORDER-DC-NOT-FIRST"])
    let plain = try StoryEnvironment.load(
      """
      name: t
      azure:
        vms:
          - name: b
            start_order: 2
          - name: a
            start_order: 1
      """)
    let result = VMStartOrderWalkthrough.check(StoryEnvironment.context(plain))
    XCTAssertEqual(result.outcome, .passed)
    XCTAssertEqual(result.findings.ids, ["VM-ORDER-NO-DC"])
    XCTAssertEqual(result.facts["stop order"], "b, a")
  }

  func testNoVMsOrNoEnvironmentIsUnknown() throws {
    XCTAssertEqual(VMStartOrderWalkthrough.check(StoryEnvironment.context(nil)).outcome, .unknown)
    let empty = try StoryEnvironment.load("name: t\n")
    XCTAssertEqual(VMStartOrderWalkthrough.check(StoryEnvironment.context(empty)).outcome, .unknown)
  }
}
