import Artifacts
import Findings

extension Invocation {
  /// The file an argument or option names: resolved against the base directory, and as the user
  /// typed it, for every message about it. The one place a typed path meets its resolved one.
  func file(_ declaration: some ValueDeclaration) -> FileReference? {
    guard let path = path(declaration), let shown = value(declaration) else { return nil }
    return FileReference(path: path, shown: shown)
  }

  /// Writes `bytes` to the file named by the argument or option (replacing it only with
  /// `--force`) and reports what was written. A refusal names the file as the user typed it,
  /// with the caret under it.
  func writeArtifact(
    _ bytes: [UInt8], to declaration: some ValueDeclaration, detail: String? = nil
  ) throws(ShellError) -> ArtifactOutput {
    guard let file = file(declaration) else {
      throw ShellError("'\(spec.name)' needs \(declaration.name)", column: endColumn)
    }
    do {
      let written = try ArtifactWriter().write(bytes, to: file, force: force)
      return ArtifactOutput(written, detail: detail)
    } catch {
      throw ShellError(error, column: word(declaration)?.column)
    }
  }
}
