import WindowsSecurity

/// SDDL text from an environment (the native format, an LDIF export of text descriptors)
/// decoded with domain-relative aliases resolved against the domain's SID.
enum SDDLBridge {
  static func parse(_ text: String, domainSID: String?)
    -> Result<SecurityDescriptor, DirectoryView.DescriptorProblem>
  {
    let domain = domainSID.flatMap { try? SecurityIdentifier(parsing: $0) }
    do {
      return .success(try SecurityDescriptor(sddl: text, context: SIDContext(domain: domain)))
    } catch {
      return .failure(.init(message: error.description))
    }
  }
}
