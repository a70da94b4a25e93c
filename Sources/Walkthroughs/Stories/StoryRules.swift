import Findings

/// The rules the walkthroughs' checks and the reviews they share emit, declared once for the
/// catalog; each check refers to its rule by symbol.
extension Rule {
  // MARK: TunnelAddressReview (S2S tunnel inside and BGP peering addresses)

  public static let s2sLLNotAnAddress = Rule(
    "S2S-LL-NOT-AN-ADDRESS", .error, title: "a tunnel or BGP peering address must be one address",
    explanation: "Tunnel inside and BGP peering addresses are single IPv4 addresses; anything "
      + "else is refused by the gateway.",
    fix: "Write a single IPv4 address such as 169.254.21.1.", sources: TunnelAddressReview.refs)
  public static let s2sLLOutsideAzureRange = Rule(
    "S2S-LL-OUTSIDE-AZURE-RANGE", .error,
    title: "Azure-side APIPA addresses must be in 169.254.21.0-169.254.22.255",
    explanation: "The Azure VPN gateway accepts link-local BGP addresses only from that range.",
    fix: "Pick an address from 169.254.21.0-169.254.22.255 and the peer's from the same block.",
    sources: TunnelAddressReview.refs)
  public static let s2sLLRoutableInside = Rule(
    "S2S-LL-ROUTABLE-INSIDE", .info, title: "a tunnel inside address that is not link-local",
    explanation: "A routable inside address works, but it must not overlap any network on "
      + "either side of the tunnel.",
    fix: "Prefer link-local addresses inside the tunnel, or check the address is unused.",
    sources: TunnelAddressReview.refs)
  public static let s2sLLSameEnds = Rule(
    "S2S-LL-SAME-ENDS", .error, title: "the two ends of a tunnel need different addresses",
    explanation: "An inside address written twice for one connection gives both ends the same "
      + "address; the point-to-point link cannot work.",
    fix: "Give the Azure end and the on-premises end their own addresses.",
    sources: TunnelAddressReview.refs)
  public static let s2sLLRouted = Rule(
    "S2S-LL-ROUTED", .error, title: "169.254.0.0/16 must not be routed",
    explanation: "Link-local space is never forwarded (RFC 3927), and Azure refuses it in VNet "
      + "address spaces, subnets and local site prefixes.",
    fix: "Keep 169.254/16 inside the tunnel (BGP peering only); route real prefixes instead.",
    sources: [TunnelAddressReview.rfc3927, TunnelAddressReview.vnetFAQ])

  // MARK: RRASAdapterReview (RRAS hosts' adapters)

  public static let rrasAPIPA = Rule(
    "RRAS-APIPA", .error, title: "an RRAS adapter has a 169.254 (APIPA) address",
    explanation: "Its DHCP client got no lease, and RRAS hands VPN clients 169.254 addresses when "
      + "no DHCP server answers, so clients cannot reach the network.",
    fix: "Make a DHCP server reachable on that adapter (or give RRAS a static pool).",
    sources: RRASAdapterReview.refs)
  public static let rrasDHCPWAN = Rule(
    "RRAS-DHCP-WAN", .warning, title: "the RRAS WAN adapter is a DHCP client",
    explanation: "With 'Allow RAS to select the adapter', RRAS can lease VPN client addresses "
      + "from the ISP's DHCP server on the WAN side.",
    fix: "RAS Properties > IPv4 > Adapter: choose the LAN adapter (or use a static pool).",
    sources: RRASAdapterReview.refs)
  public static let rrasAdapterChoice = Rule(
    "RRAS-ADAPTER-CHOICE", .info, title: "RAS should lease client addresses on the LAN adapter",
    explanation: "A host with a WAN and a LAN adapter must have RAS use the LAN one for DHCP.",
    fix: "RAS Properties > IPv4 > Adapter: the LAN adapter.", sources: RRASAdapterReview.refs)
  public static let rrasDHCPServerWAN = Rule(
    "RRAS-DHCP-SERVER-WAN", .warning, title: "a DHCP server role faces the WAN",
    explanation: "A DHCP server bound to the WAN adapter answers requests on the ISP's segment.",
    fix: "Unbind the DHCP server from the WAN adapter (Set-DhcpServerv4Binding).",
    sources: RRASAdapterReview.refs)
  public static let rrasNoLAN = Rule(
    "RRAS-NO-LAN", .warning, title: "the RRAS host has no private IPv4 adapter",
    explanation: "RRAS can then only reach a DHCP server on the WAN side.",
    fix: "Add the LAN adapter to the environment, or give RRAS a static address pool.",
    sources: RRASAdapterReview.refs)
  public static let rrasOneAdapter = Rule(
    "RRAS-ONE-ADAPTER", .info, title: "the RRAS host has one adapter",
    explanation: "RAS can only choose it, so client addresses come from that network's DHCP "
      + "server.",
    fix: "None needed if that network's DHCP server should serve VPN clients.",
    sources: RRASAdapterReview.refs)
  public static let rrasMultipleGateways = Rule(
    "RRAS-MULTIPLE-GATEWAYS", .warning, title: "a multihomed server has several default gateways",
    explanation: "Windows uses one default route at a time; gateways on the LAN side send "
      + "Internet traffic the wrong way.",
    fix: "Remove the default gateway from the LAN adapter; add static routes for internal "
      + "networks.",
    sources: RRASAdapterReview.refs)

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

