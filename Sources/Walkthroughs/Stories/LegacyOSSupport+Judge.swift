import EnvironmentModel
import Findings

/// The support table's verdict as a walk check: the table lives with the model, the verdict with
/// the walk engine whose result type it returns.
extension LegacyOSSupport {
  /// Whether `release` is supported on `date` (ISO 8601), with ESU, or not at all, as findings.
  public static func judge(_ release: Release, on date: String = asOf) -> WalkCheckResult {
    if release.extendedEnd >= date {
      return WalkCheckResult(
        .passed,
        "\(release.name) is in extended support until \(release.extendedEnd) (as of \(date))",
        facts: ["support ends": release.extendedEnd])
    }
    if let esu = release.esuEnd, esu >= date {
      return WalkCheckResult(
        .failed,
        "\(release.name) is past end of support; covered only by Extended Security Updates until \(esu)",
        findings: [
          Finding(
            id: "LEGACY-OS-ESU-ONLY", severity: .warning, subject: release.name,
            message:
              "extended support ended \(release.extendedEnd); security updates continue only under ESU until \(esu) (\(release.azure))",
            fix: "enrol the VM in ESU and plan the upgrade before \(esu)", refs: refs(release))
        ],
        facts: ["support ends": release.extendedEnd, "ESU ends": esu])
    }
    var message = "extended support ended \(release.extendedEnd)"
    if let esu = release.esuEnd { message += "; Extended Security Updates ended \(esu)" }
    return WalkCheckResult(
      .failed, "\(release.name) may run, but it is not supported (as of \(date))",
      findings: [
        Finding(
          id: "LEGACY-OS-UNSUPPORTED", severity: .error, subject: release.name,
          message: "\(message): no security updates; on Azure: \(release.azure)",
          fix: "upgrade or migrate the workload; keep the VM isolated until then",
          refs: refs(release))
      ],
      facts: ["support ends": release.extendedEnd])
  }
}
