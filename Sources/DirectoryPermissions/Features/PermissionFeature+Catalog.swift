/// The feature catalog, from the reference notes (permissions.md 4.2, permissions-tools.md
/// 3.1-3.3) and the data file aadconnect-permission-sets.json.
extension PermissionFeature {
  public static let configurePage =
    "learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-configure-ad-ds-connector-account"
  static let accountsPage =
    "learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-accounts-permissions"
  static let ssprPage =
    "learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr-writeback"
  static let gmsaPage = "learn.microsoft.com/entra/identity/hybrid/cloud-sync/gmsa-cloud-sync"
  static let attributesPage =
    "learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-sync-attributes-synchronized#exchange-hybrid-writeback"
  public static let module = "AdSyncConfig.psm1 (Evangeliste/ActiveDirectory copy, pre-2.0.3.0)"
  static let versionHistory =
    "learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-version-history (2.0.25.1)"
  static let deviceWritebackPage =
    "learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-device-writeback"

  static let userClasses = ["user", "inetOrgPerson"]
  static let exchangeUserAttributes = [
    "msDS-ExternalDirectoryObjectId", "msExchArchiveStatus", "msExchBlockedSendersHash",
    "msExchSafeRecipientsHash", "msExchSafeSendersHash", "msExchUCVoiceMailSettings",
    "msExchUserHoldPolicies", "proxyAddresses", "publicDelegates",
  ]

  /// Every feature, Connect Sync first.
  public static let catalog: [PermissionFeature] = [
    basicRead, passwordHashSync, passwordWriteback, consistencyGuid, exchangeHybrid,
    exchangePublicFolders, groupWriteback, deviceWriteback, restrictedPermissions, cloudSync,
  ]

  public static func named(_ id: String) -> PermissionFeature? {
    catalog.first { $0.id == id.lowercased() }
  }

  static let basicRead = PermissionFeature(
    id: "basic-read", title: "Basic read (import)", product: .connectSync,
    cmdlet: "Set-ADSyncBasicReadPermissions",
    requirements: [
      "computer", "device", "foreignSecurityPrincipal", "user", "inetOrgPerson", "group",
      "contact",
    ].map {
      PermissionRequirement(
        "RP", on: .descendants([$0]), purpose: "import reads every property",
        sources: [configurePage, module])
    } + [
      PermissionRequirement(
        "CR", "Replicating Directory Changes", on: .domainRoot,
        purpose: "import (DirSync control)", sources: [configurePage, versionHistory])
    ],
    grants: [
      GrantForm(
        name: "AdSyncConfig",
        statements: [
          "RP;;computer", "RP;;device", "RP;;foreignSecurityPrincipal", "RP;;user",
          "RP;;inetOrgPerson", "RP;;group", "RP;;contact",
        ].map { GrantForm.Statement($0) } + [
          GrantForm.Statement("CA;Replicating Directory Changes", nil, domainRootOnly: true)
        ], source: module)
    ],
    disagreements: [
      "dsacls's 'device' is the RFC 1274 class bf967a8e-..., not msDS-Device (5df2b673-...) "
        + "that RegisteredDevices objects use; the support article's default list names "
        + "msDS-Device [verify]"
    ],
    sources: [configurePage, module, versionHistory])

  static let passwordHashSync = PermissionFeature(
    id: "password-hash-sync", title: "Password hash sync", product: .connectSync,
    cmdlet: "Set-ADSyncPasswordHashSyncPermissions",
    requirements: [
      PermissionRequirement(
        "CR", "Replicating Directory Changes", on: .domainRoot, purpose: "read password hashes",
        sources: [configurePage, module]),
      PermissionRequirement(
        "CR", "Replicating Directory Changes All", on: .domainRoot,
        purpose: "read password hashes", sources: [configurePage, module]),
    ],
    grants: [
      GrantForm(
        name: "AdSyncConfig",
        statements: [
          GrantForm.Statement("CA;Replicating Directory Changes", nil, domainRootOnly: true),
          GrantForm.Statement("CA;Replicating Directory Changes All", nil, domainRootOnly: true),
        ], source: module)
    ],
    disagreements: [], sources: [configurePage, module])

