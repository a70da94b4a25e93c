import Artifacts
import Findings

extension Invocation {
  /// The file named by the argument or option `name`: resolved against the base directory, and
  /// as the user typed it, for every message about it.
  func file(_ name: String) -> FileReference? {
    guard let path = path(name), let shown = value(name) ?? option(name) else { return nil }
    return FileReference(path: path, shown: shown)
  }

  /// The column of the word that gave the argument or option `name`, for a caret.
  func column(of name: String) -> Int? { (words(name).first ?? options[name]?.last)?.column }

  /// Writes `bytes` to the file named by the argument or option `name` (replacing it only with
  /// `--force`) and reports what was written. A refusal names the file as the user typed it,
  /// with the caret under it.
  func writeArtifact(_ bytes: [UInt8], to name: String, detail: String? = nil) throws(ShellError)
    -> ArtifactOutput
  {
    guard let file = file(name) else {
      throw ShellError("'\(spec.name)' needs \(name)", column: endColumn)
    }
    do {
      let written = try ArtifactWriter().write(bytes, to: file, force: flag("force"))
      return ArtifactOutput(written, detail: detail)
    } catch {
      throw ShellError(error, column: column(of: name))
    }
  }
}
