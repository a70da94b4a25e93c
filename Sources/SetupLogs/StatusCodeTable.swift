/// The domain-join error-code table as data, from `lmerr.h`/`winerror.h`, RFC 4511 and the
/// Microsoft support articles on domain join (see `Sources` for the exact documents).
public enum StatusCodeTable {
  /// The row for `code` of `kind`, if the table knows it.
  public static func lookup(_ code: UInt32, kind: CodeKind = .win32) -> StatusCode? {
    index[Key(code: code, kind: kind)]
  }

  /// Every row: Win32/NetAPI, NTSTATUS and LDAP.
  public static var all: [StatusCode] { win32 + ntstatus + ldap }

  private struct Key: Hashable {
    let code: UInt32
    let kind: CodeKind
  }

  private static let index: [Key: StatusCode] = {
    var map: [Key: StatusCode] = [:]
    for row in all { map[Key(code: row.code, kind: row.kind)] = row }
    return map
  }()
}

/// Short names for the sources the rows cite.
enum Sources {
  static let guidance =
    "Microsoft support: Active Directory domain join troubleshooting guidance "
    + "(SupportArticles-docs active-directory-domain-join-troubleshooting-guidance.md)"
  static let errors =
    "Microsoft support: Troubleshoot errors when joining computers to a domain "
    + "(SupportArticles-docs troubleshoot-errors-join-computer-to-domain.md)"
  static let logAnalysis =
    "Microsoft support: Domain join log analysis (SupportArticles-docs domain-join-log-analysis.md)"
  static let reuse =
    "Microsoft support: Failure when you use an existing computer account to join a domain "
    + "(KB5020276)"
  static let lmerr = "lmerr.h (Windows SDK; mingw-org-wsl include/lmerr.h)"
  static let winerror = "winerror.h (Windows SDK)"
  static let ntstatus = "ntstatus.h (Windows SDK)"
  static let rfc4511 = "RFC 4511 section 4.1.9 and Appendix A (LDAP result codes)"
  static let unattendOU =
    "Microsoft unattend reference: Microsoft-Windows-UnattendedJoin | Identification | "
    + "MachineObjectOU (the OU in which to create the computer account)"
  static let ouLab =
    "RobertLukan/proxmox-guestos-customization docs/AD_VALIDATION.md (Windows 11 24H2/25H2 0x2)"
  static let unattendTimeout =
    "Microsoft unattend reference: Microsoft-Windows-UnattendedJoin | Identification | "
    + "TimeoutPeriodInMinutes"
}
