import Findings

/// File-system entries for completing a path argument.
enum PathCompletion {
  struct Entry: Equatable {
    /// The path as it will be inserted (keeps what the user typed before the last `/`).
    var path: String
    /// The name shown in a list, `/` after directories.
    var display: String
    var isDirectory: Bool
  }

  /// Entries of the directory named by `typed` whose names start with its last component.
  /// Hidden entries are offered only when the typed name starts with a dot.
  static func entries(matching typed: String, baseDirectory: String, limit: Int = 500) -> [Entry] {
    let slash = typed.lastIndex(of: "/")
    let directoryPart = slash.map { String(typed[...$0]) } ?? ""
    let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
    let directory = Invocation.resolve(
      directoryPart.isEmpty ? "." : directoryPart, against: baseDirectory)
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var entries: [Entry] = []
    while let entry = readdir(handle), entries.count < limit {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      if name.hasPrefix("."), !namePrefix.hasPrefix(".") { continue }
      guard name.hasPrefix(namePrefix) else { continue }
      var info = stat()
      let isDirectory =
        stat(directory + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      entries.append(
        Entry(
          path: directoryPart + name + (isDirectory ? "/" : ""),
          display: name + (isDirectory ? "/" : ""), isDirectory: isDirectory))
    }
    return entries.sorted { $0.path < $1.path }
  }
}
