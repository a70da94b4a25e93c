import Findings
import TextInput
import Foundation

/// The `analyze setupact` analyser: the DJOIN / Unattended Join lines of a Windows Setup
/// `setupact.log` (Panther\UnattendGC), their retries, parameters and final error.
public enum SetupActLog {
  /// Analyses `file`, streaming it in chunks (memory stays flat for any size).
  public static func analyze(_ file: FileReference) throws(FileReadError)
    -> SetupActReport
  {
    var scanner = SetupActScanner()
    let (encoding, lines) = try LogStream.run(file: file, into: &scanner)
    return SetupActReport(file: file, encoding: encoding, lineCount: lines, scanner)
  }

  /// Analyses log bytes already in memory.
  public static func analyze(bytes: [UInt8], file: FileReference) -> SetupActReport {
    var scanner = SetupActScanner()
    let (encoding, lines) = LogStream.run(bytes: bytes, into: &scanner)
    return SetupActReport(file: file, encoding: encoding, lineCount: lines, scanner)
  }
}

/// One DJOIN line: where, when (seconds, for differences), level and message (secrets masked).
public struct SetupActLine: Sendable, Hashable {
  public var line: Int
  public var time: Double?
  public var level: String?
  public var text: String
}

/// A `Name = [value]` parameter DJOIN logged; password values are replaced by `REDACTED`.
public struct SetupActParameter: Sendable, Hashable {
  public var name: String
  public var value: String
  public var line: Int

  init(name: String, rawValue: String, line: Int) {
    self.name = name
    self.value = Self.isSecret(name) ? "REDACTED" : rawValue
    self.line = line
  }

  static func isSecret(_ name: String) -> Bool { name.lowercased().contains("password") }

  /// The line with every `...Password... = [value]` value replaced by `REDACTED`.
  static func maskSecrets(_ text: String) -> String {
    guard text.lowercased().contains("password") else { return text }
    var out = ""
    var rest = Substring(text)
    while let eq = rest.range(of: " = [") {
      let key = rest[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
      out += rest[..<eq.upperBound]
      let after = rest[eq.upperBound...]
      guard let close = after.firstIndex(of: "]") else { return out + after }
      out += isSecret(key) ? "REDACTED" : String(after[..<close])
      rest = after[close...]
    }
    return out + rest
  }
}

/// A failure DJOIN will retry: the operation, its code and the announced interval.
public struct SetupActRetry: Sendable, Hashable {
  public var line: Int
  public var time: Double?
  public var operation: String
  public var code: UInt32?
  public var intervalSeconds: Int?
}

/// The error DJOIN gave up with.
public struct SetupActError: Sendable, Hashable {
  public var line: Int
  public var code: UInt32
  public var text: String
}

/// What `SetupActLog.analyze` found.
public struct SetupActReport: Sendable {
  public let file: FileReference
  public let encoding: LogEncoding
  public let lineCount: Int
  public let lines: [SetupActLine]
  public let parameters: [SetupActParameter]
  public let retries: [SetupActRetry]
  public let finalError: SetupActError?
  public let domainController: String?
  public private(set) var findings: [Finding]

  init(file: FileReference, encoding: LogEncoding, lineCount: Int, _ scanner: SetupActScanner) {
    self.file = file
    self.encoding = encoding
    self.lineCount = lineCount
    self.lines = scanner.lines
    self.parameters = scanner.parameters
    self.retries = scanner.retries
    self.finalError = scanner.finalError
    self.domainController = scanner.domainController
    self.findings = []
    self.findings = SetupActDiagnosis(report: self).findings()
  }

  /// The seconds spent between the first failure and giving up (or the last retry plus its
  /// interval); estimated from the count and interval when lines carry no time. Nil when the
  /// timestamps jump (`clockJump`): then the log's times cannot measure it.
  public var secondsLostToRetries: Int? {
    guard let first = retries.first, let last = retries.last, clockJump == nil else { return nil }
    let interval = last.intervalSeconds ?? 0
    let end = finalError.flatMap { error in lines.last { $0.line == error.line }?.time }
    if let start = first.time, let stop = end ?? last.time.map({ $0 + Double(interval) }) {
      return Int((stop - start).rounded())
    }
    return retries.count * interval
  }

  /// The retries counted by their announced interval (`count × interval`), which holds whatever
  /// the clock did.
  public var secondsAnnounced: Int? {
    guard let interval = retries.last?.intervalSeconds else { return nil }
    return retries.count * interval
  }

  /// The first place two consecutive retries are further apart in the log's timestamps than
  /// their announced interval allows (more than ten intervals and five minutes), or go back in
  /// time: the clock changed during setup (a time zone set in specialize, a time sync).
  public var clockJump: ClockJump? {
    var previous: SetupActRetry?
    for retry in retries {
      defer { previous = retry }
      guard let before = previous, let from = before.time, let to = retry.time,
        let interval = before.intervalSeconds
      else { continue }
      let gap = to - from
      if gap < 0 || gap > max(Double(interval) * 10, 300) {
        return ClockJump(fromLine: before.line, toLine: retry.line, seconds: Int(gap.rounded()))
      }
    }
    return nil
  }
}

/// Two consecutive retries whose timestamps are further apart (or out of order) than the
/// interval DJOIN announced.
public struct ClockJump: Sendable, Hashable {
  public var fromLine: Int
  public var toLine: Int
  /// The difference of the two timestamps (negative when the clock went back).
  public var seconds: Int

  /// `+5 h 2 min`, `-59 min 50 s`: the jump as a reader would say it.
  public var text: String {
    let sign = seconds < 0 ? "-" : "+"
    let magnitude = abs(seconds)
    let h = magnitude / 3600, m = magnitude % 3600 / 60, s = magnitude % 60
    var parts: [String] = []
    if h > 0 { parts.append("\(h) h") }
    if m > 0 { parts.append("\(m) min") }
    if s > 0 || parts.isEmpty { parts.append("\(s) s") }
    return sign + parts.joined(separator: " ")
  }
}
