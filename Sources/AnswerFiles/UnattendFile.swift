import Findings

/// An `unattend.xml` answer file reduced to what the troubleshooting analysers need: the settings
/// passes and components, the UnattendedJoin settings and the Shell-Setup accounts.
///
/// Secrets are never held in clear: domain-join passwords are kept only as present/empty, the
/// provisioning blob only as its length, local-account passwords as `LocalAccountPassword`.
public struct UnattendFile: Sendable, Hashable {
  /// The file, for evidence.
  public var file: FileReference
  /// Every `<settings pass=...>` in document order with its components.
  public var passes: [SettingsPass]
  /// Every Microsoft-Windows-UnattendedJoin component (specialize and offlineServicing).
  public var joins: [UnattendedJoin]
  /// Shell-Setup `ComputerName` (`*` means a generated name).
  public var computerName: Located<String>?
  public var administratorPassword: LocalAccountPassword?
  public var offlineAdministratorPassword: LocalAccountPassword?
  public var localAccounts: [LocalAccount]
  public var autoLogon: AutoLogon?

  /// The join Windows Setup performs online: the specialize-pass UnattendedJoin, else the first.
  public var join: UnattendedJoin? {
    joins.first { $0.pass == "specialize" } ?? joins.first
  }
}

/// One `<settings pass="...">` block.
public struct SettingsPass: Sendable, Hashable {
  /// The pass name (`windowsPE`, `offlineServicing`, `specialize`, `oobeSystem`, ...).
  public var name: String
  public var line: Int
  public var components: [UnattendComponent]
}

/// One `<component>`: its name and processor architecture, and where it is.
public struct UnattendComponent: Sendable, Hashable {
  public var name: String
  public var processorArchitecture: String?
  public var pass: String
  public var line: Int
}

/// The settings of one Microsoft-Windows-UnattendedJoin component.
public struct UnattendedJoin: Sendable, Hashable {
  /// The pass the component sits in (the join runs in specialize or offlineServicing).
  public var pass: String
  public var componentLine: Int
  public var processorArchitecture: String?
  /// The `Identification` (or `OfflineIdentification`) element, when present.
  public var identificationLine: Int?
  /// True for `OfflineIdentification` (offline servicing with a provisioning blob).
  public var isOffline: Bool
  public var joinDomain: Located<String>?
  public var joinWorkgroup: Located<String>?
  public var machineObjectOU: Located<String>?
  public var unsecureJoin: Located<String>?
  public var timeoutPeriodInMinutes: Located<String>?
  public var debugJoin: Located<String>?
  public var debugJoinOnlyOnThisError: Located<String>?
  public var credentials: JoinCredentials?
  /// `MachinePassword` (only meaningful with UnsecureJoin): presence only.
  public var machinePassword: SecretPresence?
  public var provisioning: ProvisioningData?

  /// `UnsecureJoin` read as a boolean (`true`/`1`, case-insensitive); false when absent.
  public var isUnsecureJoin: Bool {
    guard let text = unsecureJoin?.value.lowercased() else { return false }
    return text == "true" || text == "1"
  }
}

/// `Identification/Credentials`: domain and user kept, the password kept only as presence.
public struct JoinCredentials: Sendable, Hashable {
  public var line: Int
  public var domain: Located<String>?
  public var username: Located<String>?
  /// Domain account passwords are always clear text in answer files; only presence is kept.
  public var password: SecretPresence?
}

/// That a secret element was there, whether it had a value, and where; never the value.
public struct SecretPresence: Sendable, Hashable {
  public var line: Int
  public var isEmpty: Bool
}

/// `Provisioning/AccountData`, the `djoin /provision` blob (it holds the machine password).
public struct ProvisioningData: Sendable, Hashable {
  public var line: Int
  /// The blob's length in characters; 0 for an empty element.
  public var accountDataLength: Int
  public var accountDataLine: Int?
  /// The value when it is a template placeholder (`$Blob`, `{{ blob }}`), which holds no secret.
  public var placeholder: String?
}

/// A `UserAccounts/LocalAccounts/LocalAccount` entry.
public struct LocalAccount: Sendable, Hashable {
  public var line: Int
  public var name: Located<String>?
  public var group: Located<String>?
  public var displayName: Located<String>?
  public var password: LocalAccountPassword?
}

/// `AutoLogon`: which account logs on automatically and how often.
public struct AutoLogon: Sendable, Hashable {
  public var line: Int
  public var enabled: Located<String>?
  public var username: Located<String>?
  public var domain: Located<String>?
  public var logonCount: Located<String>?
  public var password: LocalAccountPassword?
}
