import EnvironmentModel
import Findings

/// The UnattendedJoin and local-password rules run over an `UnattendFile`.
///
/// Each rule yields a `Finding` with a stable id, the element's line as evidence, a fix and the
/// Microsoft pages it rests on. Values that are template placeholders (`$Var`, `{{ var }}`,
/// `%VAR%`) are filled at deployment time, so the rules that read values skip them.
public struct UnattendLint: Sendable {
  /// The environment check for MachineObjectOU; nil when no environment is loaded.
  public var directory: DirectoryLookup?

  public init(directory: DirectoryLookup? = nil) {
    self.directory = directory
  }

  /// Every finding for `file`, in report order.
  public func check(_ file: UnattendFile) -> [Finding] {
    var findings: [Finding] = []
    for join in file.joins {
      var context = RuleContext(file: file.file, join: join)
      context.checkEmptyElements()
      context.checkPass()
      context.checkCredentials()
      context.checkTargets()
      context.checkTimeout()
      context.checkOU(directory: directory)
      context.checkPlaceholders()
      findings += context.findings
    }
    findings += PasswordRules(file: file).findings()
    findings += ShellSetupRules(file: file).findings()
    return findings.sorted(by: Finding.reportOrder)
  }

  /// The Shell-Setup rules declared as `FindingRule`s (the older join and password rules build
  /// their findings in place), for a rule catalog.
  public static var declaredRules: [FindingRule] { ShellSetupRules.rules }

  /// True for values a deployment tool fills in later: `$Name`, `$(expr)`, `{{ name }}`, `%NAME%`.
  public static func isPlaceholder(_ value: String) -> Bool {
    if value.contains("$") || value.contains("{{") || value.contains("{%") { return true }
    return value.count >= 3 && value.hasPrefix("%") && value.hasSuffix("%")
  }
}

/// The findings for one UnattendedJoin component, built rule by rule.
struct RuleContext {
  let file: FileReference
  let join: UnattendedJoin
  var findings: [Finding] = []

  init(file: FileReference, join: UnattendedJoin) {
    self.file = file
    self.join = join
  }

  /// The element path used as a finding's subject.
  func subject(_ element: String) -> String {
    let id = join.isOffline ? "OfflineIdentification" : "Identification"
    return "UnattendedJoin/\(id)/\(element)"
  }

  /// SourceLocation naming the element and (non-secret) value at its line.
  func evidence(_ element: String, _ value: Located<String>?) -> SourceLocation {
    let leaf = element.split(separator: "/").last.map(String.init) ?? element
    let text = value.map { $0.value.isEmpty ? "<\(leaf) />" : "<\(leaf)>\($0.value)</\(leaf)>" }
    return SourceLocation(file, line: value?.line ?? join.componentLine, text: text)
  }

  /// SourceLocation for a secret element: only that it is there.
  func secretEvidence(_ element: String, _ secret: SecretPresence) -> SourceLocation {
    let text = secret.isEmpty ? "<\(element) />" : "<\(element)>REDACTED</\(element)>"
    return SourceLocation(file, line: secret.line, text: text)
  }

  mutating func add(
    _ id: String, _ severity: Severity, element: String, _ message: String,
    evidence: SourceLocation, fix: String?, refs: [String]
  ) {
    findings.append(
      Finding(
        id: id, severity: severity, subject: subject(element), message: message,
        evidence: evidence, fix: fix, refs: refs))
  }

  /// The value when present, non-empty and not a placeholder: what value rules may read.
  static func usable(_ value: Located<String>?) -> Located<String>? {
    guard let value, !value.value.isEmpty, !UnattendLint.isPlaceholder(value.value) else {
      return nil
    }
    return value
  }

  /// True when the element is present with some value (placeholders count as a value).
  static func given(_ value: Located<String>?) -> Bool {
    !(value?.value.isEmpty ?? true)
  }
}
