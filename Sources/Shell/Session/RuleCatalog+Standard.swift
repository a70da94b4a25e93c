import AddressKit
import AnswerFiles
import DirectoryPermissions
import EnvironmentModel
import Findings
import PlacementRules
import SAMHive
import SetupLogs
import Walkthroughs

extension RuleCatalog {
  /// Every rule hybridbench can emit, one area per module that declares them: what `explain`,
  /// `rules --all` and SARIF's `tool.driver.rules` list. A module with new rules adds its list
  /// here; the catalog test fails on an id declared anywhere and missing from this list.
  public static let standard = RuleCatalog([
    Area("address placement (PlacementRules)", Rule.placementRules),
    Area("tunnel addresses and RRAS adapters (PlacementRules)", Rule.addressReviewRules),
    Area("VM start plan (EnvironmentModel)", Rule.vmStartPlanRules),
    Area("6in4 tunnel plan (AddressKit)", Rule.sixInFourRules),
    Area("VNets and VMs (PlacementRules)", VNetReview.rules),
    Area("host interfaces (PlacementRules)", HostReview.rules),
    Area("answer files (AnswerFiles)", Rule.answerFileRules + UnattendLint.declaredRules),
    Area("NetSetup.log and setupact.log (SetupLogs)", Rule.logRules),
    Area("SAM hives (SAMHive)", Rule.samRules),
    Area("walkthrough checks (Walkthroughs/Stories)", Rule.storyRules),
    Area("directory permissions (DirectoryPermissions)", Rule.permissionRules),
    Area("check all (Shell)", [.checkUnreadable, .checkLogKindUnknown]),
  ])
}
