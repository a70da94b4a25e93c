import Findings
import SystemPackage

/// The one way input files are read: a descriptor from swift-system, read in fixed chunks with
/// EINTR retried, so files of any size stream through in bounded memory; a directory or an
/// unreadable path becomes one `FileReadError` naming the path as the user typed it.
public enum InputFile {
  public static let chunkSize = 1 << 20

  /// Calls `body` with each chunk of `file`, in order.
  public static func chunks(
    _ file: FileReference, chunkSize: Int = chunkSize,
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) throws(FileReadError) {
    let fd = try open(file)
    defer { try? fd.close() }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count: Int
      do {
        count = try fd.read(into: buffer, retryOnInterrupt: true)
      } catch {
        throw failure(error, file)
      }
      if count == 0 { return }
      body(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[0..<count]))
    }
  }

  /// The whole file, refused when larger than `limit` bytes.
  public static func bytes(
    _ file: FileReference, limit: Int = 256 << 20
  ) throws(FileReadError) -> [UInt8] {
    var bytes: [UInt8] = []
    var tooLarge = false
    try chunks(file, chunkSize: 1 << 16) { chunk in
      guard !tooLarge else { return }
      if bytes.count + chunk.count > limit {
        tooLarge = true
      } else {
        bytes.append(contentsOf: chunk)
      }
    }
    if tooLarge { throw FileReadError(file: file, reason: .tooLarge(limit: limit)) }
    return bytes
  }

  /// The whole file as UTF-8 text (see `TextDecoding.utf8`): what every reader of answer files,
  /// environments, scripts and transcripts parses.
  public static func text(
    _ file: FileReference, limit: Int = 256 << 20
  ) throws(FileReadError) -> [UInt8] {
    try TextDecoding.utf8(bytes(file, limit: limit), file: file)
  }

  /// The first `count` bytes of the file (fewer when it is shorter): enough to tell its kind.
  public static func head(
    _ file: FileReference, count: Int
  ) throws(FileReadError)
    -> [UInt8]
  {
    let fd = try open(file)
    defer { try? fd.close() }
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let n: Int
      do {
        n = try bytes.withUnsafeMutableBytes {
          try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
        }
      } catch {
        throw failure(error, file)
      }
      if n == 0 { break }
      filled += n
    }
    return Array(bytes[0..<filled])
  }

  /// A read-only descriptor for `file`; the caller closes it. Used by the mapped LDIF reader.
  public static func open(_ file: FileReference) throws(FileReadError) -> FileDescriptor {
    do {
      return try FileDescriptor.open(FilePath(file.path), .readOnly, retryOnInterrupt: true)
    } catch {
      throw failure(error, file)
    }
  }

  /// A swift-system error (always an `Errno`) as the one wording.
  static func failure(_ error: any Error, _ file: FileReference) -> FileReadError {
    let errno = error as? Errno ?? .ioError
    return FileReadError(
      file: file, reason: errno == .isDirectory ? .directory : .unreadable(errno))
  }
}