  static let passwordWriteback = PermissionFeature(
    id: "password-writeback", title: "Password writeback (SSPR)", product: .connectSync,
    cmdlet: "Set-ADSyncPasswordWritebackPermissions",
    requirements: userClasses.flatMap { cls in
      [
        PermissionRequirement(
          "CR", "Reset Password", on: .descendants([cls]), purpose: "reset a password",
          sources: [configurePage, module, ssprPage]),
        PermissionRequirement(
          "WP", "lockoutTime", on: .descendants([cls]), purpose: "unlock the account",
          sources: [configurePage, module, ssprPage]),
        PermissionRequirement(
          "WP", "pwdLastSet", on: .descendants([cls]), purpose: "force change at next logon",
          sources: [configurePage, module, ssprPage]),
        PermissionRequirement(
          "CR", "Change Password", on: .descendants([cls]),
          purpose: "change a password (SSPR tutorial only)", sources: [ssprPage]),
      ]
    } + [
      PermissionRequirement(
        "CR", "Unexpire Password", on: .domainRoot, purpose: "unexpire a password",
        sources: [ssprPage])
    ],
    grants: [
      GrantForm(
        name: "hybridbench (module + SSPR tutorial + inetOrgPerson)",
        statements: userClasses.flatMap { cls in
          [
            GrantForm.Statement("CA;Reset Password;\(cls)"),
            GrantForm.Statement("WP;lockoutTime;\(cls)"),
            GrantForm.Statement("WP;pwdLastSet;\(cls)"),
            GrantForm.Statement("CA;Change Password;\(cls)"),
          ]
        } + [
          GrantForm.Statement("CA;Unexpire Password", .thisAndSubobjects, domainRootOnly: true)
        ], source: "\(module); \(ssprPage); AADConnectPermissions.ps1 (inetOrgPerson)"),
      GrantForm(
        name: "AdSyncConfig",
        statements: [
          GrantForm.Statement("CA;Reset Password;user"), GrantForm.Statement("WP;lockoutTime;user"),
          GrantForm.Statement("WP;pwdLastSet;user"),
        ], source: module),
    ],
    disagreements: [
      "Change Password: the SSPR tutorial (\(ssprPage)) lists it; AdSyncConfig's "
        + "Set-ADSyncPasswordWritebackPermissions does not grant it (the default user "
        + "descriptor and AdminSDHolder give it to Everyone and SELF); entra-docs#584 is open",
      "Unexpire Password: the SSPR tutorial asks for it on each domain root, 'This object and all "
        + "descendant objects'; the Cloud Sync gMSA page (\(gmsaPage)) says 'This object only'",
      "AdSyncConfig grants on 'user' only; an inetOrgPerson needs its own ACEs because "
        + "InheritedObjectType is compared with the most specific structural class "
        + "([MS-ADTS] 6.1.3)",
    ],
    sources: [configurePage, module, ssprPage])

  static let consistencyGuid = PermissionFeature(
    id: "consistency-guid", title: "ms-DS-ConsistencyGuid as source anchor",
    product: .connectSync, cmdlet: "Set-ADSyncMsDsConsistencyGuidPermissions",
    requirements: ["RP", "WP"].map {
      PermissionRequirement(
        $0, "mS-DS-ConsistencyGuid", on: .descendants(["user"]),
        purpose: "write the source anchor", sources: [configurePage, module])
    },
    grants: [
      GrantForm(
        name: "AdSyncConfig", statements: [GrantForm.Statement("RPWP;mS-DS-ConsistencyGuid;user")],
        source: module)
    ],
    disagreements: [
      "The accounts page (\(accountsPage)) says 'Write permissions'; the configure page "
        + "(\(configurePage)) says 'Read/Write property'",
      "Connect grants on descendant user objects only; Cloud Sync (\(gmsaPage)) on user and group",
    ],
    sources: [configurePage, accountsPage, module])

