import XCTest

@testable import WindowsSecurity

/// SDDL parse and format against what Windows prints. The pairs are Windows' own outputs as
/// recorded in Samba's corpus (libcli/security/tests/windows/{canonical,non_canonical,
/// windows_is_less_fussy,windows_is_weird,should_fail}.txt), copied here as fixtures.
final class SDDLTests: XCTestCase {
  /// A domain the corpus SIDs are not in, so S-1-5-21-… SIDs stay numeric as on the test machine.
  let context = SIDContext(domain: try! SecurityIdentifier(parsing: "S-1-5-21-2457507606-2709100691-398136650"))

  func canonical(_ text: String) throws -> String {
    try SecurityDescriptor(sddl: text, context: context).sddl(in: context)
  }

  func testCanonicalStringsComeBackUnchanged() throws {
    for text in [
      "D:(A;;GA;;;SY)", "D:(A;;GA;;;RU)", "D:(A;;GA;;;LG)", "D:(A;;0x401200a0;;;LG)", "D:S:",
      "D:PS:", "D:(A;;GA;;;RS)", "S:(AU;SA;CR;;;WD)(AU;SA;CR;;;WD)",
      "S:(OU;CISA;WP;f30e3bbe-9ff0-11d1-b603-0000f80367c1;bf967aa5-0de6-11d0-a285-00aa003049e2;WD)",
      "D:(A;;GA;;;S-1-3-4294967295-3-4)", "D:(A;;GA;;;S-1-5-21-1-2-3-513)", "O:S-1-2-512D:",
      "D:PARAI(A;;GA;;;SY)", "D:P(A;;GA;;;LG)(A;;GX;;;AA)", "D:(A;;FA;;;WD)",
      "D:(A;;CCDCLCSWRPWPDTLOCR;;;WD)", "D:(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;BA)",
      "O:S-1-5-21-1225132014-296224811-2507946102-512G:S-1-5-21-1225132014-296224811-2507946102-512D:P",
      "", "D:NO_ACCESS_CONTROL", "S:(ML;;NW;;;LW)",
    ] {
      XCTAssertEqual(try canonical(text), text)
    }
  }

