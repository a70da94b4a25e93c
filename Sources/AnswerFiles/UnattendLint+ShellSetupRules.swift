import Findings

/// Rules over Microsoft-Windows-Shell-Setup: the computer name, local passwords written in clear
/// and an AutoLogon that keeps logging on for many restarts.
struct ShellSetupRules {
  let file: UnattendFile

  static let base = "https://learn.microsoft.com/windows-hardware/customize/desktop/unattend/"
  static let computerNamePage =
    "Microsoft unattend reference: Microsoft-Windows-Shell-Setup | ComputerName, "
    + "\(base)microsoft-windows-shell-setup-computername"
  static let maxComputerName =
    "Win32 SDK: MAX_COMPUTERNAME_LENGTH is 15 (the NetBIOS name), GetComputerNameW, "
    + "https://learn.microsoft.com/windows/win32/api/winbase/nf-winbase-getcomputernamew"
  static let logonCountPage =
    "Microsoft unattend reference: Microsoft-Windows-Shell-Setup | AutoLogon | LogonCount "
    + "('the number of times the account has been used'; decrements at each logon), "
    + "\(base)microsoft-windows-shell-setup-autologon-logoncount"
  static let autoLogonPage =
    "Microsoft unattend reference: Microsoft-Windows-Shell-Setup | AutoLogon, "
    + "\(base)microsoft-windows-shell-setup-autologon"

  /// A NetBIOS computer name holds at most 15 bytes; Setup refuses a longer ComputerName.
  static let computerNameTooLong = FindingRule(
    id: "UA-COMPUTERNAME-TOO-LONG", severity: .error,
    title: "ComputerName is longer than 15 characters (the NetBIOS limit)",
    fix: "use at most 15 characters (letters, digits, hyphens), or '*' for a generated name",
    refs: [computerNamePage, maxComputerName])
  /// A local password written in clear where the file offers the hidden form.
  static let passwordInClear = FindingRule(
    id: "UA-PASSWORD-PLAINTEXT", severity: .warning,
    title: "a local account password is written in clear text (PlainText true)",
    fix: "hide it (Windows SIM: 'Hide Sensitive Data', PlainText false), which only obscures it "
      + "(base64), and delete the answer file after setup; better, set the password after "
      + "deployment (Windows LAPS)",
    refs: [UnattendRefs.plainText])
  /// AutoLogon that keeps logging on unattended for many restarts.
  static let logonCountLarge = FindingRule(
    id: "UA-AUTOLOGON-LOGONCOUNT", severity: .warning,
    title: "AutoLogon keeps logging on unattended for more than \(maximumLogonCount) restarts",
    fix: "set LogonCount to the restarts setup really needs (1 or 2), and have the last "
      + "first-logon command disable AutoLogon",
    refs: [logonCountPage, autoLogonPage])

  /// Every declared rule, for catalogs.
  static let rules = [computerNameTooLong, passwordInClear, logonCountLarge]

  /// The LogonCount above which AutoLogon is reported (the reference's example uses 2).
  static let maximumLogonCount = 5

  func findings() -> [Finding] {
    var out: [Finding] = []
    if let name = file.computerName, name.value != "*", !UnattendLint.isPlaceholder(name.value),
      name.value.utf8.count > 15
    {
      out.append(
        Self.computerNameTooLong.finding(
          "Shell-Setup/ComputerName",
          "ComputerName '\(name.value)' is \(name.value.utf8.count) bytes long: a Windows "
            + "computer (NetBIOS) name holds at most 15, so Setup cannot use it as written",
          evidence: SourceLocation(
            file.file, line: name.line, text: "<ComputerName>\(name.value)</ComputerName>")))
    }
    for (subject, password) in PasswordRules(file: file).localPasswords()
    where password.isSet && password.plainText == true {
      out.append(
        Self.passwordInClear.finding(
          subject,
          "\(subject) is written in clear text: anyone who can read the answer file (or the "
            + "copy Setup leaves in Panther) has the password",
          evidence: SourceLocation(
            file.file, line: password.valueLine ?? password.line,
            text: "<Value>REDACTED</Value>")))
    }
    if let auto = file.autoLogon, let count = auto.logonCount,
      let value = Int(count.value.trimmingCharacters(in: .whitespaces)),
      value > Self.maximumLogonCount, auto.enabled?.value.lowercased() != "false"
    {
      out.append(
        Self.logonCountLarge.finding(
          "AutoLogon/LogonCount",
          "AutoLogon LogonCount is \(value): the account logs on by itself at each of the next "
            + "\(value) restarts, with its password kept on the machine until then",
          evidence: SourceLocation(
            file.file, line: count.line, text: "<LogonCount>\(count.value)</LogonCount>")))
    }
    return out
  }
}
