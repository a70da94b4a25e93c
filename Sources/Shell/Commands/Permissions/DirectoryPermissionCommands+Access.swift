import DirectoryPermissions
import EnvironmentFiles
import EnvironmentModel
import Findings
import WindowsSecurity

extension DirectoryPermissionCommands {
  /// The account a command acts for: `--account`/TRUSTEE, or the domain's sync account.
  static func account(_ text: String?, in view: DirectoryView, column: Int? = nil)
    throws(ShellError) -> Int
  {
    let name = text ?? view.domain.syncAccount?.name
    guard let name else {
      throw ShellError(
        "no account: give --account DOMAIN\\name (the environment names no sync account)",
        column: column)
    }
    let trustee = TrusteeName(name)
    if let index = view.resolve(trustee) { return index }
    if text == nil, let dn = view.domain.syncAccount?.dn, let index = view.index(ofDN: dn) {
      return index
    }
    throw ShellError(
      "trustee '\(name)' is not in the environment, so its groups are unknown: not guessed",
      column: column, hint: "use DOMAIN\\sAMAccountName, name@domain or a SID of a loaded object")
  }

  static func object(_ text: String, in view: DirectoryView, column: Int?) throws(ShellError)
    -> Int
  {
    let name: DistinguishedName
    do {
      name = try DistinguishedName(parsing: text)
    } catch {
      throw ShellError("DN '\(text)': \(error.description)", column: column.map { $0 + error.column - 1 })
    }
    guard let index = view.index(of: name) else {
      throw ShellError("no object '\(text)' in the environment", column: column)
    }
    return index
  }

  static let canTrustee = ArgumentSpec(
    "TRUSTEE", .name(.account), help: "DOMAIN\\name, name@domain or a SID")
  static let canRight = ArgumentSpec(
    "RIGHT", .text, help: "WP, RP, RPWP, CR (dsacls CA), SW, CC, DC, SD, RC, WD, WO")
  static let canWords = ArgumentSpec(
    "WORDS", .name(.distinguishedName), .variadic(minimum: 2),
    help: "[ATTRIBUTE|EXTENDED-RIGHT|CLASS] on DN")
  static let effectiveOn = ArgumentSpec("on", .text, help: "the word 'on'")
  static let effectiveDN = ArgumentSpec("DN", .name(.distinguishedName), help: "the object")
  static let featureChoice = ValueKind.choice(PermissionFeature.catalog.map(\.id))
  static let needFeatures = ArgumentSpec(
    "FEATURE", featureChoice, .variadic(minimum: 1), help: "the features")
  static let auditFeatures = ArgumentSpec(
    "FEATURE", featureChoice, .variadic(minimum: 0), help: "the features to check")
  static let auditScope = OptionSpec(
    "scope", value: .name(.distinguishedName), valueName: "DN", help: "only objects at or below DN")
  static let auditLimit = OptionSpec(
    "limit", value: .number, valueName: "N",
    help: "objects listed per cause in text (default 20, 0 for all)")
  static let grantFeature = ArgumentSpec("FEATURE", featureChoice, help: "the feature")
  static let grantScope = OptionSpec(
    "scope", value: .name(.distinguishedName), valueName: "DN",
    help: "where the grants go (default: the domain root)")

