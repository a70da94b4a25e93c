import EnvironmentModel
import Findings

extension WalkCheckResult {
  /// The verdict of a review: `failed` when any finding is a warning or an error, else `passed`
  /// (info findings are shown but do not fail the check).
  static func judging(
    _ findings: [Finding], problem: String, clean: String, facts: [String: String] = [:]
  ) -> WalkCheckResult {
    let failing = findings.contains { $0.severity != .info }
    return WalkCheckResult(
      failing ? .failed : .passed, failing ? problem : clean, findings: findings, facts: facts)
  }

  /// The result of an environment check when no environment (or no model) is loaded.
  static let noEnvironment = WalkCheckResult(
    .unknown, "no environment is loaded: load one (or the demo) and run 'walk status' to look again"
  )
}

extension WalkContext {
  /// The loaded environment's model, if any.
  var model: Environment? { environment?.model }
}