  func testWindowsRespellsNonCanonicalStrings() throws {
    for (input, windows) in [
      ("D:(A;;RPWPCRCCDCLCLORCWOWDSDDTSW;;;SY)", "D:(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;SY)"),
      ("D:(A;;RPLCLORC;;;AU)", "D:(A;;LCRPLORC;;;AU)"),
      ("S:(AU;SA;CRWP;;;WD)", "S:(AU;SA;WPCR;;;WD)"),
      ("D:(A;;;;;BO)", "D:(A;;;;;BO)"),
      ("S:D:P", "D:PS:"), ("S:D:", "D:S:"),
      ("D:(A;;123456789;;;LG)", "D:(A;;0x75bcd15;;;LG)"),
      ("D:(A;;01234567;;;LG)", "D:(A;;0x53977;;;LG)"),
      ("D:(A;;16;;;LG)", "D:(A;;RP;;;LG)"), ("D:(A;;17;;;LG)", "D:(A;;CCRP;;;LG)"),
      ("D:(A;;0xff;;;LG)", "D:(A;;CCDCLCSWRPWPDTLO;;;LG)"),
      ("D:(A;;0xf01ff;;;LG)", "D:(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;LG)"),
      ("D:(A;;0xe00f0000;;;LG)", "D:(A;;SDRCWDWOGXGWGR;;;LG)"),
      ("D:ARPAI(A;;GA;;;SY)", "D:PARAI(A;;GA;;;SY)"), ("D:AIPAR(A;;GA;;;SY)", "D:PARAI(A;;GA;;;SY)"),
      ("D:PPPPPPPPPPPP(A;;GA;;;SY)", "D:P(A;;GA;;;SY)"),
      ("D:(A;;CC;;;S-1-21474836480-32-579)", "D:(A;;CC;;;S-1-0x500000000-32-579)"),
      ("D:(A;;GA;;;S-1-0x20-3-4)", "D:(A;;GA;;;S-1-32-3-4)"),
      ("D:(A;;GA;;;S-1-5-21-0x1-0x2-0x3-513)", "D:(A;;GA;;;S-1-5-21-1-2-3-513)"),
      ("O:S-1-2-0x200D:", "O:S-1-2-512D:"), ("O:S-1-2-0x2D:(A;;GA;;;LG)", "O:S-1-2-2D:(A;;GA;;;LG)"),
      ("D:(OA;;CCDC;4828CC14-1437-45bc-9B07-AD6F015E5F28;;AO)",
       "D:(OA;;CCDC;4828cc14-1437-45bc-9b07-ad6f015e5f28;;AO)"),
      // windows_is_less_fussy.txt
      ("D:(A;;GA;;; LG)", "D:(A;;GA;;;LG)"), ("D: (A;;GA;;;LG)", "D:(A;;GA;;;LG)"),
      ("D: AI(A;;GA;;;LG)", "D:AI(A;;GA;;;LG)"), ("D:(a;;GA;;;LG)", "D:(A;;GA;;;LG)"),
      ("D:(A;;GA;;;lg)", "D:(A;;GA;;;LG)"), ("D:(A;;ga;;;LG)", "D:(A;;GA;;;LG)"),
      ("D: S:", "D:S:"), ("D:P (A;;GA;;;LG)", "D:P(A;;GA;;;LG)"),
      ("D:P(A;;GA;;;LG) (A;;GX;;;AA)", "D:P(A;;GA;;;LG)(A;;GX;;;AA)"),
      ("D:(A; ;GA;;;LG)", "D:(A;;GA;;;LG)"), ("D:(A;;GA;;;WD )", "D:(A;;GA;;;WD)"),
      ("D:(A;;GA;;; S-1-3-4)", "D:(A;;GA;;;OW)"), ("D:(A;;GA;; ;S-1-3-4)", "D:(A;;GA;;;OW)"),
      ("D:(A;;GA; ;;S-1-3-4)", "D:(A;;GA;;;OW)"), (" O:AA", "O:AA"), ("  O:AA   ", "O:AA"),
      ("  O:AA G:WD  ", "O:AAG:WD"),
      // windows_is_weird.txt: Windows clamps and wraps numbers.
      ("D:(A;;0x123456789;;;LG)", "D:(A;;0xffffffff;;;LG)"),
      ("D:(A;;GA;;;S-1-3-4294967296-3-4)", "D:(A;;GA;;;S-1-3-4294967295-3-4)"),
      ("D:(A;;GA;;;S-1-5-21-0x1313131313131-513)", "D:(A;;GA;;;S-1-5-21-4294967295-513)"),
      ("D:(A;;-99;;;LG)", "D:(A;;0xffffff9d;;;LG)"), ("D:(A;;-0xffffff55;;;LG)", "D:(A;;CCDCSWWPLO;;;LG)"),
      ("D:(A;;-9876543210;;;LG)", "D:(A;;CC;;;LG)"),
      ("D:(A;;100000000000000000000000;;;LG)", "D:(A;;0xffffffff;;;LG)"),
    ] {
      XCTAssertEqual(try canonical(input), windows, input)
    }
  }

