import Artifacts
import Findings

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

  /// Creates the directory (0700), then lets `write` (libedit's H_SAVE, which writes by name)
  /// fill a private (0600) temporary file that the artifact writer puts in place whole, so a
  /// crash mid-save never leaves a truncated history.
  func save(_ write: (String) -> Int32) {
    let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    guard !directory.isEmpty, Self.makeDirectories(directory) else { return }
    struct NotSaved: Error {}
    _ = try? ArtifactWriter(mode: 0o600).write(to: FileReference(path: path), force: true) {
      temporary in
      if write(temporary.path) < 0 { throw NotSaved() }
    }
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
