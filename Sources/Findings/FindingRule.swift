/// A finding id declared once, next to the check that emits it: its severity, what it says, how
/// to fix it and the sources it rests on. Checks build their findings from it, so the id,
/// severity, fix and sources of every finding it produces cannot drift apart, and a catalog can
/// list the declarations.
public struct FindingRule: Sendable, Hashable {
  /// Stable UPPER-KEBAB id, e.g. `AZ-VM-RESERVED-ADDRESS`.
  public let id: String
  public let severity: Severity
  /// What the rule says, in one line.
  public let title: String
  /// What to do when it fires.
  public let fix: String
  /// RFCs and Microsoft documents, most specific first.
  public let refs: [String]

  public init(
    id: String, severity: Severity, title: String, fix: String, refs: [String]
  ) {
    self.id = id
    self.severity = severity
    self.title = title
    self.fix = fix
    self.refs = refs
  }

  /// A finding of this rule about `subject`; `fix` replaces the declared fix when the check
  /// knows a more specific one (the exact prefix to write).
  public func finding(
    _ subject: String, _ message: String, evidence: SourceLocation?, fix: String? = nil
  ) -> Finding {
    Finding(
      id: id, severity: severity, subject: subject, message: message, evidence: evidence,
      fix: fix ?? self.fix, refs: refs)
  }
}