  func testStringsWindowsRefusesPointAtTheColumn() {
    for (input, column) in [
      ("Z:(A;;GA;;;SY)", 1), ("D:(Antlers;;GA;;;SY)", 4), ("Q:(A;;GA;;;RU)", 1),
      ("d:(A;;GA;;;LG)", 1), ("D:((A;;GA;;;LG))", 4), ("D:(A;;GA;;)", 11), ("D :S:", 2),
      ("S:(AU;SA;CROOO;;;WD)(AU;SA;CR;;;WD)", 12),
      ("D:(A;;GA;;;S-1-0x1313131313131-513)", 16),
      ("S:(OU;CISA;WP;f30e3bbe-9ff0-11d1-b603-00potato7c1;bf967aa5-0de6-11d0-a285-00aa003049e2;WD)", 15),
      ("D:P:S:", 4), ("D:(Ā;;GA;;;LG)", 4), ("D:(A;;123456789 ;;;LG)", 16),
      ("D:(A;;0x75bcd15\t;;;LG)", 16), ("D:(A;; 0x75bcd15;;;LG", 22), ("D:(A;;0x 75bcd15;;;LG)", 9),
      ("D:(A;;GA ;;;LG)", 9), ("D:(A;;RP ;;;LG)", 9), ("D:(A;;GA;;;S-1-3-4 )", 19),
      ("D:(A;;GA; f30e3bbf-9ff0-11d1-b603-0000f80367c1;;WD)", 10),
      ("D:(A;;GA;;{f30e3bbf-9ff0-11d1-b603-0000f80367c1};WD)", 11),
      ("D:AI(A;CI;RP LCLOR C;;;AU)", 18), ("D:AI(A;CI;RP LC\tLORC;;;AU)", 16),
      ("O:S", 3), ("O:S-", 5), ("O:S-1", 6), ("O:S-10", 5), ("O:S-0", 5), ("O:S-1-", 7),
      ("O:S-0x1", 5), ("O:", 3), ("O:XX", 3), ("D:(A;;GA;;;DA)", 12),
      ("D:(OA;;CR;;;WD)(A;;GA;1131f6aa-9c07-11d1-f79f-00c04fc2dcd2;;WD)", 23),
      ("D:(XA;;FX;;;WD;(Member_of {SID(BA)}))", 4), ("D:(A;;GA;;;SY)D:(A;;GA;;;SY)", 15),
      ("D:NO_ACCESS_CONTROL(A;;GA;;;SY)", 20),
    ] {
      XCTAssertThrowsError(try SecurityDescriptor(sddl: input), input) {
        XCTAssertEqual(($0 as? SDDLError)?.column, column, "\(input): \($0)")
      }
    }
  }

  func testTheDomainRelativeAliasErrorSaysWhatIsMissing() {
    XCTAssertThrowsError(try SecurityDescriptor(sddl: "O:DAG:DAD:(A;;GA;;;EA)")) {
      XCTAssertEqual(
        $0 as? SDDLError,
        SDDLError(column: 3, "DA (Domain Admins) is relative to the domain SID, and none was given to resolve it against"))
    }
  }

  func testDomainAliasesResolveAndComeBack() throws {
    let domain = SIDContext(domain: try SecurityIdentifier(parsing: "S-1-5-21-1-2-3"))
    let sd = try SecurityDescriptor(sddl: "O:DAG:DUD:(A;;RPWP;;;EA)(A;;LC;;;S-1-5-21-1-2-3-1105)", context: domain)
    XCTAssertEqual(sd.owner?.description, "S-1-5-21-1-2-3-512")
    XCTAssertEqual(sd.dacl?.entries[0].trustee.description, "S-1-5-21-1-2-3-519")
    XCTAssertEqual(sd.sddl(in: domain), "O:DAG:DUD:(A;;RPWP;;;EA)(A;;LC;;;S-1-5-21-1-2-3-1105)")
    XCTAssertEqual(
      sd.sddl(),
      "O:S-1-5-21-1-2-3-512G:S-1-5-21-1-2-3-513D:(A;;RPWP;;;S-1-5-21-1-2-3-519)(A;;LC;;;S-1-5-21-1-2-3-1105)")
  }

  func testCompositeAndLabelRights() throws {
    // Key rights are read but Windows writes them bit by bit.
    XCTAssertEqual(AccessMask(rawValue: 0xF003F).sddl, "CCDCLCSWRPWPSDRCWDWO")
    XCTAssertEqual(try canonical("D:(A;;KR;;;BU)"), "D:(A;;CCSWRPRC;;;BU)")
    XCTAssertEqual(AccessMask(rawValue: 0x1200A0).sddl, "FX")
    XCTAssertEqual(AccessMask(rawValue: 0x1200A9).sddl, "0x1200a9")
    XCTAssertEqual(try canonical("S:(ML;;NWNR;;;HI)"), "S:(ML;;NWNR;;;HI)")
  }

  func testBinaryRoundTripMatchesTheSpecExample() throws {
    let text = "O:BAG:BAD:P(A;CIOI;GRGX;;;BU)(A;CIOI;GA;;;BA)(A;CIOI;GA;;;SY)(A;CIOI;GA;;;CO)S:P(AU;FA;GR;;;WD)"
    let sd = try SecurityDescriptor(sddl: text)
    XCTAssertEqual(sd.selfRelativeBytes, BinaryDescriptorTests.msdtypExample)
    // Windows writes the flags OICI and the rights GXGR: its own order, not the example's.
    XCTAssertEqual(
      try SecurityDescriptor(selfRelative: sd.selfRelativeBytes).sddl(),
      "O:BAG:BAD:P(A;OICI;GXGR;;;BU)(A;OICI;GA;;;BA)(A;OICI;GA;;;SY)(A;OICI;GA;;;CO)S:P(AU;FA;GR;;;WD)")
  }

