import Findings

extension RuleContext {
  /// `DJ-EMPTY-ELEMENT`: the string settings do not support empty elements.
  mutating func checkEmptyElements() {
    let plain: [(String, Located<String>?)] = [
      ("JoinDomain", join.joinDomain), ("JoinWorkgroup", join.joinWorkgroup),
      ("MachineObjectOU", join.machineObjectOU), ("UnsecureJoin", join.unsecureJoin),
      ("TimeoutPeriodInMinutes", join.timeoutPeriodInMinutes), ("DebugJoin", join.debugJoin),
      ("DebugJoinOnlyOnThisError", join.debugJoinOnlyOnThisError),
      ("Credentials/Domain", join.credentials?.domain),
      ("Credentials/Username", join.credentials?.username),
    ]
    for (element, value) in plain {
      guard let value, value.value.isEmpty else { continue }
      emptyFinding(element, evidence: evidence(element, value))
    }
    let secrets: [(String, SecretPresence?)] = [
      ("Credentials/Password", join.credentials?.password),
      ("MachinePassword", join.machinePassword),
    ]
    for (element, secret) in secrets {
      guard let secret, secret.isEmpty else { continue }
      let leaf = element.split(separator: "/").last.map(String.init) ?? element
      emptyFinding(element, evidence: secretEvidence(leaf, secret))
    }
    if let provisioning = join.provisioning, provisioning.accountDataLength == 0 {
      emptyFinding(
        "Provisioning/AccountData",
        evidence: SourceLocation(
          file, line: provisioning.accountDataLine ?? provisioning.line,
          text: "<AccountData />"))
    }
  }

  private mutating func emptyFinding(_ element: String, evidence: SourceLocation) {
    let setting = element.split(separator: "/").first.map(String.init) ?? element
    add(
      "DJ-EMPTY-ELEMENT", .warning, element: element,
      "\(element) is empty; the setting does not support empty elements, so Setup may reject "
        + "the answer file or join with an unintended value (MDT-style templates fill such "
        + "elements at deployment time).",
      evidence: evidence, fix: "Give \(element) a value or remove the element.",
      refs: [UnattendRefs.identification(setting)])
  }

  /// `DJ-WRONG-PASS`: the join runs only in specialize or offlineServicing.
  mutating func checkPass() {
    guard join.pass != "specialize", join.pass != "offlineServicing" else { return }
    add(
      "DJ-WRONG-PASS", .error, element: "component",
      "Microsoft-Windows-UnattendedJoin is in the \(join.pass.isEmpty ? "(unnamed)" : join.pass) "
        + "pass; Setup applies it only in specialize or offlineServicing, so no join happens.",
      evidence: SourceLocation(file, line: join.componentLine, text: "pass=\"\(join.pass)\""),
      fix: "Move the component into <settings pass=\"specialize\">.", refs: [UnattendRefs.component])
  }

  /// Domain with a qualified user name, UnsecureJoin with credentials, missing credentials,
  /// MachinePassword without UnsecureJoin, Provisioning overriding Credentials.
  mutating func checkCredentials() {
    let credentials = join.credentials
    if let domain = credentials?.domain, !domain.value.isEmpty,
      let user = credentials?.username, user.value.contains("@") || user.value.contains("\\")
    {
      let form = user.value.contains("@") ? "a UPN" : "in DOMAIN\\user form"
      add(
        "DJ-DOMAIN-WITH-QUALIFIED-USER", .warning, element: "Credentials/Domain",
        "Username '\(user.value)' is \(form), so Credentials/Domain must be omitted; with both, "
          + "the join account is resolved as Domain + Username and authentication can fail (0x52e).",
        evidence: evidence("Credentials/Domain", domain),
        fix: "Remove <Domain> from Credentials, or give Username as a bare account name.",
        refs: [
          UnattendRefs.identification("Credentials/Domain"),
          UnattendRefs.identification("Credentials/Username"),
        ])
    }
    if join.isUnsecureJoin, let credentials {
      add(
        "DJ-UNSECURE-WITH-CREDENTIALS", .error, element: "UnsecureJoin",
        "UnsecureJoin is true (join through a null session with a pre-created account) but "
          + "Credentials are given; Domain, Username and Password must not be specified then.",
        evidence: evidence("UnsecureJoin", join.unsecureJoin),
        fix: "Either set UnsecureJoin to false, or remove Credentials (line \(credentials.line)) "
          + "and pre-stage the computer account.",
        refs: [UnattendRefs.identification("UnsecureJoin")])
    }
    if let machine = join.machinePassword, !machine.isEmpty, !join.isUnsecureJoin {
      add(
        "DJ-MACHINEPASSWORD-WITHOUT-UNSECURE", .warning, element: "MachinePassword",
        "MachinePassword is only used with UnsecureJoin=true; here it is ignored.",
        evidence: secretEvidence("MachinePassword", machine),
        fix: "Remove MachinePassword, or set UnsecureJoin to true for a pre-staged account.",
        refs: [UnattendRefs.identification("MachinePassword")])
    }
    if let provisioning = join.provisioning, provisioning.accountDataLength > 0,
      let credentials
    {
      add(
        "DJ-PROVISIONING-OVERRIDES-CREDENTIALS", .warning, element: "Provisioning",
        "Both Provisioning/AccountData and Credentials are present; the provisioning blob wins "
          + "and the credentials (and JoinDomain/MachineObjectOU) are not used.",
        evidence: SourceLocation(file, line: provisioning.line, text: "<Provisioning>"),
        fix: "Keep one join method: remove Credentials (line \(credentials.line)) for an offline "
          + "join, or remove Provisioning for an online join.",
        refs: [UnattendRefs.identification("Provisioning")])
    }
    if let domain = Self.usable(join.joinDomain), credentials == nil, !join.isUnsecureJoin,
      join.provisioning == nil
    {
      add(
        "DJ-NO-CREDENTIALS", .warning, element: "JoinDomain",
        "JoinDomain is set but there are no Credentials, no UnsecureJoin and no Provisioning, "
          + "so the join has no identity to create or use the computer account.",
        evidence: evidence("JoinDomain", domain),
        fix: "Add Credentials (Domain, Username, Password) of an account allowed to join computers, "
          + "or use Provisioning with a djoin /provision blob.",
        refs: [UnattendRefs.identification("Credentials")])
    }
  }

