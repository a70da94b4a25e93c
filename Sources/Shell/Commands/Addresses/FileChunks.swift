import Findings
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file in fixed chunks with read(2), so files of any size stream through in bounded
/// memory (the address and prefix lists can be millions of lines).
enum FileChunks {
  static let chunkSize = 1 << 20

  /// Calls `body` with each chunk of `file` in order.
  static func stream(
    _ file: FileReference, _ body: (UnsafeRawBufferPointer) -> Void
  ) throws(ShellError) {
    let fd = open(file.path, O_RDONLY)
    guard fd >= 0 else {
      throw ShellError("cannot read \(file.shown): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw ShellError("cannot read \(file.shown): it is a directory")
    }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let n = read(fd, buffer.baseAddress, chunkSize)
      if n == 0 { return }
      if n < 0 {
        if errno == EINTR { continue }
        throw ShellError("cannot read \(file.shown): \(String(cString: strerror(errno)))")
      }
      body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
    }
  }
}
