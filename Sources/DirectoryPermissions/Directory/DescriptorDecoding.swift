import EnvironmentModel
import WindowsSecurity

/// Turns a descriptor as found in the environment (SDDL text or self-relative bytes) into a
/// `SecurityDescriptor`, with domain-relative SDDL aliases resolved against the domain SID.
enum DescriptorDecoding {
  static func decode(_ value: SecurityDescriptorValue, domainSID: String?)
    -> Result<SecurityDescriptor, DirectoryView.DescriptorProblem>
  {
    switch value {
    case .bytes(let bytes):
      do {
        return .success(try SecurityDescriptor(selfRelative: bytes.array))
      } catch {
        return .failure(.init(message: error.description))
      }
    case .sddl(let text):
      return SDDLBridge.parse(text, domainSID: domainSID)
    }
  }
}