  /// `DJ-DOMAIN-AND-WORKGROUP`: the two targets are mutually exclusive.
  mutating func checkTargets() {
    guard Self.given(join.joinDomain), Self.given(join.joinWorkgroup) else { return }
    add(
      "DJ-DOMAIN-AND-WORKGROUP", .warning, element: "JoinWorkgroup",
      "Both JoinDomain and JoinWorkgroup are set; they are mutually exclusive and JoinDomain "
        + "takes precedence, so JoinWorkgroup is ignored.",
      evidence: evidence("JoinWorkgroup", join.joinWorkgroup),
      fix: "Remove the one you do not mean.",
      refs: [
        UnattendRefs.identification("JoinWorkgroup"), UnattendRefs.identification("JoinDomain"),
      ])
  }

  /// `DJ-TIMEOUT-RANGE`: TimeoutPeriodInMinutes is an integer from 5 to 60.
  mutating func checkTimeout() {
    guard let timeout = Self.usable(join.timeoutPeriodInMinutes) else { return }
    if let minutes = Int(timeout.value), (5...60).contains(minutes) { return }
    add(
      "DJ-TIMEOUT-RANGE", .warning, element: "TimeoutPeriodInMinutes",
      "TimeoutPeriodInMinutes is '\(timeout.value)'; the documented range is 5 to 60 minutes "
        + "(default 15). The page says it applies to Windows 8 / Server 2012 only, and newer builds "
        + "were measured retrying for about 15 minutes whatever the value.",
      evidence: evidence("TimeoutPeriodInMinutes", timeout),
      fix: "Use a whole number of minutes from 5 to 60, or omit the element for the default.",
      refs: [UnattendRefs.identification("TimeoutPeriodInMinutes")])
  }

  /// `DJ-TEMPLATE-PLACEHOLDER`: values filled at deployment time cannot be checked here.
  mutating func checkPlaceholders() {
    let values: [(String, Located<String>?)] = [
      ("JoinDomain", join.joinDomain), ("JoinWorkgroup", join.joinWorkgroup),
      ("MachineObjectOU", join.machineObjectOU), ("Credentials/Domain", join.credentials?.domain),
      ("Credentials/Username", join.credentials?.username),
      ("TimeoutPeriodInMinutes", join.timeoutPeriodInMinutes),
    ]
    var placeholders = values
    if let provisioning = join.provisioning, let text = provisioning.placeholder {
      placeholders.append(
        (
          "Provisioning/AccountData",
          Located(text, line: provisioning.accountDataLine ?? provisioning.line)
        ))
    }
    for (element, value) in placeholders {
      guard let value, UnattendLint.isPlaceholder(value.value) else { continue }
      add(
        "DJ-TEMPLATE-PLACEHOLDER", .info, element: element,
        "\(element) is a template placeholder ('\(value.value)') filled at deployment time; "
          + "check the generated answer file, not the template.",
        evidence: evidence(element, value),
        fix: "analyze the answer file the deployment tool generates from this template",
        refs: [UnattendRefs.identification(element.split(separator: "/").first.map(String.init)
          ?? element)])
    }
  }
}
