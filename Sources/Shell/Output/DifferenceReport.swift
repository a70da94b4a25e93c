import EnvironmentFiles
import EnvironmentModel
import Findings

/// What `diff A B` shows: one line per difference (`+` only in B, `-` only in A, `~` changed),
/// then a count.
public struct DifferenceReport: CommandOutput {
  public var first: String
  public var second: String
  public var differences: [EnvironmentDifference]

  public init(_ first: String, _ second: String, _ differences: [EnvironmentDifference]) {
    self.first = first
    self.second = second
    self.differences = differences
  }

  public func text(_ style: TextStyle) -> String {
    let closing = "between '\(first)' and '\(second)'"
    guard !differences.isEmpty else { return "no differences \(closing)" }
    var lines = differences.map(\.description)
    lines.append(Plural.count(differences.count, "difference") + " " + closing)
    return lines.joined(separator: "\n")
  }

  public var json: JSONValue {
    .object([
      ("a", .string(first)), ("b", .string(second)),
      ("differences", .array(differences.map(\.json))),
    ])
  }
}
