import XCTest

@testable import WindowsSecurity

final class AccessMaskAndWordsTests: XCTestCase {
  /// [MS-ADTS] 5.1.3.2: the generic rights as AD stores them.
  func testGenericRightsMapToDirectoryRights() {
    XCTAssertEqual(AccessMask.genericRead.mappedForDirectory.rawValue, 0x20094)
    XCTAssertEqual(AccessMask.genericWrite.mappedForDirectory.rawValue, 0x20028)
    XCTAssertEqual(AccessMask.genericExecute.mappedForDirectory.rawValue, 0x20004)
    XCTAssertEqual(AccessMask.genericAll.mappedForDirectory.rawValue, 0xF01FF)
    XCTAssertEqual(AccessMask([.genericRead, .createChild, .delete]).mappedForDirectory.rawValue, 0x30095)
    XCTAssertEqual(AccessMask.genericAll.mappedForDirectory.sddl, "CCDCLCSWRPWPDTLOCRSDRCWDWO")
    XCTAssertFalse(AccessMask.genericAll.mappedForDirectory.hasGenericRights)
  }

  func testCallbackACEsAreReadKeptAndReported() throws {
    // XA (0x09) with a 12-byte conditional expression after the SID, as a binary DACL holds it.
    let condition: [UInt8] = Array("artx".utf8) + [0x00, 0x00, 0x00, 0x00, 0, 0, 0, 0]
    let ace = AccessControlEntry(
      type: .accessAllowedCallback, mask: [.readProperty], trustee: .world, applicationData: condition)
    let sd = SecurityDescriptor(dacl: AccessControlList(entries: [ace]))
    let decoded = try SecurityDescriptor(selfRelative: sd.selfRelativeBytes)
    XCTAssertEqual(decoded.dacl?.entries.first?.applicationData, condition)
    XCTAssertEqual(decoded.selfRelativeBytes, sd.selfRelativeBytes)
    XCTAssertEqual(decoded.sddl(), "D:(XA;;RP;;;WD)")
    XCTAssertEqual(
      decoded.sddlLimitations,
      ["DACL ACE 0: 12 bytes of conditional expression after the SID are not in the SDDL"])
    XCTAssertTrue(ace.words(trustee: "Everyone").contains("callback ACE: 12 bytes of condition"))
    // ACCESS_DENIED_CALLBACK_OBJECT has no SDDL token: written as its number, and said so.
    let denied = AccessControlEntry(type: .accessDeniedCallbackObject, mask: .writeProperty, trustee: .world)
    let noToken = SecurityDescriptor(dacl: AccessControlList(entries: [denied]))
    XCTAssertEqual(noToken.sddl(), "D:(0xc;;WP;;;WD)")
    XCTAssertEqual(try SecurityDescriptor(selfRelative: noToken.selfRelativeBytes).dacl?.revision, 4)
  }

  func testAnACEInWords() throws {
    struct Schema: ObjectTypeNames {
      func name(for guid: GUID) -> String? {
        ["bf967a0a-0de6-11d0-a285-00aa003049e2": "pwdLastSet", "bf967aba-0de6-11d0-a285-00aa003049e2": "user"][
          guid.description]
      }
    }
    let sd = try SecurityDescriptor(
      sddl: "D:(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;WD)"
        + "(D;OI;SD;;;AU)(AU;SAFA;WD;;;WD)")
    let aces = sd.dacl!.entries
    XCTAssertEqual(
      aces[0].words(trustee: "Everyone", objectTypes: Schema()),
      "allow write property on pwdLastSet (bf967a0a-0de6-11d0-a285-00aa003049e2); all descendants, "
        + "only objects of class user (bf967aba-0de6-11d0-a285-00aa003049e2) (CI IO); to Everyone")
    XCTAssertEqual(
      aces[0].words(trustee: "Everyone"),
      "allow write property on bf967a0a-0de6-11d0-a285-00aa003049e2; all descendants, only objects "
        + "of class bf967aba-0de6-11d0-a285-00aa003049e2 (CI IO); to Everyone")
    XCTAssertEqual(
      aces[1].words(trustee: "AU"),
      "deny delete; this object only (OI without CI: never inherited in AD, where every object is a "
        + "container) (OI); to AU")
    XCTAssertEqual(aces[2].verb, "audit success and failure of")
  }
}
