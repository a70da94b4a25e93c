import Artifacts
import Findings
import Foundation
import Walkthroughs

/// Walks in progress, kept in `<state>/walks.json` so a walk resumes after a restart.
enum WalkJournal {
  static func path(in directory: String) -> String { directory + "/walks.json" }

  static func load(from directory: String) -> [String: WalkProgress] {
    guard let data = FileManager.default.contents(atPath: path(in: directory)),
      let walks = try? JSONDecoder().decode([String: WalkProgress].self, from: data)
    else { return [:] }
    return walks
  }

  static func save(_ walks: [String: WalkProgress], to directory: String) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    guard let data = try? encoder.encode(walks) else { return }
    _ = try? ArtifactWriter(mode: 0o600).write(Array(data), to: FileReference(path: path(in: directory)), force: true)
  }
}

extension Session {
  /// Writes the walks in progress, when this session keeps state.
  mutating func saveWalks() {
    guard let stateDirectory else { return }
    WalkJournal.save(walks, to: stateDirectory)
  }
}
