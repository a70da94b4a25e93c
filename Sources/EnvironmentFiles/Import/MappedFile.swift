import EnvironmentModel
import Dispatch
import Findings
import TextInput

/// A file mapped read-only into memory for one pass of a reader: the kernel's page cache is
/// read in place, with no copy into buffers of our own. Mapped rather than read through
/// `InputFile.chunks` because the parallel LDIF reader hands each thread a slice of the whole
/// file (hundreds of MB) and drops its pages as it goes; the descriptor comes from swift-system.
enum MappedFile {
  /// Calls `body` with the whole content of `file` (empty for an empty file).
  static func withBytes<R>(
    _ file: FileReference, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) throws -> R {
    let descriptor = try InputFile.open(file)
    defer { try? descriptor.close() }
    let fd = descriptor.rawValue
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw InputError("cannot read the file's size", at: SourceLocation(file: file, line: 1))
    }
    let size = Int(info.st_size)
    if size == 0 { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
    guard let raw = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), raw != MAP_FAILED else {
      throw InputError("cannot map the file into memory", at: SourceLocation(file: file, line: 1))
    }
    defer {
      // Unmapping 100,000 pages takes milliseconds that nothing waits for: done off the
      // caller's path. Nothing refers to the mapping once `body` has returned.
      let address = UInt(bitPattern: raw)
      DispatchQueue.global(qos: .utility).async {
        _ = munmap(UnsafeMutableRawPointer(bitPattern: address), size)
      }
    }
    _ = madvise(raw, size, MADV_SEQUENTIAL)
    return try body(
      UnsafeBufferPointer(start: raw.assumingMemoryBound(to: UInt8.self), count: size))
  }

  /// Maps the pages of `part` in one call instead of faulting them in one by one as a reader
  /// meets them; each thread of a parallel read prefaults its own part. Only a hint: where the
  /// kernel lacks it, pages fault in as usual.
  static func prefault(_ part: UnsafeBufferPointer<UInt8>) {
    #if os(Linux)
      guard let start = part.baseAddress, part.count > 0 else { return }
      let page = Int(sysconf(Int32(_SC_PAGESIZE)))
      let address = UInt(bitPattern: start)
      let aligned = address & ~UInt(page - 1)
      let length = part.count + Int(address - aligned)
      // MADV_POPULATE_READ (Linux 5.14): 22 in <asm-generic/mman-common.h>.
      _ = madvise(UnsafeMutableRawPointer(bitPattern: aligned), length, 22)
    #endif
  }

  /// Drops the whole pages inside `part` from this process's mapping once it has been read
  /// (the kernel's cache keeps them): otherwise every page of a 170 MB file counts in the
  /// process's memory until the whole file is unmapped. Pages shared with a neighbouring part
  /// are left alone; touching a dropped page again would simply map it again.
  static func release(_ part: UnsafeBufferPointer<UInt8>) {
    guard let start = part.baseAddress, part.count > 0 else { return }
    let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
    let first = (UInt(bitPattern: start) + page - 1) & ~(page - 1)
    let last = (UInt(bitPattern: start) + UInt(part.count)) & ~(page - 1)
    guard last > first else { return }
    _ = madvise(UnsafeMutableRawPointer(bitPattern: first), Int(last - first), MADV_DONTNEED)
  }
}
