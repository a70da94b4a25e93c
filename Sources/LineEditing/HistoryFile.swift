#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the shell's history persists: `$XDG_STATE_HOME/hybridbench/history`, else
/// `~/.local/state/hybridbench/history` (XDG Base Directory Specification), mode 0600.
public struct HistoryFile: Sendable, Equatable {
  /// The most lines kept; older ones fall off.
  public static let maximumEntries = 1000
  /// Longer lines are not kept: history is for recalling commands, not for pasted documents.
  public static let longestLine = 4096

  public var path: String

  public init(path: String) { self.path = path }

  /// The per-user location, from the environment; nil when neither variable is usable.
  public static func standard(environment: [String: String]) -> HistoryFile? {
    let base: String
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = state
    } else if let home = environment["HOME"], !home.isEmpty {
      base = home + "/.local/state"
    } else {
      return nil
    }
    return HistoryFile(path: base + "/hybridbench/history")
  }

  /// True for lines that belong in history: not blank, no control characters, not huge.
  public static func isWorthKeeping(_ line: String) -> Bool {
    guard line.utf8.count <= longestLine else { return false }
    guard line.unicodeScalars.contains(where: { $0 != " " && $0 != "\t" }) else { return false }
    return !line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }
  }

  /// Creates the directory (0700), lets `write` fill the file, then makes it private (0600).
  func save(_ write: (String) -> Int32) {
    let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    guard !directory.isEmpty, Self.makeDirectories(directory) else { return }
    let fd = open(path, O_WRONLY | O_CREAT, 0o600)
    if fd >= 0 { close(fd) }
    _ = write(path)
    chmod(path, 0o600)
  }

  private static func makeDirectories(_ path: String) -> Bool {
    var built = ""
    for part in path.split(separator: "/") {
      built += "/" + part
      if mkdir(built, 0o700) != 0 && errno != EEXIST { return false }
    }
    return true
  }
}
