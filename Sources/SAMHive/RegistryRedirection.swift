/// Which registry keys the WOW64 registry redirector sends 32-bit processes to `Wow6432Node`
/// for, on Windows 7 / Server 2008 R2 and later.
///
/// Source: Microsoft, "Registry Keys Affected by WOW64" (win32 docs,
/// desktop-src/WinProg64/shared-registry-keys.md). Keys not listed as shared under a redirected
/// root are redirected; the listed shared keys are one key seen by both views.
public enum RegistryRedirection {
  /// What a 32-bit process on 64-bit Windows sees at a key.
  public enum View: Equatable, Sendable {
    /// Redirected: a 32-bit process reads and writes `redirectedPath` instead.
    case redirected(redirectedPath: String)
    /// Shared: both 32-bit and 64-bit processes see the same key.
    case shared(reason: String)
    /// Outside HKLM\SOFTWARE and HKCU\SOFTWARE\Classes: never redirected.
    case notRedirected(reason: String)
    /// Not a registry path this table can judge.
    case unknown(reason: String)
  }

  public static let source =
    "Microsoft: Registry Keys Affected by WOW64 (learn.microsoft.com/windows/win32/winprog64/shared-registry-keys)"

  /// Keys under HKLM\SOFTWARE that both views share (compared case-insensitively, as prefixes).
  static let sharedUnderSoftware: [String] = [
    "classes", "clients", "policies", "registeredapplications",
    "microsoft\\com3", "microsoft\\cryptography\\calais\\current", "microsoft\\cryptography\\calais\\readers",
    "microsoft\\cryptography\\services", "microsoft\\ctf\\systemshared", "microsoft\\ctf\\tip",
    "microsoft\\dfs", "microsoft\\driver signing", "microsoft\\enterprisecertificates",
    "microsoft\\eventsystem", "microsoft\\msmq", "microsoft\\non-driver signing",
    "microsoft\\notepad\\defaultfonts", "microsoft\\ole", "microsoft\\ras", "microsoft\\rpc",
    "microsoft\\shared tools\\msinfo", "microsoft\\systemcertificates", "microsoft\\termservlicensing",
    "microsoft\\transactionserver",
    "microsoft\\windows\\currentversion\\app paths",
    "microsoft\\windows\\currentversion\\control panel\\cursors\\schemes",
    "microsoft\\windows\\currentversion\\explorer\\autoplayhandlers",
    "microsoft\\windows\\currentversion\\explorer\\driveicons",
    "microsoft\\windows\\currentversion\\explorer\\kindmap",
    "microsoft\\windows\\currentversion\\group policy", "microsoft\\windows\\currentversion\\policies",
    "microsoft\\windows\\currentversion\\previewhandlers", "microsoft\\windows\\currentversion\\setup",
    "microsoft\\windows\\currentversion\\telephony\\locations",
    "microsoft\\windows nt\\currentversion\\console", "microsoft\\windows nt\\currentversion\\fontdpi",
    "microsoft\\windows nt\\currentversion\\fontlink", "microsoft\\windows nt\\currentversion\\fontmapper",
    "microsoft\\windows nt\\currentversion\\fonts", "microsoft\\windows nt\\currentversion\\fontsubstitutes",
    "microsoft\\windows nt\\currentversion\\gre_initialize",
    "microsoft\\windows nt\\currentversion\\image file execution options",
    "microsoft\\windows nt\\currentversion\\language pack",
    "microsoft\\windows nt\\currentversion\\networkcards", "microsoft\\windows nt\\currentversion\\perflib",
    "microsoft\\windows nt\\currentversion\\ports", "microsoft\\windows nt\\currentversion\\print",
    "microsoft\\windows nt\\currentversion\\profilelist", "microsoft\\windows nt\\currentversion\\time zones",
  ]

  /// Subkeys of `SOFTWARE\Classes` (HKLM and HKCU) that are redirected although Classes is shared.
  static let redirectedUnderClasses = ["clsid", "directshow", "interface", "media type", "mediafoundation"]

  /// How a 32-bit process on 64-bit Windows sees `path` (`HKLM\SOFTWARE\Contoso\Agent`,
  /// `HKEY_LOCAL_MACHINE\...`, `HKCR\CLSID\...`).
  public static func view(of path: String) -> View {
    var parts = path.split(separator: "\\", omittingEmptySubsequences: true).map(String.init)
    guard let root = parts.first?.uppercased() else { return .unknown(reason: "an empty path") }
    parts.removeFirst()
    let hive: String
    switch root {
    case "HKLM", "HKEY_LOCAL_MACHINE": hive = "HKLM"
    case "HKCU", "HKEY_CURRENT_USER": hive = "HKCU"
    case "HKCR", "HKEY_CLASSES_ROOT":
      hive = "HKLM"
      parts.insert(contentsOf: ["SOFTWARE", "Classes"], at: 0)
    case "HKU", "HKEY_USERS", "HKCC", "HKEY_CURRENT_CONFIG":
      return .notRedirected(reason: "\(root) is outside the redirected SOFTWARE keys")
    default:
      return .unknown(reason: "'\(root)' is not a registry root (HKLM, HKCU, HKCR, HKU, HKCC)")
    }
    guard let first = parts.first?.lowercased(), first == "software" else {
      return .notRedirected(reason: "only SOFTWARE is redirected; \(hive)\\\(parts.first ?? "") is not (SYSTEM, SAM and SECURITY never are)")
    }
    if parts.count > 1, parts[1].lowercased() == "wow6432node" {
      return .shared(reason: "this is already the 32-bit view (Wow6432Node)")
    }
    let rest = parts.dropFirst().map { $0.lowercased() }
    let joined = rest.joined(separator: "\\")
    let inClasses = rest.first == "classes"
    if inClasses {
      if rest.count > 1, redirectedUnderClasses.contains(rest[1]) {
        var redirected = [hive] + parts
        redirected.insert("Wow6432Node", at: 3)
        return .redirected(redirectedPath: redirected.joined(separator: "\\"))
      }
      return .shared(reason: "SOFTWARE\\Classes is shared, except its CLSID, DirectShow, Interface, Media Type and MediaFoundation subkeys")
    }
    if hive == "HKCU" {
      return .shared(reason: "HKCU\\SOFTWARE is shared; only its Classes\\CLSID-style subkeys are redirected")
    }
    if let shared = sharedUnderSoftware.first(where: { joined == $0 || joined.hasPrefix($0 + "\\") }) {
      return .shared(reason: "HKLM\\SOFTWARE\\\(shared) is on Microsoft's list of shared keys")
    }
    var redirected = [hive] + parts
    redirected.insert("Wow6432Node", at: 2)
    return .redirected(redirectedPath: redirected.joined(separator: "\\"))
  }
}
