/// One result of a rule, an analyser or an access check: a stable id, how much it matters, what it
/// is about, what is wrong, the evidence, the fix and the sources that back it.
///
/// Every capability reports through this one shape, so the shell renders, filters, counts and
/// exports findings the same way whether they came from an address rule or a NetSetup.log.
public struct Finding: Sendable, Hashable, Codable {
  /// A stable identifier such as `AZ2014-VNET-RFC1918` or `DJ-OU-NOT-OU`; tests and scripts key on it.
  public var id: String
  public var severity: Severity
  /// What the finding is about: a vnet name, a DN, an account, a file.
  public var subject: String
  /// One sentence saying what is wrong (or, for info, what is so).
  public var message: String
  public var evidence: SourceLocation?
  /// What to do about it, when there is something to do.
  public var fix: String?
  /// The sources the rule rests on (RFC numbers, Microsoft documents), most specific first.
  public var refs: [String]

  public init(
    id: String, severity: Severity, subject: String, message: String,
    evidence: SourceLocation? = nil, fix: String? = nil, refs: [String] = []
  ) {
    self.id = id
    self.severity = severity
    self.subject = subject
    self.message = message
    self.evidence = evidence
    self.fix = fix
    self.refs = refs
  }

  /// The JSON form: exactly the keys `id`, `severity`, `subject`, `message`, `evidence`, `fix`,
  /// `refs`, in that order, with null for what is absent.
  public var json: JSONValue {
    .object([
      ("id", .string(id)),
      ("severity", .string(severity.rawValue)),
      ("subject", .string(subject)),
      ("message", .string(message)),
      ("evidence", evidence?.evidenceJSON ?? .null),
      ("fix", fix.map(JSONValue.string) ?? .null),
      ("refs", .array(refs.map(JSONValue.string))),
    ])
  }
}

extension Finding {
  /// Orders findings for reports: severity first, then id, then subject, so output is stable.
  public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
    if a.severity != b.severity { return a.severity < b.severity }
    if a.id != b.id { return a.id < b.id }
    return a.subject < b.subject
  }
}
