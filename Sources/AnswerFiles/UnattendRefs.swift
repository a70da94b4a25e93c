/// The Microsoft unattend reference pages the lint rules rest on.
enum UnattendRefs {
  private static let base = "https://learn.microsoft.com/windows-hardware/customize/desktop/unattend/"

  /// The page for `Microsoft-Windows-UnattendedJoin-Identification-<setting>`.
  static func identification(_ setting: String) -> String {
    "Microsoft unattend reference: Microsoft-Windows-UnattendedJoin | Identification | \(setting) "
      + "(\(base)microsoft-windows-unattendedjoin-identification-\(pageName(setting)))"
  }

  /// The PlainText page of Microsoft-Windows-Shell-Setup.
  static let plainText =
    "Microsoft unattend reference: Microsoft-Windows-Shell-Setup | UserAccounts | "
    + "AdministratorPassword | PlainText (\(base)"
    + "microsoft-windows-shell-setup-useraccounts-administratorpassword-plaintext)"

  /// The component page, which names the passes the join runs in.
  static let component =
    "Microsoft unattend reference: Microsoft-Windows-UnattendedJoin "
    + "(\(base)microsoft-windows-unattendedjoin)"

  /// The support article with the NetSetup.log signature of a bad OU.
  static let joinTroubleshooting =
    "Microsoft support: Active Directory domain join troubleshooting guidance "
    + "(MicrosoftDocs/SupportArticles-docs, active-directory-domain-join-troubleshooting-guidance.md)"

  private static func pageName(_ setting: String) -> String {
    setting.lowercased().split(separator: "/").joined(separator: "-")
  }
}
