import EnvironmentModel
/// What a file holds, decided from its content (first non-blank bytes, root element, top-level
/// keys), with the extension only as a tie-breaker.
public enum FileKind: String, Sendable, Hashable, CaseIterable {
  /// The native environment format, YAML.
  case nativeYAML = "yaml"
  /// The native environment format written as JSON.
  case nativeJSON = "json"
  /// Classic Azure network configuration XML (`NetworkConfiguration`).
  case networkConfiguration = "netcfg"
  /// An ARM deployment template.
  case armTemplate = "arm"
  /// `az network ... list/show` output or a REST API response body.
  case azureResources = "az"
  /// An ARM deployment parameters file (refused: load the template).
  case armParameters = "arm-parameters"
  /// An LDIF export of a directory.
  case ldif
  /// `ipconfig /all` output.
  case ipconfig
  /// A Windows answer file (unattend.xml): read by the AnswerFiles module, not here.
  case unattend
  /// Bicep source (refused: compile it to an ARM template first).
  case bicep
  /// Something else.
  case unknown
}
