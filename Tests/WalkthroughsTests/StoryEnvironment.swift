import EnvironmentFiles
import EnvironmentModel
import Findings
import XCTest

@testable import Walkthroughs

/// Environments for the story tests, written as native YAML and loaded through the real loader.
enum StoryEnvironment {
  static func load(_ yaml: String, file: FileReference = "test.yaml") throws -> Environment {
    try EnvironmentLoader.load(bytes: Array(yaml.utf8), file: file, name: "test").environment
  }

  /// A context whose environment is `environment`.
  static func context(_ environment: Environment?, answers: [String: String] = [:]) -> WalkContext {
    WalkContext(
      answers: answers, baseDirectory: "/lab",
      environment: environment.map { WalkEnvironment(name: $0.name, model: $0, artifacts: [:]) })
  }
}

extension Array where Element == Finding {
  /// The finding ids, in order.
  var ids: [String] { map(\.id) }
}
