import Findings

/// The SARIF 2.1.0 renderer (OASIS, sarif-v2.1.0-os): one run whose `tool.driver.rules` is the
/// rule catalog and whose results point at the file and line of each finding's evidence,
/// relative to `%SRCROOT%` (the session's base directory) so code-scanning viewers resolve them.
public struct SARIFLog: Sendable {
  public var findings: [Finding]
  public var catalog: RuleCatalog
  /// The directory relative evidence paths are relative to (absolute, no trailing slash needed).
  public var baseDirectory: String
  public var toolVersion: String

  public init(
    findings: [Finding], catalog: RuleCatalog, baseDirectory: String, toolVersion: String
  ) {
    self.findings = findings
    self.catalog = catalog
    self.baseDirectory = baseDirectory
    self.toolVersion = toolVersion
  }

  static let schema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  static let baseID = "SRCROOT"

  public var json: JSONValue {
    var rules = catalog.rules
    var index: [String: Int] = [:]
    for (i, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = i }
    for finding in findings where index[finding.id] == nil {
      index[finding.id] = rules.count
      rules.append(finding.rule)
    }
    let driver: JSONValue = .object([
      ("name", "hybridbench"), ("version", .string(toolVersion)),
      ("rules", .array(rules.map(Self.descriptor))),
    ])
    let base =
      "file://"
      + Self.percentEncoded(baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/")
    let run: JSONValue = .object([
      ("tool", .object([("driver", driver)])),
      ("originalUriBaseIds", .object([(Self.baseID, .object([("uri", .string(base))]))])),
      ("results", .array(findings.map { Self.result($0, ruleIndex: index[$0.id] ?? 0) })),
    ])
    return .object([
      ("$schema", .string(Self.schema)), ("version", "2.1.0"), ("runs", .array([run])),
    ])
  }

  /// A `reportingDescriptor` for one catalog rule.
  static func descriptor(_ rule: Rule) -> JSONValue {
    let help =
      "\(rule.explanation)\n\nFix: \(rule.fix)\n\nSources:\n"
      + rule.sources.map { "- \($0)" }.joined(separator: "\n")
    return .object([
      ("id", .string(rule.id)),
      ("shortDescription", .object([("text", .string(rule.title))])),
      ("fullDescription", .object([("text", .string(rule.explanation))])),
      ("help", .object([("text", .string(help))])),
      ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
      ("properties", .object([("sources", .array(rule.sources.map(JSONValue.string)))])),
    ])
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  static func result(_ finding: Finding, ruleIndex: Int) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("ruleId", .string(finding.id)), ("ruleIndex", .int(ruleIndex)),
      ("level", .string(level(finding.severity))),
      ("message", .object([("text", .string("\(finding.subject): \(finding.message)"))])),
    ]
    let place = finding.place
    if let file = place.file, !file.isEmpty {
      var artifact: [(String, JSONValue)]
      if file.hasPrefix("/") {
        artifact = [("uri", .string("file://" + percentEncoded(file)))]
      } else {
        artifact = [("uri", .string(percentEncoded(file))), ("uriBaseId", .string(baseID))]
      }
      var physical: [(String, JSONValue)] = [("artifactLocation", .object(artifact))]
      if let line = place.line, line >= 1 {
        var region: [(String, JSONValue)] = [("startLine", .int(line))]
        if let text = place.text { region.append(("snippet", .object([("text", .string(text))]))) }
        physical.append(("region", .object(region)))
      }
      pairs.append(("locations", .array([.object([("physicalLocation", .object(physical))])])))
    }
    var properties: [(String, JSONValue)] = [("subject", .string(finding.subject))]
    if let fix = finding.fix { properties.append(("fix", .string(fix))) }
    properties.append(("refs", .array(finding.refs.map(JSONValue.string))))
    if place.file == nil || place.line == nil, let text = place.text {
      properties.append(("evidence", .string(text)))
    }
    pairs.append(("properties", .object(properties)))
    return .object(pairs)
  }

  /// A path as a URI reference (RFC 3986 section 2): unreserved characters and `/` stay, every
  /// other byte of the UTF-8 form is percent-encoded; a Windows `\` becomes `/`.
  static func percentEncoded(_ path: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.append(byte)
      case UInt8(ascii: "\\"):
        out.append(UInt8(ascii: "/"))
      default:
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
