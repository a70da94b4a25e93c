/// A Windows FILETIME: 100-nanosecond ticks since 1601-01-01 UTC, as SAM stores lastLogon,
/// pwdLastSet and accountExpires. Zero means "never" for logons and "must change" for pwdLastSet.
public struct FileTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The raw tick count as stored (little-endian on disk).
  public var ticks: UInt64

  public init(ticks: UInt64) { self.ticks = ticks }

  /// True for 0, the "not set" value.
  public var isZero: Bool { ticks == 0 }

  /// True for 0x7FFF_FFFF_FFFF_FFFF, the "never" value accountExpires uses.
  public var isNever: Bool { ticks == 0x7FFF_FFFF_FFFF_FFFF }

  public static func < (a: FileTime, b: FileTime) -> Bool { a.ticks < b.ticks }

  /// `2021-08-24T18:13:54Z` (UTC, whole seconds), or nil for zero and "never".
  public var iso8601: String? {
    guard !isZero, !isNever else { return nil }
    let seconds = Int64(ticks / 10_000_000) - 11_644_473_600
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = Self.civil(fromDays: days)
    let hms = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60]
    let time = hms.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    let md = [month, day].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: "-")
    return "\(year)-\(md)T\(time)Z"
  }

  /// The ISO form, `never` or `0` (not set), for text output.
  public var description: String {
    if isZero { return "0" }
    if isNever { return "never" }
    return iso8601 ?? String(ticks)
  }

  /// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
  private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