  static let can = CommandSpec(
    ["perm", "can"], summary: "can TRUSTEE do RIGHT on DN? GRANTED or DENIED, and why",
    discussion: """
      Runs the access check of [MS-DTYP] 2.5.3.2 / [MS-ADTS] 5.1.3 offline: the account's token \
      from the environment (its SID, primary group, nested groups, well-known logon SIDs), the \
      object's effective DACL computed from its parent chain ([MS-ADTS] 6.1.3), ACEs in order, \
      inherit-only skipped, first match per bit. Prints the decision first, then the deciding ACE \
      and where it came from; when denied, the cause and the smallest grant that fixes it. A \
      protected account (Domain Admins and the like) is checked against AdminSDHolder's DACL, \
      which SDProp copies onto it within the hour. RIGHT is SDDL or dsacls letters (WP, RP, CR \
      or CA, SW, CC, DC, RC, WD); the name is an attribute, property set, extended right or class.
      """,
    arguments: [canTrustee, canRight, canWords],
    options: [schemaOption],
    examples: [
      "perm can CORP\\AAD_4f2a WP pwdLastSet on 'CN=Bob User,OU=Staff,DC=corp,DC=contoso,DC=com'",
      "perm can CORP\\AAD_4f2a CR 'Reset Password' on 'CN=Ann Admin,OU=Staff,DC=corp,DC=contoso,DC=com'",
    ]
  ) { invocation, session in
    let words = invocation.words(canWords)
    guard words.count >= 2, words[words.count - 2].text.lowercased() == "on" else {
      throw ShellError(
        "expected '... on DN' at the end", column: words.last?.column,
        hint: "usage: \(invocation.spec.usage)")
    }
    let name = words.dropLast(2).map(\.text).joined(separator: " ")
    let schema = try schema(invocation)
    let view = DirectoryView(domain: try domain(session, for: "perm can"), schema: schema)
    let accountIndex = try account(
      invocation.value(canTrustee), in: view, column: invocation.word(canTrustee)?.column)
    let objectIndex = try object(words.last!.text, in: view, column: words.last!.column)
    let request: AccessRequest
    do throws(AccessRequestError) {
      request = try AccessRequest.parse(
        rights: invocation.value(canRight) ?? "", name: name.isEmpty ? nil : name, schema: schema)
    } catch {
      throw ShellError(error.description, column: invocation.word(canRight)?.column)
    }
    guard let access = DirectoryAccess(effective: EffectiveDescriptors(view: view), account: accountIndex)
    else { throw ShellError("the account has no objectSid in the environment: no token to check") }
    return PermissionAnswer(access.explain(request, on: objectIndex), access: access)
  }

  static let effective = CommandSpec(
    ["perm", "effective"], summary: "the rights table of TRUSTEE on DN",
    discussion: """
      Every right the permission features ask for, checked on the object: read and write of all \
      properties, of each property set, of each attribute the features name, and each extended \
      right, with the deciding ACE's origin.
      """,
    arguments: [canTrustee, effectiveOn, effectiveDN],
    options: [schemaOption],
    examples: ["perm effective CORP\\AAD_4f2a on 'CN=Bob User,OU=Staff,DC=corp,DC=contoso,DC=com'"]
  ) { invocation, session in
    let schema = try schema(invocation)
    let view = DirectoryView(domain: try domain(session, for: "perm effective"), schema: schema)
    let accountIndex = try account(invocation.value(canTrustee), in: view)
    let objectIndex = try object(
      invocation.value(effectiveDN) ?? "", in: view, column: invocation.word(effectiveDN)?.column)
    guard let access = DirectoryAccess(effective: EffectiveDescriptors(view: view), account: accountIndex)
    else { throw ShellError("the account has no objectSid in the environment: no token to check") }
    return EffectiveRightsTable(access: access, object: objectIndex)
  }

  static let need = CommandSpec(
    ["perm", "need"], summary: "the ACEs each sync feature needs, with their sources",
    discussion: "Features: "
      + PermissionFeature.catalog.map(\.id).joined(separator: ", ")
      + ". Where Microsoft's pages disagree, each disagreement names which page asks for what.",
    arguments: [needFeatures],
    options: [schemaOption],
    examples: ["perm need password-writeback", "perm need exchange-hybrid cloud-sync"]
  ) { invocation, _ in
    let schema = try schema(invocation)
    let features = invocation.values(needFeatures).compactMap(PermissionFeature.named)
    return FeatureNeeds(features: features, schema: schema)
  }

  /// The features `perm audit` checks when none are named: reading and hash sync always, plus
  /// the writeback features the environment enables.
  static func defaultFeatures(_ domain: Domain) -> [PermissionFeature] {
    var ids = ["basic-read", "password-hash-sync"]
    for feature in domain.writeback {
      switch feature {
      case .password: ids.append("password-writeback")
      case .group: ids.append("group-writeback")
      case .device: ids.append("device-writeback")
      case .exchangeHybrid: ids.append("exchange-hybrid")
      }
    }
    return ids.compactMap(PermissionFeature.named)
  }

