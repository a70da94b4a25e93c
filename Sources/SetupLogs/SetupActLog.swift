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
  /// interval); estimated from the count and interval when lines carry no time.
  public var secondsLostToRetries: Int? {
    guard let first = retries.first, let last = retries.last else { return nil }
    let interval = last.intervalSeconds ?? 0
    let end = finalError.flatMap { error in lines.last { $0.line == error.line }?.time }
    if let start = first.time, let stop = end ?? last.time.map({ $0 + Double(interval) }) {
      return Int((stop - start).rounded())
    }
    return retries.count * interval
  }
}
