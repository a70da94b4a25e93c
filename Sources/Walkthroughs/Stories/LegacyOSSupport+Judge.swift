import EnvironmentModel
import Findings
import Foundation

/// The support table's verdict as a walk check: the table lives with the model, the verdict with
/// the walk engine whose result type it returns.
extension LegacyOSSupport {
  /// Whether `release` is supported on `date` (ISO 8601), with ESU, or not at all, as findings.
  public static func judge(_ release: Release, on date: String) -> WalkCheckResult {
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
            .legacyOSESUOnly, subject: release.name,
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
          .legacyOSUnsupported, subject: release.name,
          message: "\(message): no security updates; on Azure: \(release.azure)",
          fix: "upgrade or migrate the workload; keep the VM isolated until then",
          refs: refs(release))
      ],
      facts: ["support ends": release.extendedEnd]
        + (release.esuEnd.map { ["ESU ended": $0] } ?? [:]))
  }

  /// What to do, fitted to where the release stands on `date`: enrol in ESU only while ESU
  /// still runs; otherwise isolate and migrate.
  public static func plan(_ release: Release, on date: String) -> String {
    if let esu = release.esuEnd, esu >= date, release.extendedEnd < date {
      let included = release.azure.contains("no extra cost") ? " (on Azure VMs it is included)" : ""
      return "Enrol the VM in Extended Security Updates\(included) and keep it patched: ESU runs "
        + "until \(esu). Plan the upgrade or the replacement of the workload before that date."
    }
    let ended = release.esuEnd.map { "Extended Security Updates ended \($0), so no " } ?? "No "
    return ended + "security updates will come. Isolate the VM: its own subnet with a network "
      + "security group that admits only the clients that need it, no internet egress, backups. "
      + "Then upgrade or replace the workload as the first item of the plan."
  }

  /// A release as people name it (`Windows Server 2012 R2`, `2008r2 sp1`, `WS 2025`).
  static func read(_ text: String) -> WalkInterpretation? {
    var key = text.lowercased().filter { $0.isLetter || $0.isNumber }
    for noise in ["windows", "server", "ws", "sp1", "sp2", "datacenter", "standard"] {
      key = key.replacingOccurrences(of: noise, with: "")
    }
    if key == "2003r2" { key = "2003" }  // one row covers 2003 and 2003 R2
    guard !key.isEmpty, let release = release("ws" + key) else { return nil }
    return WalkInterpretation(choice: release.id, note: "\(text): \(release.name)")
  }
}

extension Dictionary where Key == String, Value == String {
  fileprivate static func + (lhs: Self, rhs: Self) -> Self { lhs.merging(rhs) { $1 } }
}
