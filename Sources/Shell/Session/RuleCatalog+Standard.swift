import AddressKit
import AnswerFiles
import Findings
import Rules
import SAMHive
import Walkthroughs

extension RuleCatalog {
  /// Every rule hybridbench can emit, one area per module that declares them: what `explain`,
  /// `rules --all` and SARIF's `tool.driver.rules` list. A module with new rules adds its list
  /// here; the catalog test fails on an id declared anywhere and missing from this list.
  public static let standard = RuleCatalog([
    Area("address placement (Rules)", Rule.placementRules),
    Area("6in4 tunnel plan (AddressKit)", Rule.sixInFourRules),
    Area("answer files (AnswerFiles)", Rule.answerFileRules),
    Area("NetSetup.log and setupact.log (Walkthroughs)", Rule.logRules),
    Area("SAM hives (SAMHive)", Rule.samRules),
    Area("walkthrough checks (Walkthroughs/Stories)", Rule.storyRules),
    Area("check all (Shell)", [.checkUnreadable, .checkLogKindUnknown]),
  ])
}
