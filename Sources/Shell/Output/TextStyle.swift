import Findings

/// How text output looks: whether terminal colours are used. Colour is decided once, by the
/// session (`set color`), and is never on when output is not a terminal or `NO_COLOR` is set.
public struct TextStyle: Sendable, Equatable {
  public var color: Bool

  public init(color: Bool) { self.color = color }

  public static let plain = TextStyle(color: false)

  enum Tint: String {
    case red = "31"
    case yellow = "33"
    case cyan = "36"
    case bold = "1"
    case dim = "2"
    case green = "32"
  }

  func paint(_ text: String, _ tint: Tint) -> String {
    color ? "\u{1B}[\(tint.rawValue)m\(text)\u{1B}[0m" : text
  }

  /// The label of a severity, padded to a fixed width so findings line up.
  public func severity(_ severity: Severity) -> String {
    let padded = severity.label + String(repeating: " ", count: max(0, 6 - severity.label.count))
    switch severity {
    case .error: return paint(padded, .red)
    case .warning: return paint(padded, .yellow)
    case .info: return paint(padded, .cyan)
    }
  }

  /// A finding as the text renderer shows it: verdict line first, evidence and fix beneath.
  public func finding(_ finding: Finding) -> String {
    var lines = ["\(severity(finding.severity)) \(paint(finding.id, .bold))  \(finding.message)"]
    if let evidence = finding.evidence {
      let place = evidence.place.map { "\($0): " } ?? ""
      if let text = evidence.text {
        lines.append("  evidence: \(place)\(text)")
      } else if !place.isEmpty {
        lines.append("  evidence: \(evidence.place ?? "")")
      }
    }
    if let fix = finding.fix { lines.append("  fix: \(fix)") }
    if !finding.refs.isEmpty { lines.append(paint("  refs: \(finding.refs.joined(separator: "; "))", .dim)) }
    return lines.joined(separator: "\n")
  }

  /// An error line: `error: message`, red on a terminal.
  public func error(_ message: String) -> String { paint("error:", .red) + " " + message }

  public func dim(_ text: String) -> String { paint(text, .dim) }
  public func bold(_ text: String) -> String { paint(text, .bold) }
}
