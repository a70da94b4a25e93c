import Findings

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file mapped read-only into memory for one pass of a reader: the kernel's page cache is
/// read in place, with no copy into buffers of our own.
enum MappedFile {
  /// Calls `body` with the whole content of `path` (empty for an empty file); errors name the
  /// file as `file`.
  static func withBytes<R>(
    path: String, file: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) throws -> R {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw InputError("cannot open the file", at: SourceLocation(file: file, line: 1))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw InputError("cannot read the file's size", at: SourceLocation(file: file, line: 1))
    }
    let size = Int(info.st_size)
    if size == 0 { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
    #if os(Linux)
      // Maps every page up front in one call instead of faulting them in one by one.
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let raw = mmap(nil, size, PROT_READ, flags, fd, 0), raw != MAP_FAILED else {
      throw InputError("cannot map the file into memory", at: SourceLocation(file: file, line: 1))
    }
    defer { munmap(raw, size) }
    _ = madvise(raw, size, MADV_SEQUENTIAL)
    return try body(
      UnsafeBufferPointer(start: raw.assumingMemoryBound(to: UInt8.self), count: size))
  }
}
