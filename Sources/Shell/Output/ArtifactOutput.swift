import Artifacts
import Findings

/// The report of a written artifact: `wrote PATH · N bytes · sha256 …`.
public struct ArtifactOutput: CommandOutput {
  public var artifact: WrittenArtifact
  /// What was written, in the domain's words ("5 grants", "12 commands").
  public var detail: String?

  public init(_ artifact: WrittenArtifact, detail: String? = nil) {
    self.artifact = artifact
    self.detail = detail
  }

  public func text(_ style: TextStyle) -> String {
    var parts = ["wrote \(artifact.file.shown)"]
    if let detail { parts.append(detail) }
    parts.append("\(artifact.size) bytes")
    parts.append("sha256 \(artifact.sha256)")
    return parts.joined(separator: " · ")
  }

  public var json: JSONValue {
    .object([
      ("path", .string(artifact.file.shown)), ("size", .int(artifact.size)),
      ("sha256", .string(artifact.sha256)),
    ])
  }
}
