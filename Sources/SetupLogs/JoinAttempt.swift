/// One join attempt in NetSetup.log: from `NetpDoDomainJoin` to `NetpDoDomainJoin: status:`.
public struct JoinAttempt: Sendable, Hashable {
  /// The line that starts the attempt (`NetpDoDomainJoin`), or its first line seen when the log
  /// starts in the middle of one (documentation excerpts do).
  public var line: Int
  /// False when the attempt was inferred from its status line, without a start line.
  public var startSeen: Bool
  public var startedAt: LogTimestamp?
  public var endedAt: LogTimestamp?
  public var hostName: String?
  public var domain: String?
  public var machineAccountOU: String?
  public var machineAccountOULine: Int?
  public var account: String?
  public var options: JoinOptions?
  public var optionsLine: Int?
  /// The DC the locator found (`found DC '\\dc'`).
  public var domainController: String?
  /// The lines that report a failure, in order (capped at `JoinAttempt.maxSteps`).
  public var steps: [FailedStep]
  /// The `NetpDoDomainJoin: status:` value; nil if the log ends before it.
  public var status: UInt32?
  public var statusLine: Int?
  /// True when the status is success or harmless here (a 0x534 first pass followed by another
  /// attempt).
  public var benign: Bool

  /// The most failure steps kept per attempt, so enormous logs stay bounded.
  public static let maxSteps = 64

  /// The table row for the status.
  public var statusInfo: StatusCode? { status.flatMap { StatusCodeTable.lookup($0) } }
}

/// A line inside an attempt that reports a failure: its code (if any), the kind of code, and
/// whether that code is harmless on that line.
public struct FailedStep: Sendable, Hashable {
  public var line: Int
  /// The line's message (timestamp removed), as text.
  public var text: String
  /// The function that wrote it (`NetpJoinDomainOnDs`), the text before the first colon.
  public var function: String
  public var code: UInt32?
  public var kind: CodeKind
  /// The Win32 code that follows an LDAP result code on the same line.
  public var win32AfterLDAP: UInt32?
  public var benign: Bool

  /// The table row for the code.
  public var info: StatusCode? { code.flatMap { StatusCodeTable.lookup($0, kind: kind) } }
}
