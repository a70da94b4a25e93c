import Findings
import TextInput

/// The `analyze netsetup` analyser: every join attempt in a `%WINDIR%\debug\NetSetup.log`, its
/// parameters, failing steps and status, and the cause and fix of the last failure.
public enum NetSetupLog {
  /// Analyses `file`, streaming it in chunks (memory stays flat for any size).
  public static func analyze(_ file: FileReference) throws(FileReadError)
    -> NetSetupReport
  {
    var scanner = NetSetupScanner()
    let (encoding, lines) = try LogStream.run(file: file, into: &scanner)
    return NetSetupReport(
      file: file, encoding: encoding, lineCount: lines, scanner: &scanner)
  }

  /// Analyses log bytes already in memory.
  public static func analyze(bytes: [UInt8], file: FileReference) -> NetSetupReport {
    var scanner = NetSetupScanner()
    let (encoding, lines) = LogStream.run(bytes: bytes, into: &scanner)
    return NetSetupReport(file: file, encoding: encoding, lineCount: lines, scanner: &scanner)
  }
}

/// What `NetSetupLog.analyze` found.
public struct NetSetupReport: Sendable {
  public let file: FileReference
  public let encoding: LogEncoding
  public let lineCount: Int
  /// The timestamp eras present, oldest form first.
  public let eras: [TimestampEra]
  /// Lines that were not valid UTF-8 and were read as Windows-1252.
  public let ansiLines: Int
  public let attempts: [JoinAttempt]
  /// The first line reporting 0xa99 (join done, restart needed), if any.
  public let restartRequiredLine: Int?
  public let findings: [Finding]

  init(file: FileReference, encoding: LogEncoding, lineCount: Int, scanner: inout NetSetupScanner) {
    self.file = file
    self.encoding = encoding
    self.lineCount = lineCount
    let attempts = scanner.finish()
    self.attempts = attempts
    var eras: [TimestampEra] = []
    for (index, era) in TimestampEra.allCases.enumerated()
    where era != .none && scanner.eraCounts[index] > 0 {
      eras.append(era)
    }
    self.eras = eras
    self.ansiLines = scanner.ansiLines
    self.restartRequiredLine = scanner.restartRequiredLine
    self.findings = NetSetupDiagnosis(
      file: file, attempts: attempts, restartLine: scanner.restartRequiredLine
    ).findings()
  }

  /// The status of the last attempt that has one.
  public var finalStatus: UInt32? { attempts.last { $0.status != nil }?.status }
}
