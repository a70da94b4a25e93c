/// The three timestamp forms NetSetup.log has used, plus the placeholders of documentation
/// excerpts and lines that carry none.
public enum TimestampEra: String, Sendable, Hashable, CaseIterable {
  /// Windows 2000/XP/2003: `MM/DD HH:MM:SS`, no year, no milliseconds.
  case legacy
  /// Vista to Windows 11: `MM/DD/YYYY HH:MM:SS:mmm`.
  case modern
  /// Documentation placeholders such as `mm/dd/yyyy hh:mm:ss:ms`.
  case placeholder
  /// No timestamp on the line.
  case none
}

/// A NetSetup.log timestamp. Dates are always month/day whatever the locale.
public struct LogTimestamp: Sendable, Hashable {
  public var era: TimestampEra
  public var month: Int
  public var day: Int
  /// Nil in the legacy era, which writes no year.
  public var year: Int?
  public var hour: Int
  public var minute: Int
  public var second: Int
  public var millisecond: Int

  /// Seconds since an arbitrary origin, for differences between two stamps of one log
  /// (a legacy stamp without a year is placed in 2001, a non-leap year).
  public var seconds: Double {
    let days = Self.daysFromCivil(year: year ?? 2001, month: month, day: day)
    return Double(days * 86_400 + hour * 3_600 + minute * 60 + second)
      + Double(millisecond) / 1000
  }

  /// `YYYY-MM-DDTHH:MM:SS.mmm`, or `--MM-DDTHH:MM:SS` when the year is unknown.
  public var iso: String {
    func pad(_ v: Int, _ n: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, n - s.count)) + s
    }
    let date = year.map { "\(pad($0, 4))-" } ?? "--"
    let ms = era == .modern ? ".\(pad(millisecond, 3))" : ""
    return "\(date)\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):"
      + "\(pad(second, 2))\(ms)"
  }

  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}

/// Splitting a NetSetup.log line into its timestamp and message, on bytes.
enum NetSetupLinePrefix {
  /// The era and the offset where the message starts (after the timestamp and one space).
  @inline(__always)
  static func split(_ line: UnsafeBufferPointer<UInt8>) -> (era: TimestampEra, message: Int) {
    let n = line.count
    guard n >= 15, line[2] == 0x2F else { return (.none, 0) }
    if n >= 24, line[5] == 0x2F, line[10] == 0x20, line[13] == 0x3A, line[19] == 0x3A,
      isDigit(line[0]), isDigit(line[20])
    {
      return (.modern, line[23] == 0x20 ? 24 : 23)
    }
    if line[5] == 0x20, line[8] == 0x3A, line[11] == 0x3A, isDigit(line[0]), isDigit(line[6]) {
      return (.legacy, line[14] == 0x20 ? 15 : 14)
    }
    if line[0] == 0x6D || line[0] == 0x4D, line[5] == 0x2F {
      // `mm/dd/yyyy hh:mm:ss:ms ` and friends: skip two space-separated tokens.
      var spaces = 0
      var index = 0
      while index < n, spaces < 2 {
        if line[index] == 0x20 { spaces += 1 }
        index += 1
      }
      return (.placeholder, index)
    }
    return (.none, 0)
  }

  /// The timestamp of a line whose era `split` found to be legacy or modern.
  static func timestamp(_ line: UnsafeBufferPointer<UInt8>, era: TimestampEra) -> LogTimestamp? {
    func number(_ at: Int, _ count: Int) -> Int? {
      guard at + count <= line.count else { return nil }
      var value = 0
      for index in at..<(at + count) {
        guard isDigit(line[index]) else { return nil }
        value = value * 10 + Int(line[index] - 0x30)
      }
      return value
    }
    switch era {
    case .modern:
      guard let mo = number(0, 2), let d = number(3, 2), let y = number(6, 4),
        let h = number(11, 2), let mi = number(14, 2), let s = number(17, 2),
        let ms = number(20, 3)
      else { return nil }
      return LogTimestamp(
        era: era, month: mo, day: d, year: y, hour: h, minute: mi, second: s, millisecond: ms)
    case .legacy:
      guard let mo = number(0, 2), let d = number(3, 2), let h = number(6, 2),
        let mi = number(9, 2), let s = number(12, 2)
      else { return nil }
      return LogTimestamp(
        era: era, month: mo, day: d, year: nil, hour: h, minute: mi, second: s, millisecond: 0)
    case .placeholder, .none:
      return nil
    }
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}

extension NetSetupLinePrefix {
  /// Function names NetSetup.log messages start with; a line without a timestamp is read as a
  /// NetSetup line only when it starts with one of these (or is a dash separator).
  static let messageStarts: [StaticString] = [
    "Netp", "NetUseAdd", "NetUserAdd", "ldap_", "IsLegacyAccountReuse", "Returning NetStatus",
  ]

  /// True when `m` (a line without timestamp) looks like a NetSetup.log message.
  static func isNetSetupMessage(_ m: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = m.first else { return false }
    if first == 0x2D { return m.count >= 10 && m[9] == 0x2D }
    return messageStarts.contains { ByteSearch.hasPrefix(m, $0) }
  }
}

/// The `Key: value` parameters of the NetpJoinDomain and NetpProvisionComputerAccount dumps.
enum NetSetupParameter {
  static let keys: [StaticString] = [
    "HostName", "Machine", "lpHostName", "NetbiosName", "Domain", "lpDomain", "MachineAccountOU",
    "lpMachineAccountOU", "Account", "lpAccount", "Options", "dwJoinOptions",
  ]

  /// True when `m` is `Key: value` with one of the keys read from a dump.
  static func isKnown(_ m: UnsafeBufferPointer<UInt8>) -> Bool {
    guard m.count > 4, let colon = m.firstIndex(of: 0x3A), colon >= 4, colon < 20 else {
      return false
    }
    let key = UnsafeBufferPointer(rebasing: m[..<colon])
    return keys.contains { ByteSearch.equals(key, $0) }
  }
}
