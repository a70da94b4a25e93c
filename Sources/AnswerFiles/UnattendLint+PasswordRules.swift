import Findings

/// Rules over passwords: the domain-join password is always clear text; local-account values
/// are clear or hidden (base64 of UTF-16LE text plus the element name).
struct PasswordRules {
  let file: UnattendFile

  func findings() -> [Finding] {
    var out: [Finding] = []
    for join in file.joins {
      guard let password = join.credentials?.password, !password.isEmpty else { continue }
      out.append(
        Finding(
          id: "DJ-JOIN-PASSWORD-CLEAR", severity: .info,
          subject: "UnattendedJoin/Identification/Credentials/Password",
          message: "The domain join password is stored in clear text; answer files cannot hide "
            + "domain account passwords, so anyone who can read this file has the join account.",
          evidence: SourceLocation(
            file.file, line: password.line, text: "<Password>REDACTED</Password>"),
          fix: "Use a join account limited to creating computer objects in one OU, delete the "
            + "answer file after setup, or use Provisioning (djoin /provision) instead.",
          refs: [UnattendRefs.plainText, UnattendRefs.identification("Credentials/Password")]))
    }
    for (subject, password) in localPasswords() {
      if let finding = check(subject: subject, password) { out.append(finding) }
    }
    return out
  }

  func localPasswords() -> [(String, LocalAccountPassword)] {
    var list: [(String, LocalAccountPassword)] = []
    if let admin = file.administratorPassword {
      list.append(("UserAccounts/AdministratorPassword", admin))
    }
    if let offline = file.offlineAdministratorPassword {
      list.append(("OfflineUserAccounts/OfflineAdministratorPassword", offline))
    }
    for account in file.localAccounts {
      if let password = account.password {
        list.append(("LocalAccount[\(account.name?.value ?? "?")]/Password", password))
      }
    }
    if let password = file.autoLogon?.password { list.append(("AutoLogon/Password", password)) }
    return list
  }

  private func check(subject: String, _ password: LocalAccountPassword) -> Finding? {
    let evidence = SourceLocation(
      file.file, line: password.valueLine ?? password.line, text: "<Value>REDACTED</Value>")
    guard password.isSet, password.isHidden else { return nil }
    let encoding = "base64(UTF-16LE(password + \"\(password.element)\"))"
    func finding(_ id: String, _ severity: Severity, _ message: String, _ fix: String) -> Finding {
      Finding(
        id: id, severity: severity, subject: subject, message: message, evidence: evidence,
        fix: fix, refs: [UnattendRefs.plainText])
    }
    do {
      let revealed = try password.revealedPassword()
      guard !revealed.suffixFound else { return nil }
      let foreign =
        revealed.foreignSuffix.map {
          " It ends with '\($0)' instead: it was encoded for another element, so that word "
            + "becomes part of the password."
        } ?? ""
      return finding(
        "UA-HIDDEN-PASSWORD-NO-SUFFIX", .warning,
        "The hidden value does not end with the '\(password.element)' suffix Windows appends "
          + "before encoding, so the password Setup sets differs from the one intended."
          + foreign,
        "Re-encode as \(encoding), or use PlainText true.")
    } catch {
      return finding(
        "UA-HIDDEN-PASSWORD-INVALID", .error,
        "PlainText is false but the value is not base64 of UTF-16LE text, so Setup cannot "
          + "decode it.",
        "Encode the value as \(encoding), or set PlainText to true.")
    }
  }
}
