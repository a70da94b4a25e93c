import Artifacts
import DirectoryPermissions
import EnvironmentFiles
import EnvironmentModel
import Findings

extension DirectoryPermissionCommands {
  static let exportTo = OptionSpec(
    "to", value: .outputFile, valueName: "FILE", required: true, help: "the file to write")
  static let exportFormat = OptionSpec(
    "format", value: .choice(GrantScript.Format.allCases.map(\.rawValue) + ["text", "json"]),
    valueName: "powershell|sddl|dsacls",
    help: "what to write (default powershell); text|json choose how the report prints")
  static let exportForce = OptionSpec("force", help: "replace FILE (and its verify script) if they exist")

  static let exportGrants = CommandSpec(
    ["export", "grants"], summary: "write a feature's grants as a PowerShell script, SDDL or dsacls lines",
    discussion: """
      The PowerShell script (the default) calls dsacls.exe with argument arrays, never \
      Invoke-Expression: each DN and the account are single-quoted literals passed as one \
      argument each, so no value can run a command. It is idempotent (an ACE already in the DACL \
      is skipped), saves each object's SDDL before its first change (for rollback), supports \
      -WhatIf, and comes with FILE.verify.ps1, which reads the ACLs back and reports each \
      expected ACE present or missing (Windows re-orders an ACL on its first edit, so it checks \
      membership, not position). --format sddl or dsacls writes the raw grants instead.
      """,
    arguments: [grantFeature],
    options: [accountOption, grantScope, exportTo, exportFormat, exportForce, schemaOption],
    examples: [
      "export grants password-writeback --account CORP\\AAD_4f2a --scope DC=corp,DC=contoso,DC=com --to grant-sspr.ps1",
      "export grants exchange-hybrid --to hybrid.sddl --format sddl --schema exchange-schema.ldf",
    ]
  ) { invocation, session in
    let schema = try schema(invocation)
    let domain = try domain(session, for: "export grants")
    let view = DirectoryView(domain: domain, schema: schema)
    let accountIndex = try account(
      invocation.value(accountOption), in: view, column: invocation.word(accountOption)?.column)
    let scope = try invocation.value(grantScope).map { text throws(ShellError) in
      try object(text, in: view, column: invocation.word(grantScope)?.column)
    } ?? view.domainRoot
    guard let scope else { throw ShellError("no domain root in the environment: give --scope DN") }
    guard let feature = PermissionFeature.named(invocation.value(grantFeature) ?? "") else {
      throw ShellError("unknown feature")
    }
    guard invocation.value(exportTo) != nil else {
      throw ShellError("export grants needs --to FILE", column: invocation.endColumn)
    }
    let plan: GrantPlan
    do throws(GrantPlan.PlanError) {
      plan = try GrantPlan(feature: feature, account: accountIndex, scope: scope, view: view)
    } catch {
      throw ShellError(error.description)
    }
    let format = invocation.value(exportFormat).flatMap(GrantScript.Format.init(rawValue:)) ?? .powershell
    let detail = Plural.count(plan.steps.count, "grant")
    switch format {
    case .sddl: return try invocation.writeArtifact(Array(GrantScript.sddl(plan).utf8), to: exportTo, detail: detail)
    case .dsacls: return try invocation.writeArtifact(Array(GrantScript.dsacls(plan).utf8), to: exportTo, detail: detail)
    case .powershell:
      // UTF-8 with a BOM: Windows PowerShell 5.1 reads a BOM-less script as the ANSI code page.
      let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
      let script = try invocation.writeArtifact(bom + Array(GrantScript.powershell(plan).utf8), to: exportTo, detail: detail)
      let verifyPath = GrantScript.verifyPath(for: invocation.path(exportTo)!)
      let verifyShown = GrantScript.verifyPath(for: invocation.value(exportTo)!)
      let verify: WrittenArtifact
      do throws(ArtifactError) {
        verify = try ArtifactWriter().write(
          bom + Array(GrantScript.verify(plan).utf8),
          to: FileReference(path: verifyPath, shown: verifyShown), force: invocation.flag(exportForce))
      } catch {
        throw ShellError(error, column: invocation.word(exportTo)?.column)
      }
      return ExportedScripts(
        script: script, verify: ArtifactOutput(verify, detail: "verify script"))
    }
  }
}

extension GrantScript {
  /// `grant.ps1` → `grant.verify.ps1`; any other name gets `.verify.ps1` appended.
  static func verifyPath(for path: String) -> String {
    path.hasSuffix(".ps1") ? String(path.dropLast(4)) + ".verify.ps1" : path + ".verify.ps1"
  }
}

/// The two files `export grants` writes for PowerShell.
struct ExportedScripts: CommandOutput {
  var script: ArtifactOutput
  var verify: ArtifactOutput

  func text(_ style: TextStyle) -> String { script.text(style) + "\n" + verify.text(style) }

  var json: JSONValue { .object([("script", script.json), ("verify", verify.json)]) }
}
