/// Every walkthrough hybridbench ships, in the order `walk list` shows them.
public enum WalkthroughLibrary {
  public static var all: [Walkthrough] {
    [DomainJoinWalkthrough.walkthrough, SysprepRecoveryWalkthrough.walkthrough] + stories + [Wow6432NodeWalkthrough.walkthrough]
  }

  /// The short stories from the seeds, each in its own file under Stories/.
  static var stories: [Walkthrough] {
    [
      RRASDHCPWANWalkthrough.walkthrough, AzureFilesError53Walkthrough.walkthrough,
      S2SLinkLocalWalkthrough.walkthrough, LegacyOSWalkthrough.walkthrough,
      GatewayCertBindingWalkthrough.walkthrough, DirSyncWalkthrough.walkthrough,
      VMStartOrderWalkthrough.walkthrough, RDSCALRightsWalkthrough.walkthrough,
      DOSUSBKeyWalkthrough.walkthrough, SBSPasswordPromptsWalkthrough.walkthrough,
      SBSLogonToWalkthrough.walkthrough, SBSRenamedAdminWalkthrough.walkthrough,
      SchemaUpgradeWalkthrough.walkthrough,
    ]
  }
}
