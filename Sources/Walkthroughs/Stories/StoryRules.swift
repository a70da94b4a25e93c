import EnvironmentModel
import Findings

/// The rules the walkthroughs' checks and the reviews they share emit, declared once for the
/// catalog; each check refers to its rule by symbol.
extension Rule {
  // MARK: RDS CAL extended rights

  public static let rdsCALDevice = Rule(
    "RDS-CAL-DEVICE", .error, title: "RDS Device CALs carry no extended rights",
    explanation: "The January 2014 extended rights cover User CALs with SA on shared servers; "
      + "Device CALs cover the customer's own servers only.",
    fix: "Use User CALs with SA, or RDS SALs through SPLA.", sources: RDSCALRightsWalkthrough.refs)
  public static let rdsCALNoSA = Rule(
    "RDS-CAL-NO-SA", .error, title: "User CALs without SA carry no extended rights",
    explanation: "Only User CALs with active Software Assurance may be used on Azure or a "
      + "third party's shared servers.",
    fix: "Add or renew SA on the User CALs, or license through SPLA.",
    sources: RDSCALRightsWalkthrough.refs)
  public static let rdsCALVDIShared = Rule(
    "RDS-CAL-VDI-SHARED", .error, title: "the extended rights do not cover VDI",
    explanation: "They cover session-based desktops, not client Windows desktops on shared "
      + "servers.",
    fix: "Serve Windows Server sessions, or use a service licensed for hosted client desktops.",
    sources: RDSCALRightsWalkthrough.refs)

  // MARK: Azure Files system error 53

  public static let azfNameUnresolved = Rule(
    "AZF-NAME-UNRESOLVED", .error, title: "the storage account name does not resolve",
    explanation: "SMB never starts when <account>.file.core.windows.net does not resolve.",
    fix: "Check the account name; with a private endpoint, forward privatelink.file.core."
      + "windows.net from the DC's DNS.", sources: AzureFilesError53Walkthrough.refs)
  public static let azf445Blocked = Rule(
    "AZF-445-BLOCKED", .error, title: "TCP 445 to the storage account is blocked",
    explanation: "A firewall or ISP blocking 445 outbound makes the mount fail with system "
      + "error 53.",
    fix: "Allow 445 outbound to Azure storage, or use VPN/ExpressRoute or Azure File Sync.",
    sources: AzureFilesError53Walkthrough.refs)
  public static let azfNoSMB3 = Rule(
    "AZF-NO-SMB3", .error, title: "an SMB 2.1 client cannot mount from another region",
    explanation: "SMB 2.1 has no encryption, which Azure Files requires from outside the share's "
      + "region.",
    fix: "Mount from Windows Server 2012 or later, or from an Azure VM in the share's region.",
    sources: [AzureFilesError53Walkthrough.troubleshoot])

  // MARK: VM start order

  public static let vmOrderNoDC = Rule(
    "VM-ORDER-NO-DC", .info, title: "no VM is recognisably a DC or DNS server",
    explanation: "Without a host with the dc role or a declared DNS server, the declared order "
      + "is kept as is.",
    fix: "Give the DC's host the 'dc' role or declare the vnet's DNS servers.",
    sources: VMStartOrderWalkthrough.refs)

  // MARK: Legacy OS support

  public static let legacyOSESUOnly = Rule(
    "LEGACY-OS-ESU-ONLY", .warning, title: "the OS is covered only by Extended Security Updates",
    explanation: "Extended support has ended; security updates continue only under ESU.",
    fix: "Enrol the VM in ESU and plan the upgrade before ESU ends.",
    sources: [LegacyOSSupport.lifecycle, LegacyOSSupport.esu])
  public static let legacyOSUnsupported = Rule(
    "LEGACY-OS-UNSUPPORTED", .error, title: "the OS is past end of support",
    explanation: "No security updates are published; it may run on Azure but is not supported.",
    fix: "Upgrade or migrate the workload; keep the VM isolated until then.",
    sources: [LegacyOSSupport.lifecycle])

  // MARK: Domain join and registry redirection

  public static let djCauseOUNotOU = Rule(
    "DJ-CAUSE-OU-NOT-OU", .error, title: "the unattended join failed because the OU is not an OU",
    explanation: "The answer file's MachineObjectOU (or NetSetup.log's MachineAccountOU) names a "
      + "container, so the join fails with 0x2 ERROR_FILE_NOT_FOUND.",
    fix: "Omit MachineObjectOU or name an OU=... DN.", sources: DomainJoinWalkthrough.refs)
  public static let djSourcesDisagree = Rule(
    "DJ-SOURCES-DISAGREE", .warning,
    title: "setupact.log and NetSetup.log end with different codes",
    explanation: "Two logs of one failed setup end with the same status; different codes mean "
      + "they describe different failures, often from different machines or attempts, so "
      + "neither names the cause of the other.",
    fix: "Give the setupact.log and NetSetup.log of the same failed setup.",
    sources: DomainJoinWalkthrough.refs)
  public static let regWow64Redirected = Rule(
    "REG-WOW64-REDIRECTED", .warning, title: "a 32-bit process sees a redirected key",
    explanation: "WOW64 redirects 32-bit processes under HKLM\\Software to Wow6432Node, so the "
      + "value a 64-bit tool shows is not the one a 32-bit program reads.",
    fix: "Read with 'reg query ... /reg:32' or open the key with KEY_WOW64_32KEY.",
    sources: Wow6432NodeWalkthrough.refs)

  /// Every walkthrough rule, for the catalog.
  public static let storyRules: [Rule] = [
    .rdsCALDevice, .rdsCALNoSA, .rdsCALVDIShared, .azfNameUnresolved, .azf445Blocked, .azfNoSMB3,
    .vmOrderNoDC, .legacyOSESUOnly, .legacyOSUnsupported, .djCauseOUNotOU, .djSourcesDisagree, .regWow64Redirected,
  ]
}
