import EnvironmentFiles
import EnvironmentModel
import XCTest

@testable import DirectoryPermissions

/// The exported scripts against injection: every value from the directory must be exactly one
/// PowerShell single-quoted literal. No PowerShell can be installed here from Debian or PyPI, so
/// a tokenizer of the PowerShell string rules the script relies on proves it: the script's
/// token structure is the same whatever the values, and each value decodes back whole.
final class GrantScriptTests: XCTestCase {
  enum Token: Equatable {
    case literal(String)
    /// A double-quoted (expandable) string: only the template may have these.
    case expandable(String)
    case bare(String)
  }

  static let singleQuotes: Set<Character> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"]
  static let doubleQuotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}"]

  /// PowerShell's string rules ("about_Quoting_Rules"; its tokenizer's IsSingleQuote and
  /// IsDoubleQuote): in a single-quoted string nothing expands and a doubled quote character is
  /// one literal quote; a double-quoted string expands `$` and honours backtick escapes.
  func tokens(_ script: String) -> [Token] {
    var result: [Token] = []
    let chars = Array(script)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c.isWhitespace || c == "\r\n" {
        i += 1
      } else if c == "#" {
        while i < chars.count, chars[i] != "\n", chars[i] != "\r\n" { i += 1 }
      } else if Self.singleQuotes.contains(c) {
        var value = ""
        i += 1
        while i < chars.count {
          if Self.singleQuotes.contains(chars[i]) {
            if i + 1 < chars.count, Self.singleQuotes.contains(chars[i + 1]) {
              value.append(chars[i])
              i += 2
              continue
            }
            break
          }
          value.append(chars[i])
          i += 1
        }
        XCTAssertLessThan(i, chars.count, "unterminated single-quoted string")
        i += 1
        result.append(.literal(value))
      } else if Self.doubleQuotes.contains(c) {
        var value = ""
        i += 1
        while i < chars.count, !Self.doubleQuotes.contains(chars[i]) {
          if chars[i] == "`" { i += 1 }
          if i < chars.count { value.append(chars[i]) }
          i += 1
        }
        i += 1
        result.append(.expandable(value))
      } else {
        var word = ""
        while i < chars.count, !chars[i].isWhitespace, !Self.singleQuotes.contains(chars[i]),
          !Self.doubleQuotes.contains(chars[i])
        {
          word.append(chars[i])
          i += 1
        }
        result.append(.bare(word))
      }
    }
    return result
  }

  /// The token stream with every literal's content blanked: the script's shape.
  func shape(_ script: String) -> [Token] {
    tokens(script).map { if case .literal = $0 { return .literal("") } else { return $0 } }
  }

  func domain(ou: String, account: String) -> Domain {
    var d = Domain(dnsName: "corp.contoso.com")
    d.netbiosName = "CORP"
    d.sid = "S-1-5-21-1-2-3"
    var root = DirectoryObject(dn: "DC=corp,DC=contoso,DC=com", objectClasses: ["top", "domainDNS"])
    root.securityDescriptor = .sddl("O:DAG:DAD:(A;;RPLCLORC;;;AU)")
    var scope = DirectoryObject(dn: ou, objectClasses: ["top", "organizationalUnit"])
    scope.securityDescriptor = .sddl("O:DAG:DAD:(A;;RPLCLORC;;;AU)")
    var user = DirectoryObject(dn: "CN=aad,CN=Users,DC=corp,DC=contoso,DC=com", objectClasses: ["top", "user"])
    user.sid = "S-1-5-21-1-2-3-1107"
    user.attributes = [DirectoryAttribute(name: "sAMAccountName", values: [account])]
    d.objects = [root, scope, user]
    return d
  }

  func scripts(ou: String, account: String) throws -> (String, String, GrantPlan) {
    let view = DirectoryView(domain: domain(ou: ou, account: account))
    XCTAssertEqual(view.problems, [])
    let plan = try GrantPlan(
      feature: PermissionFeature.named("password-writeback")!, account: 2, scope: 1, view: view)
    return (GrantScript.powershell(plan), GrantScript.verify(plan), plan)
  }

  func testEveryValueIsOneLiteral() throws {
    let benign = try scripts(ou: "OU=Staff,DC=corp,DC=contoso,DC=com", account: "aad")
    let attacks: [(String, String)] = [
      ("OU=a'b,DC=corp,DC=contoso,DC=com", "x'; calc; '"),
      ("OU=$(calc),DC=corp,DC=contoso,DC=com", "$(Start-Process calc)"),
      ("OU=tick`n`$x,DC=corp,DC=contoso,DC=com", "a`$b`"),
      ("OU=semi\\;colon & calc,DC=corp,DC=contoso,DC=com", "a;b|c&d"),
      ("OU=quote\\\"d\\\",DC=corp,DC=contoso,DC=com", "\"x\"; calc"),
      ("OU=uni\u{2018}x\u{2019}\u{201A}\u{201B}y,DC=corp,DC=contoso,DC=com", "z\u{2019}; calc; \u{2018}"),
      ("OU=\u{201C}smart\u{201D},DC=corp,DC=contoso,DC=com", "\u{201E}x\u{201D}"),
      ("OU=line\\0Abreak,DC=corp,DC=contoso,DC=com", "new\nline'; calc #"),
    ]
    for (ou, account) in attacks {
      let (script, verify, plan) = try scripts(ou: ou, account: account)
      XCTAssertEqual(shape(script), shape(benign.0), "grant script shape for \(ou) / \(account)")
      XCTAssertEqual(shape(verify), shape(benign.1), "verify script shape for \(ou) / \(account)")
      let literals = tokens(script).compactMap { token -> String? in
        if case .literal(let value) = token { return value }
        return nil
      }
      for step in plan.steps {
        XCTAssertTrue(literals.contains(step.targetDN), step.targetDN)
        XCTAssertTrue(literals.contains(step.grant.statement), step.grant.statement)
        XCTAssertTrue(step.grant.statement.hasPrefix("CORP\\" + account + ":"))
      }
      XCTAssertFalse(script.lowercased().contains("invoke-expression"))
      XCTAssertFalse(script.contains("iex "))
    }
  }

  func testLiteralDoublesEveryQuoteKind() {
    XCTAssertEqual(GrantScript.literal("a'b"), "'a''b'")
    XCTAssertEqual(GrantScript.literal("\u{2019}"), "'\u{2019}\u{2019}'")
    XCTAssertEqual(GrantScript.literal("$(x)`\"y\""), "'$(x)`\"y\"'")
  }

  func testScriptsAreIdempotentAndSaveFirst() throws {
    let (script, verify, _) = try scripts(ou: "OU=Staff,DC=corp,DC=contoso,DC=com", account: "aad")
    XCTAssertTrue(script.contains("$current.Contains($grant.Ace)"))
    let save = try XCTUnwrap(script.range(of: "Set-Content -LiteralPath $file"))
    let run = try XCTUnwrap(script.range(of: "& dsacls.exe @arguments"))
    XCTAssertLessThan(save.lowerBound, run.lowerBound)
    XCTAssertTrue(verify.contains("MISSING"))
    XCTAssertTrue(verify.contains("exit 1"))
  }
}
