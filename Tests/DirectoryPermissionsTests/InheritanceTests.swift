import WindowsSecurity
import XCTest

@testable import DirectoryPermissions

final class InheritanceTests: XCTestCase {
  static let domain = try! SecurityIdentifier(parsing: "S-1-5-21-1-2-3")
  let context = SIDContext(domain: InheritanceTests.domain)
  let group = try! GUID(parsing: "bf967a9c-0de6-11d0-a285-00aa003049e2")

  func dacl(_ sddl: String) throws -> SecurityDescriptor {
    try SecurityDescriptor(sddl: sddl, context: context)
  }

  /// The child's DACL as SDDL text: parent protected with `parentACE`, child a group.
  func child(of parentSDDL: String, childSDDL: String = "D:", owner: String = "AU") throws
    -> String
  {
    let parentSD = try dacl(parentSDDL)
    let parent = Inheritance.effectiveDACL(
      explicit: parentSD.dacl?.entries ?? [], protected: true, parent: nil, childClass: nil,
      owner: nil, group: nil)
    let ownerSID = try dacl("O:\(owner)D:").owner
    let childSD = try dacl(childSDDL)
    let entries = Inheritance.effectiveDACL(
      explicit: childSD.dacl?.entries ?? [], protected: childSD.control.contains(.daclProtected),
      parent: parent, childClass: group, owner: ownerSID, group: nil)
    return entries.map { $0.ace.sddl(in: context) }.joined()
  }

  func testSingleLevelVectors() throws {
    XCTAssertEqual(InheritanceVectors.singleLevel.count, 26)
    for vector in InheritanceVectors.singleLevel {
      let text = try child(of: "D:P" + vector.parentACE)
      for expected in vector.mustContain {
        XCTAssertTrue(text.contains(expected), "\(vector.test): \(text) lacks \(expected)")
      }
      for unexpected in vector.mustNotContain {
        XCTAssertFalse(text.contains(unexpected), "\(vector.test): \(text) has \(unexpected)")
      }
    }
  }

  /// test_214 (generic rights expansion over two levels), test_215 (IO cleared on grandchild).
  func testMultiLevelVectors() throws {
    func stored(_ sddl: String) throws -> String {
      let sd = try dacl(sddl)
      return Inheritance.storedExplicit(
        sd.dacl?.entries ?? [], protected: false, owner: nil, group: nil
      ).map { $0.sddl(in: context) }.joined()
    }
    XCTAssertEqual(try stored("D:(A;CI;GA;;;DU)"), "(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DU)(A;CIIO;GA;;;DU)")
    XCTAssertEqual(try stored("D:(A;CIIO;GA;;;DU)"), "(A;CIIO;GA;;;DU)")
    XCTAssertEqual(try stored("D:(A;;GA;;;DU)"), "(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DU)")
    XCTAssertEqual(try stored("D:(A;IO;GA;;;DU)"), "")
    // Client-supplied ID ACEs: ignored, unless the DACL is protected (test_216/217).
    XCTAssertEqual(try stored("D:(A;ID;WP;;;AU)"), "")
    let sd = try dacl("D:P(A;ID;WP;;;AU)")
    XCTAssertEqual(
      Inheritance.storedExplicit(sd.dacl!.entries, protected: true, owner: nil, group: nil)
        .map { $0.sddl(in: context) }, ["(A;;WP;;;AU)"])

    // ou5 under ou1 under a protected p.
    let p = Inheritance.effectiveDACL(
      explicit: try dacl("D:P(A;CI;WPRPLCCCDCWDRCSD;;;DA)").dacl!.entries, protected: true,
      parent: nil, childClass: nil, owner: nil, group: nil)
    let ou = try GUID(parsing: "bf967aa5-0de6-11d0-a285-00aa003049e2")
    let ou1 = Inheritance.effectiveDACL(
      explicit: try dacl("D:(A;CI;GA;;;DU)").dacl!.entries, protected: false, parent: p,
      childClass: ou, owner: nil, group: nil)
    let ou5 = Inheritance.effectiveDACL(
      explicit: [], protected: false, parent: ou1, childClass: ou, owner: nil, group: nil)
    let text = ou5.map { $0.ace.sddl(in: context) }.joined()
    XCTAssertTrue(text.contains("(A;ID;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DU)"), text)
    XCTAssertTrue(text.contains("(A;CIIOID;GA;;;DU)"), text)
    // Generations: the DU ACEs come from ou1 (one up), the DA one from p (two up).
    XCTAssertEqual(Set(ou5.map(\.generation)), [1, 2])

    let ou1b = Inheritance.effectiveDACL(
      explicit: try dacl("D:(A;CIIO;WP;;;DU)").dacl!.entries, protected: false, parent: p,
      childClass: ou, owner: nil, group: nil)
    let grandchild = Inheritance.effectiveDACL(
      explicit: [], protected: false, parent: ou1b, childClass: ou, owner: nil, group: nil
    ).map { $0.ace.sddl(in: context) }.joined()
    XCTAssertTrue(grandchild.contains("(A;CIID;WP;;;DU)"), grandchild)
    XCTAssertFalse(grandchild.contains("(A;CIIOID;WP;;;DU)"), grandchild)
  }

  func testCanonicalOrder() throws {
    XCTAssertTrue(Inheritance.isCanonical(try dacl("D:(D;;WP;;;DU)(A;;RP;;;DU)(A;ID;RP;;;AU)").dacl!.entries))
    XCTAssertFalse(Inheritance.isCanonical(try dacl("D:(A;;RP;;;DU)(D;;WP;;;DU)").dacl!.entries))
    XCTAssertFalse(Inheritance.isCanonical(try dacl("D:(A;ID;RP;;;AU)(A;;RP;;;DU)").dacl!.entries))
  }
}
