import Crypto
import Findings

/// What a write produced: where, how big, and its SHA-256, so the user can verify the artifact.
public struct WrittenArtifact: Sendable, Equatable {
  public var path: String
  public var size: Int
  public var sha256: String
}

/// Why a write did not happen. Nothing on disk changed in any of these cases.
public enum ArtifactError: Error, Equatable, CustomStringConvertible {
  case exists(path: String)
  case notADirectory(path: String)
  case isADirectory(path: String)
  case system(path: String, operation: String, message: String)

  public var description: String {
    switch self {
    case .exists(let path): "\(path) already exists (add --force to replace it)"
    case .notADirectory(let path): "\(path) is not a directory"
    case .isADirectory(let path): "\(path) is a directory, not a file"
    case .system(let path, let operation, let message): "cannot \(operation) \(path): \(message)"
    }
  }
}

/// Writes every artifact the shell exports: atomically (a temporary file in the same directory,
/// then `rename`), never replacing an existing file unless asked, creating parent directories.
///
/// A reader therefore sees either the old file or the whole new one, never a half-written file,
/// and an interrupted export leaves no partial artifact behind.
public struct ArtifactWriter: Sendable {
  /// Permission bits for new files (before the umask).
  public var mode: mode_t

  public init(mode: mode_t = 0o644) { self.mode = mode }

  /// Writes `bytes` to `path`. Refuses an existing file unless `force` is true.
  @discardableResult
  public func write(_ bytes: [UInt8], to path: String, force: Bool = false) throws(ArtifactError)
    -> WrittenArtifact
  {
    var info = stat()
    if lstat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw .isADirectory(path: path) }
      if !force { throw .exists(path: path) }
    }
    let directory = Self.directory(of: path)
    try makeDirectories(directory)
    let temporary = try writeTemporary(bytes, in: directory, finalPath: path)
    if rename(temporary, path) != 0 {
      let error = Self.lastError()
      unlink(temporary)
      throw .system(path: path, operation: "rename into", message: error)
    }
    return WrittenArtifact(path: path, size: bytes.count, sha256: Self.sha256(bytes))
  }

  /// Writes UTF-8 text.
  @discardableResult
  public func write(_ text: String, to path: String, force: Bool = false) throws(ArtifactError)
    -> WrittenArtifact
  {
    try write(Array(text.utf8), to: path, force: force)
  }

  private func writeTemporary(_ bytes: [UInt8], in directory: String, finalPath: String)
    throws(ArtifactError) -> String
  {
    let name = finalPath.split(separator: "/").last.map(String.init) ?? "artifact"
    var template = Array((directory == "" ? "." : directory).utf8) + Array("/.\(name).XXXXXX".utf8)
    template.append(0)
    let fd = template.withUnsafeMutableBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { mkstemp($0.baseAddress!) }
    }
    let temporary = String(decoding: template.dropLast(), as: UTF8.self)
    guard fd >= 0 else {
      throw .system(path: directory, operation: "create a file in", message: Self.lastError())
    }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Glibc.write(fd, raw.baseAddress! + offset, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let error = Self.lastError()
        unlink(temporary)
        throw .system(path: finalPath, operation: "write", message: error)
      }
      offset += written
    }
    let umaskValue = umask(0)
    umask(umaskValue)
    fchmod(fd, mode & ~umaskValue)
    if fsync(fd) != 0 {
      let error = Self.lastError()
      unlink(temporary)
      throw .system(path: finalPath, operation: "sync", message: error)
    }
    return temporary
  }

  private func makeDirectories(_ directory: String) throws(ArtifactError) {
    guard !directory.isEmpty else { return }
    var built = directory.hasPrefix("/") ? "" : "."
    for part in directory.split(separator: "/") {
      built += "/" + part
      var info = stat()
      if stat(built, &info) == 0 {
        if (info.st_mode & S_IFMT) != S_IFDIR { throw .notADirectory(path: built) }
        continue
      }
      if mkdir(built, 0o755) != 0 && errno != EEXIST {
        throw .system(path: built, operation: "create directory", message: Self.lastError())
      }
    }
  }

  /// The directory part of `path` ("" when it has none).
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}

extension ArtifactWriter {
  /// The lower-case hex SHA-256 of `bytes` (swift-crypto), as reported for every written file.
  static func sha256(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in SHA256.hash(data: bytes) {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