  static let exchangeHybrid = PermissionFeature(
    id: "exchange-hybrid", title: "Exchange hybrid writeback", product: .connectSync,
    cmdlet: "Set-ADSyncExchangeHybridPermissions",
    requirements: userClasses.flatMap { cls in
      exchangeUserAttributes.map {
        PermissionRequirement(
          "WP", $0, on: .descendants([cls]), purpose: "Exchange hybrid writeback",
          sources: [attributesPage])
      }
    } + ["group", "contact"].map {
      PermissionRequirement(
        "WP", "proxyAddresses", on: .descendants([$0]), purpose: "Exchange hybrid writeback",
        sources: [attributesPage])
    },
    grants: [
      GrantForm(
        name: "least privilege (the 9 attributes of the current list)",
        statements: userClasses.flatMap { cls in
          exchangeUserAttributes.map { GrantForm.Statement("WP;\($0);\(cls)") }
        } + ["group", "contact"].map { GrantForm.Statement("WP;proxyAddresses;\($0)") },
        source: "\(attributesPage); c7solutions script; AADConnectPermissions.ps1"),
      GrantForm(
        name: "AdSyncConfig (read/write all properties)",
        statements: ["user", "inetOrgPerson", "group", "contact"].map {
          GrantForm.Statement("RPWP;;\($0)")
        }, source: "\(module); \(configurePage)"),
    ],
    disagreements: [
      "AdSyncConfig and the configure page grant Read/Write ALL properties on user, "
        + "inetOrgPerson, group and contact; the attribute list (\(attributesPage)) needs 9 "
        + "attributes; older scripts grant fewer (publicDelegates arrived with 1.1.552.0)",
      "msExchArchiveStatus, msExchUCVoiceMailSettings and msExchUserHoldPolicies have no "
        + "public schemaIDGUID: they resolve from a loaded schema export or stay unknown",
    ],
    sources: [attributesPage, configurePage, module])

  static let exchangePublicFolders = PermissionFeature(
    id: "exchange-public-folders", title: "Exchange mail public folders", product: .connectSync,
    cmdlet: "Set-ADSyncExchangeMailPublicFolderPermissions",
    requirements: [
      PermissionRequirement(
        "RP", on: .descendants(["publicFolder"]), purpose: "read mail-enabled public folders",
        sources: [configurePage, module])
    ],
    grants: [
      GrantForm(name: "AdSyncConfig", statements: [GrantForm.Statement("RP;;publicFolder")], source: module)
    ],
    disagreements: [], sources: [configurePage, module])

  static let groupWriteback = PermissionFeature(
    id: "group-writeback", title: "Group writeback", product: .connectSync,
    cmdlet: "Set-ADSyncUnifiedGroupWritebackPermissions",
    requirements: [
      PermissionRequirement(
        "CC", "group", on: .scopeRoot, purpose: "create written-back groups",
        sources: [configurePage, module]),
      PermissionRequirement(
        "DC", "group", on: .scopeRoot, purpose: "delete written-back groups",
        sources: [configurePage, module]),
      PermissionRequirement(
        "RPWP", on: .descendants(["group"]), purpose: "write group properties and members",
        sources: [configurePage, module]),
    ],
    grants: [
      GrantForm(
        name: "AdSyncConfig",
        statements: [GrantForm.Statement("GRGWCCDCSDDT;;group", .thisAndSubobjects)],
        source: module)
    ],
    disagreements: [
      "The configure page says 'All attributes of object type group and subobjects'; the "
        + "module's /I:T ';;group' grant is CI with InheritedObjectType group, effective on the "
        + "target OU itself too (an explicit ACE's InheritedObjectType is not checked)"
    ],
    sources: [configurePage, module])

