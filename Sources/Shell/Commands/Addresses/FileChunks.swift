import Findings
import TextInput

/// Reads a file in fixed chunks through the one reader and decoding layer (`InputFile`,
/// `TextChunks`), so address and prefix lists of any size stream through in bounded memory,
/// whatever encoding Windows wrote them in.
enum FileChunks {
  static let chunkSize = 1 << 20

  /// Calls `body` with each UTF-8 chunk of `file` in order.
  static func stream(
    _ file: FileReference, _ body: (UnsafeRawBufferPointer) -> Void
  ) throws(ShellError) {
    do {
      _ = try InputFile.textChunks(file, chunkSize: chunkSize) {
        body(UnsafeRawBufferPointer($0))
      }
    } catch {
      throw ShellError(error)
    }
  }
}
