import Artifacts

extension Invocation {
  /// Writes `bytes` to the file named by the argument or option `name` (replacing it only with
  /// `--force`) and reports what was written. A refusal names the file as the user typed it,
  /// with the caret under it: the writer itself only knows the resolved path.
  func writeArtifact(
    _ bytes: [UInt8], to declaration: some ValueDeclaration, detail: String? = nil
  ) throws(ShellError) -> ArtifactOutput {
    guard let path = path(declaration), let shown = value(declaration) else {
      throw ShellError("'\(spec.name)' needs \(declaration.name)", column: endColumn)
    }
    do {
      let written = try ArtifactWriter().write(bytes, to: path, force: force)
      return ArtifactOutput(written, shownAs: shown, detail: detail)
    } catch {
      var text = error.description.replacingPath(path, with: shown)
      if !shown.hasPrefix("/") { text = text.replacingPath(baseDirectory + "/", with: "") }
      throw ShellError(text, column: word(declaration)?.column)
    }
  }
}

extension String {
  /// This text with every occurrence of the resolved `path` shown as the user typed it.
  func replacingPath(_ path: String, with shown: String) -> String {
    guard !path.isEmpty, path != shown else { return self }
    return split(separator: path, omittingEmptySubsequences: false).joined(separator: shown)
  }
}
