extension Rule {
  /// A finding of this rule about `subject`; `fix` replaces the rule's general fix when the check
  /// knows a more specific one (the exact prefix to write).
  public func finding(
    _ subject: String, _ message: String, evidence: SourceLocation?, fix: String? = nil
  ) -> Finding {
    Finding(self, subject: subject, message: message, evidence: evidence, fix: fix ?? self.fix)
  }
}
