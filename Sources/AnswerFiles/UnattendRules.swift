import Findings

/// The rules `check unattend` runs over an answer file, declared once for the catalog; the
/// checks that emit them are in `UnattendLint+*Rules.swift`.
extension Rule {
  private static func page(_ setting: String) -> String { UnattendRefs.identification(setting) }

  public static let djOUNotADN = Rule(
    "DJ-OU-NOT-A-DN", .error, title: "MachineObjectOU must be an LDAP distinguished name",
    explanation: "The setting takes the X.500 DN of an OU (OU=Servers,DC=contoso,DC=com); any "
      + "other text makes the join fail when the account is created.",
    fix: "Write the OU as a DN, or omit the element to use the default computer container.",
    sources: [page("MachineObjectOU"), UnattendRefs.joinTroubleshooting])
  public static let djOUNotOU = Rule(
    "DJ-OU-NOT-OU", .error, title: "MachineObjectOU must name an organizational unit",
    explanation: "A container such as CN=Computers is not an OU: the join fails with 0x2 and "
      + "NetSetup.log says \"Specified path ... is not an OU\"; the downlevel retry cannot use an "
      + "OU either.",
    fix: "Omit MachineObjectOU to use CN=Computers, or name a real OU=... DN.",
    sources: [page("MachineObjectOU"), UnattendRefs.joinTroubleshooting])
  public static let djOUMissing = Rule(
    "DJ-OU-MISSING", .error, title: "MachineObjectOU must exist in the directory",
    explanation: "The loaded environment's directory has no object at that DN; the join fails "
      + "when the OU cannot be found.",
    fix: "Create the OU, correct the DN's spelling, or omit the element.",
    sources: [page("MachineObjectOU"), UnattendRefs.joinTroubleshooting])
  public static let djOUVerified = Rule(
    "DJ-OU-VERIFIED", .info, title: "MachineObjectOU exists and is an OU",
    explanation: "The loaded environment confirms the OU the answer file names; nothing to do.",
    fix: "None needed.",
    sources: [page("MachineObjectOU"), UnattendRefs.joinTroubleshooting])
  public static let djJoinPasswordClear = Rule(
    "DJ-JOIN-PASSWORD-CLEAR", .info, title: "the domain join password is stored in clear text",
    explanation: "Answer files cannot hide domain account passwords; anyone who can read the "
      + "file has the join account.",
    fix: "Use a join account limited to one OU, delete the answer file after setup, or use "
      + "Provisioning (djoin /provision).",
    sources: [UnattendRefs.plainText, page("Credentials/Password")])
  public static let uaHiddenPasswordNoSuffix = Rule(
    "UA-HIDDEN-PASSWORD-NO-SUFFIX", .warning,
    title: "a hidden password must end with the element-name suffix",
    explanation: "Windows encodes hidden values as base64(UTF-16LE(password + element name)); "
      + "without the suffix, Setup sets a different password than the one intended.",
    fix: "Re-encode the value with the suffix, or use PlainText true.",
    sources: [UnattendRefs.plainText])
  public static let uaHiddenPasswordInvalid = Rule(
    "UA-HIDDEN-PASSWORD-INVALID", .error,
    title: "a hidden password must be base64 of UTF-16LE text",
    explanation: "With PlainText false, Setup decodes the value; a value that is not base64 of "
      + "UTF-16LE text cannot be decoded and the account gets no usable password.",
    fix: "Encode the value as base64(UTF-16LE(password + element name)), or set PlainText true.",
    sources: [UnattendRefs.plainText])
  public static let djEmptyElement = Rule(
    "DJ-EMPTY-ELEMENT", .warning, title: "UnattendedJoin string settings must not be empty",
    explanation: "The settings do not support empty elements; Setup may reject the answer file "
      + "or join with an unintended value (templates fill such elements at deployment time).",
    fix: "Give the element a value or remove it.", sources: [UnattendRefs.component])
  public static let djWrongPass = Rule(
    "DJ-WRONG-PASS", .error, title: "UnattendedJoin runs only in specialize or offlineServicing",
    explanation: "Setup applies Microsoft-Windows-UnattendedJoin only in those passes; in any "
      + "other pass the component is ignored and no join happens.",
    fix: "Move the component into <settings pass=\"specialize\">.",
    sources: [UnattendRefs.component])
  public static let djDomainWithQualifiedUser = Rule(
    "DJ-DOMAIN-WITH-QUALIFIED-USER", .warning,
    title: "Credentials/Domain must be omitted when Username is qualified",
    explanation: "With a UPN or DOMAIN\\user name and a Domain, the join account is resolved as "
      + "Domain + Username and authentication can fail (0x52e).",
    fix: "Remove <Domain> from Credentials, or give Username as a bare account name.",
    sources: [page("Credentials/Domain"), page("Credentials/Username")])
  public static let djUnsecureWithCredentials = Rule(
    "DJ-UNSECURE-WITH-CREDENTIALS", .error, title: "UnsecureJoin excludes Credentials",
    explanation: "UnsecureJoin joins through a null session with a pre-created account; Domain, "
      + "Username and Password must not be specified then.",
    fix: "Set UnsecureJoin to false, or remove Credentials and pre-stage the computer account.",
    sources: [page("UnsecureJoin")])
  public static let djMachinePasswordWithoutUnsecure = Rule(
    "DJ-MACHINEPASSWORD-WITHOUT-UNSECURE", .warning,
    title: "MachinePassword is only used with UnsecureJoin",
    explanation: "Without UnsecureJoin=true the value is ignored, so the pre-staged account's "
      + "password is never used.",
    fix: "Remove MachinePassword, or set UnsecureJoin to true for a pre-staged account.",
    sources: [page("MachinePassword")])
  public static let djProvisioningOverridesCredentials = Rule(
    "DJ-PROVISIONING-OVERRIDES-CREDENTIALS", .warning,
    title: "Provisioning and Credentials are two join methods",
    explanation: "When both are present the provisioning blob wins; Credentials, JoinDomain and "
      + "MachineObjectOU are not used.",
    fix: "Keep one join method.", sources: [page("Provisioning")])
  public static let djNoCredentials = Rule(
    "DJ-NO-CREDENTIALS", .warning, title: "a domain join needs an identity",
    explanation: "JoinDomain without Credentials, UnsecureJoin or Provisioning has no account to "
      + "create or use the computer object.",
    fix: "Add Credentials of an account allowed to join computers, or use Provisioning.",
    sources: [page("Credentials")])
  public static let djDomainAndWorkgroup = Rule(
    "DJ-DOMAIN-AND-WORKGROUP", .warning, title: "JoinDomain and JoinWorkgroup are exclusive",
    explanation: "JoinDomain takes precedence, so JoinWorkgroup is silently ignored.",
    fix: "Remove the one you do not mean.",
    sources: [page("JoinWorkgroup"), page("JoinDomain")])
  public static let djTimeoutRange = Rule(
    "DJ-TIMEOUT-RANGE", .warning, title: "TimeoutPeriodInMinutes is a whole number from 5 to 60",
    explanation: "The documented range is 5 to 60 (default 15); the page says it applies to "
      + "Windows 8 / Server 2012 only, and newer builds retry for about 15 minutes regardless.",
    fix: "Use a whole number of minutes from 5 to 60, or omit the element.",
    sources: [page("TimeoutPeriodInMinutes")])
  public static let djTemplatePlaceholder = Rule(
    "DJ-TEMPLATE-PLACEHOLDER", .info, title: "template placeholders are filled at deployment",
    explanation: "Values such as $Var, {{ var }} or %VAR% are replaced by a deployment tool, so "
      + "the rules that read values skip them.",
    fix: "Check the generated answer file, not the template.", sources: [UnattendRefs.component])

  /// Every answer-file rule, for the catalog.
  public static let answerFileRules: [Rule] = [
    .djOUNotADN, .djOUNotOU, .djOUMissing, .djOUVerified, .djJoinPasswordClear,
    .uaHiddenPasswordNoSuffix, .uaHiddenPasswordInvalid, .djEmptyElement, .djWrongPass,
    .djDomainWithQualifiedUser, .djUnsecureWithCredentials, .djMachinePasswordWithoutUnsecure,
    .djProvisioningOverridesCredentials, .djNoCredentials, .djDomainAndWorkgroup,
    .djTimeoutRange, .djTemplatePlaceholder,
  ]
}
