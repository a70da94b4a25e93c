import Findings
import EnvironmentFiles
import EnvironmentModel
import Foundation
import XCTest

@testable import Walkthroughs

/// The fixture the environment-checking stories' lessons load
/// (Tests/Transcripts/fixtures/walks/story-problems.yaml): one problem per story.
final class StoryFixtureTests: XCTestCase {
  private func fixture() throws -> Environment {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
    let path = tests.appendingPathComponent("Transcripts/fixtures/walks/story-problems.yaml").path
    return try EnvironmentLoader.load(FileReference(path: path)).environment
  }

  func testEachStoryFindsItsProblemInTheFixture() throws {
    let context = StoryEnvironment.context(try fixture())
    let s2s = S2SLinkLocalWalkthrough.check(context)
    XCTAssertEqual(s2s.outcome, .failed)
    XCTAssertEqual(s2s.findings.map(\.id), Array(repeating: "S2S-LL-OUTSIDE-AZURE-RANGE", count: 3))
    XCTAssertEqual(
      s2s.findings.map(\.subject),
      ["connection lab-to-branch", "connection lab-to-branch", "gateway of vnet lab"],
      "both tunnel ends and the gateway's peering address; the local site's own address is not Azure's to refuse"
    )
    XCTAssertEqual(
      s2s.findings.first?.evidence?.line, 35, "the connection's tunnel_inside_addresses line")

    let order = VMStartOrderWalkthrough.check(context)
    XCTAssertEqual(order.findings.map(\.id), ["VM-ORDER-DC-NOT-FIRST"])
    XCTAssertEqual(order.facts["start order"], "dc1, app1")

    let rras = RRASDHCPWANWalkthrough.check(context)
    XCTAssertEqual(rras.findings.map(\.id), ["RRAS-DHCP-WAN"])
    XCTAssertEqual(rras.findings.first?.subject, "EDGE1/WAN")
  }
}
