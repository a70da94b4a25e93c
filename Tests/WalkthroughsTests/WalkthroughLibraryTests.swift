import XCTest

@testable import Walkthroughs

/// Every walkthrough in the library: targets resolve, step ids are unique, steps say why.
final class WalkthroughLibraryTests: XCTestCase {
  func testTheWalkthroughIsConsistent() {
    for walkthrough in WalkthroughLibrary.all {
      XCTAssertEqual(walkthrough.danglingTargets, [], walkthrough.id)
      XCTAssertEqual(
        Set(walkthrough.steps.map(\.id)).count, walkthrough.steps.count,
        "duplicate step ids in \(walkthrough.id)")
      for step in walkthrough.steps {
        XCTAssertFalse(step.why.isEmpty, "\(walkthrough.id)/\(step.id) has no why")
        if step.kind == .ask { XCTAssertNotNil(step.question, "\(walkthrough.id)/\(step.id)") }
        if step.kind == .check || step.kind == .verify {
          XCTAssertNotNil(step.check, "\(walkthrough.id)/\(step.id)")
        }
      }
    }
  }
}
