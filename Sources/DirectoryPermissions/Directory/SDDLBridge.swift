import WindowsSecurity

enum SDDLBridge {
  static func parse(_ text: String, domainSID: String?)
    -> Result<SecurityDescriptor, DirectoryView.DescriptorProblem>
  {
    .failure(.init(message: "SDDL pending"))
  }
}