  static let deviceWriteback = PermissionFeature(
    id: "device-writeback", title: "Device writeback", product: .connectSync,
    cmdlet: "Initialize-ADSyncDeviceWriteback",
    requirements: [
      PermissionRequirement(
        "CC", "msDS-Device", on: .scopeRoot, purpose: "create device objects",
        sources: [deviceWritebackPage]),
      PermissionRequirement(
        "RPWP", on: .descendants(["msDS-Device"]), purpose: "write device attributes",
        sources: [deviceWritebackPage]),
    ],
    grants: [
      GrantForm(
        name: "inferred from the screenshots [verify]",
        statements: [
          GrantForm.Statement("CCDC;msDS-Device", nil),
          GrantForm.Statement("RPWP;;msDS-Device"),
        ], source: deviceWritebackPage)
    ],
    disagreements: [
      "The exact ACLs Initialize-ADSyncDeviceWriteback sets on CN=RegisteredDevices are shown "
        + "only as screenshots (\(deviceWritebackPage)); these grants are inferred [verify]"
    ],
    sources: [deviceWritebackPage])

  static let restrictedPermissions = PermissionFeature(
    id: "restricted-permissions", title: "Restricted permissions on the connector account",
    product: .connectSync, cmdlet: "Set-ADSyncRestrictedPermissions",
    requirements: [],
    grants: [],
    disagreements: [],
    sources: [configurePage, module])

  static let cloudSync = PermissionFeature(
    id: "cloud-sync", title: "Cloud Sync gMSA (provAgentgMSA$)", product: .cloudSync,
    cmdlet: "Set-AADCloudSyncPermissions",
    requirements: ["user", "group"].map {
      PermissionRequirement(
        "WP", "mS-DS-ConsistencyGuid", on: .descendants([$0]), purpose: "source anchor",
        sources: [gmsaPage])
    } + ["user", "msDS-Device"].map {
      PermissionRequirement(
        "WP", "msDS-KeyCredentialLink", on: .descendants([$0]),
        purpose: "Windows Hello for Business keys", sources: [gmsaPage])
    } + [
      PermissionRequirement(
        "CR", "Replicating Directory Changes", on: .domainRoot, purpose: "password hash sync",
        sources: [gmsaPage]),
      PermissionRequirement(
        "CR", "Replicating Directory Changes All", on: .domainRoot,
        purpose: "password hash sync", sources: [gmsaPage]),
      PermissionRequirement(
        "CR", "Reset Password", on: .descendants(["user"]), purpose: "password writeback",
        sources: [gmsaPage]),
      PermissionRequirement(
        "WP", "lockoutTime", on: .descendants(["user"]), purpose: "password writeback",
        sources: [gmsaPage]),
      PermissionRequirement(
        "WP", "pwdLastSet", on: .descendants(["user"]), purpose: "password writeback",
        sources: [gmsaPage]),
      PermissionRequirement(
        "CR", "Unexpire Password", on: .domainRoot, purpose: "password writeback",
        sources: [gmsaPage]),
    ],
    grants: [
      GrantForm(
        name: "Set-AADCloudSyncPermissions",
        statements: [
          GrantForm.Statement("WP;mS-DS-ConsistencyGuid;user"),
          GrantForm.Statement("WP;mS-DS-ConsistencyGuid;group"),
          GrantForm.Statement("WP;msDS-KeyCredentialLink;user"),
          GrantForm.Statement("WP;msDS-KeyCredentialLink;msDS-Device"),
          GrantForm.Statement("CA;Replicating Directory Changes", nil, domainRootOnly: true),
          GrantForm.Statement("CA;Replicating Directory Changes All", nil, domainRootOnly: true),
          GrantForm.Statement("CA;Reset Password;user"),
          GrantForm.Statement("WP;lockoutTime;user"),
          GrantForm.Statement("WP;pwdLastSet;user"),
          GrantForm.Statement("CA;Unexpire Password", nil, domainRootOnly: true),
        ], source: gmsaPage)
    ],
    disagreements: [
      "Unexpire Password: 'This object only' on the domain root here (\(gmsaPage)); the SSPR "
        + "tutorial (\(ssprPage)) says 'This object and all descendant objects'",
      "ConsistencyGuid on user AND group here; Connect grants it on user only (\(configurePage))",
      "A custom gMSA gets no permissions from the installer; the page's table for it asks Full "
        + "control on descendant group objects and create/delete user objects",
    ],
    sources: [gmsaPage])
}