  static let audit = CommandSpec(
    ["perm", "audit"], summary: "every object where a sync feature's right is missing, by cause",
    discussion: """
      Checks each feature's rights on every object of the classes it touches (the domain root \
      for replication and Unexpire Password), for the connector account (the environment's sync \
      account unless --account). Failures are grouped by cause: protected object (AdminSDHolder), \
      wrong class (a grant for user does not reach inetOrgPerson), explicit deny, inheritance \
      blocked (and where), missing descriptor (with the export command), missing grant; each \
      with the error the sync engine reports (permission-issue 8344, event 33004, Cloud Sync \
      HybridSynchronizationActiveDirectoryInsufficientAccessRights). Without FEATURE: basic-read, \
      password-hash-sync and the writeback features the environment enables.
      """,
    arguments: [auditFeatures],
    options: [accountOption, auditScope, auditLimit, schemaOption],
    examples: ["perm audit", "perm audit password-writeback --account CORP\\AAD_4f2a"]
  ) { invocation, session in
    let schema = try schema(invocation)
    let domain = try domain(session, for: "perm audit")
    let view = DirectoryView(domain: domain, schema: schema)
    let accountIndex = try account(
      invocation.value(accountOption), in: view, column: invocation.word(accountOption)?.column)
    let scope = try invocation.value(auditScope).map { text throws(ShellError) in
      try object(text, in: view, column: invocation.word(auditScope)?.column)
    }
    var features = invocation.values(auditFeatures).compactMap(PermissionFeature.named)
    if features.isEmpty { features = defaultFeatures(domain) }
    guard let access = DirectoryAccess(effective: EffectiveDescriptors(view: view), account: accountIndex)
    else { throw ShellError("the account has no objectSid in the environment: no token to check") }
    let report = PermissionAudit.run(access, features: features, scope: scope)
    return AuditOutput(
      report: report, view: view, limit: invocation.number(auditLimit) ?? 20)
  }

  static let grant = CommandSpec(
    ["perm", "grant"], summary: "apply a feature's grants to the loaded environment (what-if)",
    discussion: """
      Adds the feature's ACEs (the first grant form 'perm need' lists) for the account to the \
      scope object's descriptor in the loaded environment only, so 'perm audit' can be re-run to \
      see what is left (protected accounts remain, with their fix). Statements that belong on \
      the domain root go there. Nothing is written to any directory: see 'export grants'.
      """,
    arguments: [grantFeature],
    options: [accountOption, grantScope, schemaOption],
    examples: ["perm grant password-writeback --account CORP\\AAD_4f2a --scope DC=corp,DC=contoso,DC=com"]
  ) { invocation, session in
    let schema = try schema(invocation)
    guard var env = session.environments.current else {
      throw ShellError("perm grant needs an environment: load one first")
    }
    let domain = try domain(session, for: "perm grant")
    let view = DirectoryView(domain: domain, schema: schema)
    let accountIndex = try account(invocation.value(accountOption), in: view)
    let scope = try invocation.value(grantScope).map { text throws(ShellError) in
      try object(text, in: view, column: invocation.word(grantScope)?.column)
    } ?? view.domainRoot
    guard let scope else { throw ShellError("no domain root in the environment: give --scope DN") }
    guard let feature = PermissionFeature.named(invocation.value(grantFeature) ?? "") else {
      throw ShellError("unknown feature")
    }
    let plan: GrantPlan
    do throws(GrantPlan.PlanError) {
      plan = try GrantPlan(feature: feature, account: accountIndex, scope: scope, view: view)
    } catch {
      throw ShellError(error.description)
    }
    env.domain = plan.applied(to: domain, view: view)
    session.environments.add(env)
    return GrantPlanOutput(plan: plan, view: view, applied: true)
  }
}
