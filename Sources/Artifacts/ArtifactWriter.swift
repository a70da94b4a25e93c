import Crypto
import Findings

/// What a write produced: where, how big, and its SHA-256, so the user can verify the artifact.
public struct WrittenArtifact: Sendable, Hashable {
  public var file: FileReference
  public var size: Int
  public var sha256: String
}

/// Writes every file the tool produces: into a temporary file in the target's directory, synced,
/// then published under its name in one step, never replacing an existing file unless asked, and
/// creating parent directories.
///
/// A reader therefore sees either the old file or the whole new one, never a half-written file;
/// an interrupted or refused write leaves no partial artifact behind. The no-overwrite publish is
/// `link(2)` of the temporary file to the final name, which fails with EEXIST atomically when the
/// name exists (no window between a check and a `rename`, which would replace a file created in
/// between); `renameat2(RENAME_NOREPLACE)` has no Swift declaration and `syscall(2)` is variadic.
public struct ArtifactWriter: Sendable {
  /// Permission bits for new files (before the umask).
  public var mode: mode_t

  public init(mode: mode_t = 0o644) { self.mode = mode }

  /// Writes `bytes` to `file`. Refuses an existing file unless `force` is true.
  @discardableResult
  public func write(_ bytes: [UInt8], to file: FileReference, force: Bool = false)
    throws(ArtifactError) -> WrittenArtifact
  {
    do {
      return try write(to: file, force: force) { (temporary: FileReference) throws(ArtifactError) in
        try Self.writeAll(bytes, to: temporary)
      }
    } catch let error as ArtifactError {
      throw error
    } catch {
      throw .system(file, operation: "write", errno: EIO)
    }
  }

  /// Writes UTF-8 text.
  @discardableResult
  public func write(_ text: String, to file: FileReference, force: Bool = false)
    throws(ArtifactError) -> WrittenArtifact
  {
    try write(Array(text.utf8), to: file, force: force)
  }

  /// Publishes a file that `produce` fills: it gets an empty temporary file in `file`'s directory
  /// (its path, for libraries that write by name, such as libhivex's commit), may write, check
  /// and re-read it, and only when it returns is the file synced and published as `file`. When
  /// `produce` throws, the temporary file is removed and the error passed on.
  @discardableResult
  public func write(
    to file: FileReference, force: Bool = false,
    producing produce: (FileReference) throws -> Void
  ) throws -> WrittenArtifact {
    var info = stat()
    if lstat(file.path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw ArtifactError.isADirectory(file) }
      if !force { throw ArtifactError.exists(file) }
    }
    let directory = file.parent
    try makeDirectories(directory)
    let temporary = try makeTemporary(in: directory, for: file)
    do {
      try produce(temporary)
      let (size, digest) = try syncAndDigest(temporary, for: file)
      try publish(temporary, as: file, force: force)
      return WrittenArtifact(file: file, size: size, sha256: digest)
    } catch {
      unlink(temporary.path)
      throw error
    }
  }

  /// Moves the finished temporary file to its name: `rename` when replacing is allowed,
  /// otherwise `link` (fails atomically when the name exists) and `unlink` of the temporary name.
  private func publish(_ temporary: FileReference, as file: FileReference, force: Bool)
    throws(ArtifactError)
  {
    if force {
      guard rename(temporary.path, file.path) == 0 else {
        throw .system(file, operation: "rename into place", errno: errno)
      }
      return
    }
    if link(temporary.path, file.path) == 0 {
      unlink(temporary.path)
      return
    }
    let failure = errno
    if failure == EEXIST { throw .exists(file) }
    guard failure == EPERM || failure == ENOTSUP || failure == EOPNOTSUPP || failure == EMLINK
    else { throw .system(file, operation: "link into place", errno: failure) }
    // A file system without hard links (FAT, some FUSE mounts): claim the name with O_EXCL,
    // which is as atomic, then rename over the empty file that only this writer created.
    let claim = open(file.path, O_WRONLY | O_CREAT | O_EXCL, mode)
    guard claim >= 0 else {
      if errno == EEXIST { throw .exists(file) }
      throw .system(file, operation: "create", errno: errno)
    }
    close(claim)
    guard rename(temporary.path, file.path) == 0 else {
      let error = errno
      unlink(file.path)
      throw .system(file, operation: "rename into place", errno: error)
    }
  }

  private func makeTemporary(in directory: FileReference, for file: FileReference)
    throws(ArtifactError) -> FileReference
  {
    let base = directory.path.isEmpty ? "." : directory.path
    var template = Array(base.utf8) + Array("/.\(file.name).XXXXXX".utf8)
    template.append(0)
    let fd = template.withUnsafeMutableBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { mkstemp($0.baseAddress!) }
    }
    guard fd >= 0 else {
      throw .system(directory, operation: "create a file in the directory", errno: errno)
    }
    let umaskValue = umask(0)
    umask(umaskValue)
    fchmod(fd, mode & ~umaskValue)
    close(fd)
    let path = String(decoding: template.dropLast(), as: UTF8.self)
    return FileReference(path: path, shown: file.shown)
  }

  /// Writes all of `bytes` to the (existing, empty) file, retrying on EINTR.
  public static func writeAll(_ bytes: [UInt8], to file: FileReference) throws(ArtifactError) {
    let fd = open(file.path, O_WRONLY | O_TRUNC)
    guard fd >= 0 else { throw .system(file, operation: "write", errno: errno) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Glibc.write(fd, raw.baseAddress! + offset, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .system(file, operation: "write", errno: errno)
      }
      offset += written
    }
  }

  /// Reads the finished file back once for its size and SHA-256 (what was really written, also
  /// when a library produced it), and syncs it before it gets its name.
  private func syncAndDigest(_ temporary: FileReference, for file: FileReference)
    throws(ArtifactError) -> (Int, String)
  {
    let fd = open(temporary.path, O_RDWR)
    guard fd >= 0 else { throw .system(file, operation: "read back", errno: errno) }
    defer { close(fd) }
    var digest = SHA256()  // swift-crypto
    var size = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      if n < 0 { throw .system(file, operation: "read back", errno: errno) }
      if n == 0 { break }
      chunk.withUnsafeBytes {
        digest.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n]))
      }
      size += n
    }
    guard fsync(fd) == 0 else { throw .system(file, operation: "sync", errno: errno) }
    return (size, Self.hex(digest.finalize()))
  }

  private func makeDirectories(_ directory: FileReference) throws(ArtifactError) {
    guard !directory.path.isEmpty else { return }
    var chain: [FileReference] = []
    var next = directory
    while !next.path.isEmpty, next.path != "/", next.path != "." {
      chain.append(next)
      next = next.parent
    }
    for step in chain.reversed() {
      var info = stat()
      if stat(step.path, &info) == 0 {
        if (info.st_mode & S_IFMT) != S_IFDIR { throw .notADirectory(step) }
        continue
      }
      if mkdir(step.path, 0o755) != 0 && errno != EEXIST {
        throw .system(step, operation: "create the directory", errno: errno)
      }
    }
  }

  /// The directory part of `path` ("" when it has none).
  public static func directory(of path: String) -> String { FileReference.directory(of: path) }
}

extension ArtifactWriter {
  /// The lower-case hex SHA-256 of `bytes` (swift-crypto), as reported for every written file.
  public static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

  /// A digest as lower-case hex.
  static func hex<Digest: Sequence>(_ digest: Digest) -> String where Digest.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in digest {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
