import Findings

/// The check that keeps `sam fix` from writing the source: the copy may not be the same path,
/// resolve to it (a symbolic link, `./`), or be the same inode (a hard link). Whether the copy
/// exists or its directory can be made is the artifact writer's to say.
enum CopyPath {
  static func check(source: FileReference, copy: FileReference) throws(SAMRepairError) {
    if copy.path == source.path { throw .targetIsSource(copy: copy) }
    let sourceReal = realPath(source.path)
    var sourceInfo = stat()
    let sourceKnown = stat(source.path, &sourceInfo) == 0
    var info = stat()
    if stat(copy.path, &info) == 0, sourceKnown, info.st_dev == sourceInfo.st_dev,
      info.st_ino == sourceInfo.st_ino
    {
      throw .targetIsSource(copy: copy)
    }
    if let sourceReal, realPath(copy.path) == sourceReal { throw .targetIsSource(copy: copy) }
    let directory = FileReference.directory(of: copy.path)
    if let directoryReal = realPath(directory.isEmpty ? "." : directory) {
      let resolved = (directoryReal == "/" ? "" : directoryReal) + "/" + copy.name
      if resolved == sourceReal { throw .targetIsSource(copy: copy) }
    }
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