  func testMalformedInputNeverCrashes() {
    let seeds = [
      "O:DAG:DAD:PAI(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)S:(AU;SA;CR;;;WD)",
      "D:(A;;0x1234;;;S-1-5-0x20-544)",
    ]
    let alphabet = Array("OGDS:();-PAIRNO_xX0123456789abcdefSWCLTFGK \t".utf8)
    var generator = SystemRandomNumberGenerator()
    for round in 0..<20_000 {
      var bytes = Array(seeds[round % 2].utf8)
      for _ in 0..<(1 + round % 5) {
        let at = Int.random(in: 0..<bytes.count, using: &generator)
        switch round % 3 {
        case 0: bytes[at] = alphabet.randomElement(using: &generator)!
        case 1: bytes.remove(at: at)
        default: bytes.insert(alphabet.randomElement(using: &generator)!, at: at)
        }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      do {
        let sd = try SecurityDescriptor(sddl: text, context: context)
        let again = try SecurityDescriptor(sddl: sd.sddl(in: context), context: context)
        XCTAssertEqual(again, sd, text)
        XCTAssertEqual(try SecurityDescriptor(selfRelative: sd.selfRelativeBytes), sd.withSelfRelative, text)
      } catch {
        XCTAssertGreaterThanOrEqual(error.column, 1)
        XCTAssertLessThanOrEqual(error.column, text.count + 1, text)
      }
    }
  }
}

final class ReferenceVectorTests: XCTestCase {
  let context = SIDContext(domain: try! SecurityIdentifier(parsing: "S-1-5-21-1-2-3"))

  func testDefaultDescriptorsRoundTripThroughTextAndBinary() throws {
    for (name, text) in ReferenceVectors.descriptors {
      let sd = try SecurityDescriptor(sddl: text, context: context)
      let canonical = sd.sddl(in: context)
      XCTAssertEqual(try SecurityDescriptor(sddl: canonical, context: context), sd, name)
      XCTAssertEqual(try SecurityDescriptor(selfRelative: sd.selfRelativeBytes).sddl(in: context), canonical, name)
    }
  }

  func testExactCanonicalSpellings() throws {
    let deleted = ReferenceVectors.descriptors.first { $0.name == "get_deletedobjects_descriptor" }!.sddl
    XCTAssertEqual(
      try SecurityDescriptor(sddl: deleted, context: context).sddl(in: context),
      "O:SYG:SYD:PAI(A;;CCDCLCSWRPWPSDRCWDWO;;;SY)(A;;LCRP;;;BA)")
    let holder = try SecurityDescriptor(
      sddl: "O:DAG:DAD:PAI(OA;;RP;4c164200-20c0-11d0-a768-00aa006e0529;4828cc14-1437-45bc-9b07-ad6f015e5f28;RU)"
        + "(A;;RPWPCRCCDCLCLORCWOWDSDDTSW;;;SY)S:AI(AU;SA;WPCRCCDCWOWDSDDT;;;WD)", context: context)
    XCTAssertEqual(
      holder.sddl(in: context),
      "O:DAG:DAD:PAI(OA;;RP;4c164200-20c0-11d0-a768-00aa006e0529;4828cc14-1437-45bc-9b07-ad6f015e5f28;RU)"
        + "(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;SY)S:AI(AU;SA;CCDCWPDTCRSDWDWO;;;WD)")
    // D:PAI and S:AI: SR | PD | DI | SI | SP | DP = 0x9C14.
    XCTAssertEqual(Array(holder.selfRelativeBytes[2..<4]), [0x14, 0x9C])
  }

  func testWindowsPrintedACEsAreAlreadyCanonical() throws {
    for ace in ReferenceVectors.windowsACEs {
      let sd = try SecurityDescriptor(sddl: "D:" + ace, context: context)
      XCTAssertEqual(sd.sddl(in: context), "D:" + ace)
    }
  }
}
