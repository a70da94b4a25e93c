/// How much a finding matters: an error blocks a deployment or explains a failure, a warning is
/// worth a look, info teaches or confirms.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  case error
  case warning
  case info

  /// Errors sort first, so a report leads with what blocks.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .info: 2
    }
  }

  /// The fixed-width label the text renderer puts at the start of a finding line.
  public var label: String {
    switch self {
    case .error: "ERROR"
    case .warning: "WARN"
    case .info: "INFO"
    }
  }
}
