import Findings

/// The checks that keep `sam fix` from writing the source: the copy may not be the same path,
/// resolve to it, be a link or directory, or be the same inode (a hard link).
enum CopyPath {
  static func check(source: String, copy: String, force: Bool) throws(SAMRepairError) {
    if copy == source { throw .targetIsSource(source: source, copy: copy) }
    let sourceReal = realPath(source)
    var sourceInfo = stat()
    let sourceKnown = stat(source, &sourceInfo) == 0
    var info = stat()
    if lstat(copy, &info) == 0 {
      let kind = info.st_mode & S_IFMT
      if sourceKnown, info.st_dev == sourceInfo.st_dev, info.st_ino == sourceInfo.st_ino {
        throw .targetIsSource(source: source, copy: copy)
      }
      if let sourceReal, realPath(copy) == sourceReal {
        throw .targetIsSource(source: source, copy: copy)
      }
      guard kind == S_IFREG else { throw .targetNotRegularFile(copy: copy) }
      if !force { throw .targetExists(copy: copy) }
      return
    }
    let (directory, base) = split(copy)
    guard let directoryReal = realPath(directory) else {
      throw .targetDirectoryMissing(copy: copy)
    }
    let resolved = directoryReal == "/" ? "/" + base : directoryReal + "/" + base
    if resolved == sourceReal { throw .targetIsSource(source: source, copy: copy) }
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Directory and last component; a bare name lives in ".".
  private static func split(_ path: String) -> (String, String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }
}