  public static let vmOrderInvalid = Rule(
    "VM-ORDER-INVALID", .error, title: "start_order must be a position from 1",
    explanation: "A start order below 1 is not a position in the sequence.",
    fix: "Use 1, 2, 3...", sources: [VMStartPlan.source])
  public static let vmOrderMissing = Rule(
    "VM-ORDER-MISSING", .warning, title: "a VM has no start_order",
    explanation: "It is placed with the infrastructure or after the ordered members, which may "
      + "not be what was meant.",
    fix: "Give the VM a start_order.", sources: [VMStartPlan.source])
  public static let vmOrderDuplicate = Rule(
    "VM-ORDER-DUPLICATE", .warning, title: "VMs share a start_order",
    explanation: "Their relative order is not defined.",
    fix: "Give each VM its own position, or accept that they start together.",
    sources: [VMStartPlan.source])
  public static let vmOrderDCNotFirst = Rule(
    "VM-ORDER-DC-NOT-FIRST", .error, title: "members must start after DCs and DNS servers",
    explanation: "A member that starts before the domain controller cannot locate a DC (DC "
      + "locator uses DNS SRV records): logons and services fail.",
    fix: "Start domain controllers and DNS servers before every member.",
    sources: [VMStartPlan.source])
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
  public static let regWow64Redirected = Rule(
    "REG-WOW64-REDIRECTED", .warning, title: "a 32-bit process sees a redirected key",
    explanation: "WOW64 redirects 32-bit processes under HKLM\\Software to Wow6432Node, so the "
      + "value a 64-bit tool shows is not the one a 32-bit program reads.",
    fix: "Read with 'reg query ... /reg:32' or open the key with KEY_WOW64_32KEY.",
    sources: Wow6432NodeWalkthrough.refs)

  /// Every walkthrough rule, for the catalog.
  public static let storyRules: [Rule] = [
    .s2sLLNotAnAddress, .s2sLLOutsideAzureRange, .s2sLLRoutableInside, .s2sLLSameEnds,
    .s2sLLRouted, .rrasAPIPA, .rrasDHCPWAN, .rrasAdapterChoice, .rrasDHCPServerWAN, .rrasNoLAN,
    .rrasOneAdapter, .rrasMultipleGateways, .rdsCALDevice, .rdsCALNoSA, .rdsCALVDIShared,
    .azfNameUnresolved, .azf445Blocked, .azfNoSMB3, .vmOrderInvalid, .vmOrderMissing,
    .vmOrderDuplicate, .vmOrderDCNotFirst, .vmOrderNoDC, .legacyOSESUOnly, .legacyOSUnsupported,
    .djCauseOUNotOU, .regWow64Redirected,
  ]
}
