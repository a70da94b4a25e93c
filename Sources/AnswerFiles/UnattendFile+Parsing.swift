import Findings
import TextInput

extension UnattendFile {
  /// The component that joins a domain during setup.
  public static let unattendedJoinComponent = "Microsoft-Windows-UnattendedJoin"
  /// The component that holds computer name and local accounts.
  public static let shellSetupComponent = "Microsoft-Windows-Shell-Setup"

  /// Parses answer-file bytes. `file` names the input in errors and evidence.
  /// Throws `InputError` (file:line:column and what was expected) for XML that is not well formed
  /// or whose root is not `<unattend>`.
  public static func parse(_ bytes: [UInt8], file: FileReference) throws(InputError)
    -> UnattendFile
  {
    let root = try XMLDocumentReader.read(bytes, file: file)
    guard root.name == "unattend" else {
      throw InputError(
        "expected the root element <unattend>, found <\(root.name)>",
        at: SourceLocation(file: file, line: root.line, column: root.column))
    }
    var model = UnattendFile(
      file: file, passes: [], joins: [], computerName: nil, administratorPassword: nil,
      offlineAdministratorPassword: nil, localAccounts: [], autoLogon: nil)
    for settings in root.children where settings.name == "settings" {
      let passName = settings.attributes["pass"] ?? ""
      var pass = SettingsPass(name: passName, line: settings.line, components: [])
      for node in settings.children where node.name == "component" {
        let component = UnattendComponent(
          name: node.attributes["name"] ?? "", processorArchitecture: node.attributes[
            "processorArchitecture"], pass: passName, line: node.line)
        pass.components.append(component)
        model.read(component: component, node: node)
      }
      model.passes.append(pass)
    }
    return model
  }

  /// Reads `file` through the one reader and decoding layer (so UTF-16 reaches the XML parser
  /// as UTF-8) and parses it: a `FileReadError` when it cannot be read as text, an `InputError`
  /// when it is not valid.
  public static func parse(_ file: FileReference) throws -> UnattendFile {
    try parse(InputFile.text(file), file: file)
  }

  private mutating func read(component: UnattendComponent, node: XMLNode) {
    switch component.name {
    case Self.unattendedJoinComponent:
      joins.append(Self.join(component: component, node: node))
    case Self.shellSetupComponent:
      readShellSetup(node)
    default:
      break
    }
  }

  private static func join(component: UnattendComponent, node: XMLNode) -> UnattendedJoin {
    let online = node.child("Identification")
    let identification = online ?? node.child("OfflineIdentification")
    var join = UnattendedJoin(
      pass: component.pass, componentLine: component.line,
      processorArchitecture: component.processorArchitecture,
      identificationLine: identification?.line, isOffline: online == nil && identification != nil)
    guard let id = identification else { return join }
    join.joinDomain = id.child("JoinDomain")?.locatedText
    join.joinWorkgroup = id.child("JoinWorkgroup")?.locatedText
    join.machineObjectOU = id.child("MachineObjectOU")?.locatedText
    join.unsecureJoin = id.child("UnsecureJoin")?.locatedText
    join.timeoutPeriodInMinutes = id.child("TimeoutPeriodInMinutes")?.locatedText
    join.debugJoin = id.child("DebugJoin")?.locatedText
    join.debugJoinOnlyOnThisError = id.child("DebugJoinOnlyOnThisError")?.locatedText
    join.machinePassword = id.child("MachinePassword").map(presence)
    if let credentials = id.child("Credentials") {
      join.credentials = JoinCredentials(
        line: credentials.line, domain: credentials.child("Domain")?.locatedText,
        username: credentials.child("Username")?.locatedText,
        password: credentials.child("Password").map(presence))
    }
    if let provisioning = id.child("Provisioning") {
      let data = provisioning.child("AccountData")
      let text = data?.trimmedText ?? ""
      join.provisioning = ProvisioningData(
        line: provisioning.line, accountDataLength: text.count, accountDataLine: data?.line,
        placeholder: UnattendLint.isPlaceholder(text) ? text : nil)
    }
    return join
  }

  private static func presence(_ node: XMLNode) -> SecretPresence {
    SecretPresence(line: node.line, isEmpty: node.trimmedText.isEmpty)
  }

  private mutating func readShellSetup(_ node: XMLNode) {
    if let name = node.child("ComputerName") { computerName = name.locatedText }
    if let accounts = node.child("UserAccounts") {
      if let admin = accounts.child("AdministratorPassword") {
        administratorPassword = Self.password(admin)
      }
      for account in accounts.child("LocalAccounts")?.children ?? []
      where account.name == "LocalAccount" {
        localAccounts.append(
          LocalAccount(
            line: account.line, name: account.child("Name")?.locatedText,
            group: account.child("Group")?.locatedText,
            displayName: account.child("DisplayName")?.locatedText,
            password: account.child("Password").map(Self.password)))
      }
    }
    if let offline = node.descendant("OfflineUserAccounts", "OfflineAdministratorPassword") {
      offlineAdministratorPassword = Self.password(offline)
    }
    if let auto = node.child("AutoLogon") {
      autoLogon = AutoLogon(
        line: auto.line, enabled: auto.child("Enabled")?.locatedText,
        username: auto.child("Username")?.locatedText, domain: auto.child("Domain")?.locatedText,
        logonCount: auto.child("LogonCount")?.locatedText,
        password: auto.child("Password").map(Self.password))
    }
  }

  private static func password(_ node: XMLNode) -> LocalAccountPassword {
    let value = node.child("Value")
    let plain = node.child("PlainText")?.trimmedText.lowercased()
    let plainText: Bool? =
      switch plain {
      case "true", "1": true
      case "false", "0": false
      default: nil
      }
    return LocalAccountPassword(
      element: node.name, plainText: plainText, line: node.line, valueLine: value?.line,
      value: value?.trimmedText ?? "")
  }
}

