extension StatusCodeTable {
  static func row(
    _ code: UInt32, _ name: String, kind: CodeKind = .win32, slug: String, meaning: String,
    fix: String? = nil, benign: String? = nil, markers: [String] = [], sources: [String]
  ) -> StatusCode {
    StatusCode(
      code: code, kind: kind, name: name, meaning: meaning, fix: fix, benignWhen: benign,
      benignMarkers: markers, slug: slug, sources: sources)
  }

  /// Win32 and NetAPI codes seen in domain-join failures.
  static let win32: [StatusCode] = [
    row(0x0, "NERR_Success", slug: "SUCCESS", meaning: "The operation succeeded.",
        benign: "always", sources: [Sources.lmerr]),
    row(0x2, "ERROR_FILE_NOT_FOUND", slug: "FILE-NOT-FOUND",
        meaning: "The system cannot find the file specified; in a join, the OU named by "
          + "MachineObjectOU/-OUPath is missing or is a container such as CN=Computers.",
        fix: "Name a real OU=... DN that exists, or omit the OU so the account goes to the "
          + "default computer container.",
        benign: "when NetpLoadParameters defaults a registry value, or a registry/OP-state "
          + "lookup finds nothing",
        markers: ["NetpLoadParameters", "RegQueryValueEx", "OP state key"],
        sources: [Sources.ouLab, Sources.winerror]),
    row(0x5, "ERROR_ACCESS_DENIED", slug: "ACCESS-DENIED",
        meaning: "Access is denied: the SMB session or the computer object's ACL refused the "
          + "join account.",
        fix: "Check SMB signing policy on client and DC, delegate \"Create computer objects\" on "
          + "the OU, or pre-stage the account for the join user.",
        sources: [Sources.errors, Sources.winerror]),
    row(0x32, "ERROR_NOT_SUPPORTED", slug: "NOT-SUPPORTED",
        meaning: "The DC rejected the SMB session setup (NTLM/LM security policy).",
        fix: "Align the client's and DC's LAN Manager authentication / NTLM restriction policies.",
        sources: ["Microsoft support: status-code-0x32-cannot-join-domain.md", Sources.winerror]),
    row(0x35, "ERROR_BAD_NETPATH", slug: "BAD-NETPATH",
        meaning: "The network path was not found (SMB/NetBIOS reachability of the DC). Not to be "
          + "confused with LDAP result 0x35 in ldap_add_s lines.",
        fix: "Check name resolution of the DC and that TCP 445 is open.",
        sources: [Sources.winerror]),
    row(0x3a, "ERROR_BAD_NET_RESP", slug: "BAD-NET-RESP",
        meaning: "The specified server cannot perform the requested operation: the LDAP bind "
          + "to the DC failed.",
        fix: "Open TCP/UDP 389 to the DC (Test-NetConnection <dc> -Port 389).",
        sources: [Sources.guidance, Sources.winerror]),
    row(0x40, "ERROR_NETNAME_DELETED", slug: "NETNAME-DELETED",
        meaning: "The network connection to the DC was dropped while setting up the session.",
        fix: "Open TCP 88 (Kerberos) and 445 between the client and the DC.",
        sources: [Sources.guidance, Sources.winerror]),
    row(0x43, "ERROR_BAD_NET_NAME", slug: "BAD-NET-NAME", meaning: "The network name cannot be found.",
        fix: "Check DNS and the DC name; update the NIC driver.",
        sources: [Sources.errors, Sources.winerror]),
    row(0x7b, "ERROR_INVALID_NAME", slug: "INVALID-NAME",
        meaning: "The name syntax is incorrect.",
        fix: "Check the domain or computer name typed.",
        benign: "when an FQDN is checked as a NetBIOS domain name",
        markers: ["is not a valid NetBIOS domain name"], sources: [Sources.winerror]),
    row(0x4c3, "ERROR_SESSION_CREDENTIAL_CONFLICT", slug: "SESSION-CREDENTIAL-CONFLICT",
        meaning: "A session to the DC already exists under another user name.",
        fix: "Disconnect mapped drives/sessions to the DC (net use * /delete) or reboot.",
        sources: [Sources.errors, Sources.winerror]),
    row(0x525, "ERROR_NO_SUCH_USER", slug: "NO-SUCH-USER",
        meaning: "The specified account does not exist.",
        fix: "Check the user name of the join account.",
        benign: "when the DC locator finds no DC holding the new computer account yet",
        markers: ["having account"], sources: [Sources.logAnalysis, Sources.winerror]),
    row(0x52e, "ERROR_LOGON_FAILURE", slug: "LOGON-FAILURE",
        meaning: "Unknown user name or bad password for the join account.",
        fix: "Check the join account's user name, password and domain form (UPN or DOMAIN\\user "
          + "without a separate Domain); if correct credentials still fail in unattended setup, "
          + "consider offline domain join (djoin /provision).",
        sources: [Sources.errors, Sources.winerror]),
    row(0x534, "ERROR_NONE_MAPPED", slug: "NONE-MAPPED",
        meaning: "No mapping between account names and security IDs was done: the computer "
          + "account was not found.",
        fix: "Only a failure when it is the last attempt: check replication of a pre-created "
          + "account or let the join create it.",
        benign: "on a first pass without ACCT_CREATE (Options 0x25) that looks for a pre-created "
          + "account and is followed by a creating attempt",
        markers: ["NetpGetComputerObjectDn failed"], sources: [Sources.guidance, Sources.logAnalysis]),
    row(0x54b, "ERROR_NO_SUCH_DOMAIN", slug: "NO-SUCH-DOMAIN",
        meaning: "The specified domain either does not exist or could not be contacted: the DC "
          + "locator found no domain controller.",
        fix: "Point the client's DNS at AD DNS, check the _ldap._tcp.dc._msdcs SRV records, use "
          + "the DNS domain name, then nltest /dsgetdc:<domain> /force.",
        sources: [Sources.guidance, Sources.winerror]),
    row(0x569, "ERROR_LOGON_TYPE_NOT_GRANTED", slug: "LOGON-TYPE-NOT-GRANTED",
        meaning: "The join account lacks a logon right on the DC.",
        fix: "Grant \"Access this computer from the network\" in the DC policy.",
        sources: ["Microsoft support: error-0x569-not-granted-logon-type.md", Sources.winerror]),
    row(0x5b4, "ERROR_TIMEOUT", slug: "TIMEOUT",
        meaning: "The operation timed out (DNS SRV query).", fix: "Check reachability of the DNS server.",
        sources: [Sources.guidance, Sources.winerror]),
    row(0x6ba, "RPC_S_SERVER_UNAVAILABLE", slug: "RPC-SERVER-UNAVAILABLE",
        meaning: "The RPC server is unavailable: RPC to the DC failed.",
        fix: "Open TCP 135 and the dynamic RPC range 49152-65535 to the DC.",
        sources: [Sources.guidance, Sources.winerror]),
    row(0x6bf, "RPC_S_CALL_FAILED_DNE", slug: "RPC-CALL-FAILED-DNE",
        meaning: "The remote procedure call failed and did not execute: packets were dropped "
          + "mid-call.",
        fix: "Check routers, firewalls and VPNs on the path; disable TCP offload features.",
        sources: [Sources.guidance, Sources.winerror]),
    row(0x6d9, "EPT_S_NOT_REGISTERED", slug: "EPT-NOT-REGISTERED",
        meaning: "No endpoints are available from the endpoint mapper.",
        fix: "Open TCP 135 and 49152-65535 to the DC.", sources: [Sources.guidance, Sources.winerror]),
    row(0x8b0, "NERR_UserExists", slug: "USER-EXISTS",
        meaning: "The computer account already exists (downlevel NetUserAdd).",
        fix: "Reuse it as its creator or an admin, or delete the stale account.",
        sources: [Sources.reuse, Sources.lmerr]),
    row(0x8bf, "NERR_AccountExpired", slug: "ACCOUNT-EXPIRED",
        meaning: "The join account has expired.",
        fix: "Extend the join account's expiry date or use another account.",
        sources: [Sources.lmerr]),
    row(0xa83, "NERR_SetupAlreadyJoined", slug: "ALREADY-JOINED",
        meaning: "This computer is already joined to a domain.", sources: [Sources.lmerr]),
    row(0xa84, "NERR_SetupNotJoined", slug: "NOT-JOINED",
        meaning: "This computer is not currently joined to a domain.", sources: [Sources.lmerr]),
    row(0xa85, "NERR_SetupDomainController", slug: "IS-DOMAIN-CONTROLLER",
        meaning: "This machine is a domain controller and cannot be unjoined.", sources: [Sources.lmerr]),
    row(0xa86, "NERR_DefaultJoinRequired", slug: "DEFAULT-JOIN-REQUIRED",
        meaning: "The destination DC does not support creating machine accounts in OUs.",
        fix: "Drop the OU and join into the default container.", sources: [Sources.lmerr]),
    row(0xa89, "NERR_ComputerAccountNotFound", slug: "COMPUTER-ACCOUNT-NOT-FOUND",
        meaning: "The computer account could not be found (deleted).",
        fix: "Unjoin, reboot and join again.", sources: [Sources.lmerr]),
    row(0xa8a, "NERR_PersonalSku", slug: "PERSONAL-SKU",
        meaning: "This version of Windows cannot be joined to a domain (Home edition).",
        fix: "Upgrade to Pro, Enterprise or Education.", sources: [Sources.lmerr]),
    row(0xa8b, "NERR_SetupCheckDNSConfig", slug: "CHECK-DNS-CONFIG",
        meaning: "An attempt to resolve the DNS name of a DC in the domain failed.",
        fix: "Fix the client's DNS servers and the DC's A/SRV records; check single-label or "
          + "disjoint names.", sources: [Sources.guidance, Sources.lmerr]),
    row(0xa8c, "NERR_AlreadyCloudDomainJoined", slug: "ALREADY-CLOUD-JOINED",
        meaning: "The device is already joined to Microsoft Entra ID (Azure AD).",
        fix: "Disconnect it from work or school first.", sources: [Sources.lmerr]),
    row(0xa99, "NERR_JoinPerformedMustRestart", slug: "RESTART-REQUIRED",
        meaning: "The join was performed; a restart is needed to complete it.",
        fix: "Restart the computer.", benign: "always (informational)",
        sources: [Sources.logAnalysis, Sources.lmerr]),
    row(0xaac, "NERR_AccountReuseBlockedByPolicy", slug: "ACCOUNT-REUSE-BLOCKED",
        meaning: "Reusing an existing computer account created by someone else is blocked by "
          + "the KB5020276 hardening.",
        fix: "Join as the account's creator or a domain admin, delete the stale account, or allow "
          + "it with \"Domain controller: Allow computer account re-use during domain join\".",
        sources: [Sources.reuse]),
    row(0x2030, "ERROR_DS_NO_SUCH_OBJECT", slug: "DS-NO-SUCH-OBJECT",
        meaning: "The directory object does not exist.",
        benign: "during the account-reuse check, when no computer object exists yet",
        markers: ["NetStatus", "Ldap Search failed", "ShouldBeReused"],
        sources: [Sources.logAnalysis, Sources.winerror]),
    row(0x208d, "ERROR_DS_OBJ_NOT_FOUND", slug: "DS-OBJ-NOT-FOUND",
        meaning: "The directory object was not found: the OU DN does not exist.",
        fix: "Correct or create the OU.", sources: [Sources.winerror]),
    row(0x216d, "ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED", slug: "MACHINE-ACCOUNT-QUOTA",
        meaning: "The join account exceeded ms-DS-MachineAccountQuota (default 10) or lacks the "
          + "right to add workstations.",
        fix: "Delegate \"Create computer objects\" on the OU, pre-stage the account, or use an "
          + "admin account.", sources: [Sources.guidance, Sources.errors]),
    row(0x232a, "DNS_ERROR_RCODE_SERVER_FAILURE", slug: "DNS-SERVER-FAILURE",
        meaning: "The DNS server failed the query (often a NetBIOS domain name typed).",
        fix: "Type the DNS domain name.", sources: [Sources.guidance, Sources.winerror]),
    row(0x2746, "WSAECONNRESET", slug: "CONNECTION-RESET",
        meaning: "The connection was reset while verifying the DC's DNS A record.",
        fix: "Check the DNS server and the path to it.", sources: [Sources.guidance, Sources.winerror]),
  ]
}
