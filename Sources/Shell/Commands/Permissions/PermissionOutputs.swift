import DirectoryPermissions
import EnvironmentFiles
import EnvironmentModel
import Findings
import WindowsSecurity

/// `perm can`: the decision first, then the deciding ACE and its origin, then cause and fix.
struct PermissionAnswer: CommandOutput {
  var explanation: AccessExplanation
  var access: DirectoryAccess

  init(_ explanation: AccessExplanation, access: DirectoryAccess) {
    self.explanation = explanation
    self.access = access
  }

  var view: DirectoryView { access.view }
  var context: SIDContext { access.context }

  var decision: String { explanation.decision.granted ? "GRANTED" : "DENIED" }

  var objectDN: String { view.object(explanation.object).dn }

  /// Where the deciding right came from, in words.
  var source: String? {
    switch explanation.decision.decider {
    case .nullDACL: return "NULL DACL (no DACL: everyone has every right)"
    case .ownerImplicit: return "the owner's implicit READ_CONTROL and WRITE_DAC ([MS-DTYP] 2.5.3.2)"
    case .noGrant: return nil
    case .ace:
      guard let ace = explanation.decidingACE else { return nil }
      if explanation.sdprop, let holder = view.adminSDHolder {
        return "AdminSDHolder after SDProp (\(view.object(holder).dn))"
      }
      if ace.generation == 0 { return "explicit on the object" }
      if let source = explanation.decidingSource {
        return "inherited from \(view.object(source).dn)"
      }
      return "inherited (as exported; the ancestor is not loaded)"
    }
  }

  var decidingSDDL: String? { explanation.decidingACE.map { $0.ace.sddl(in: context) } }

  func fixLines() -> [String] {
    guard let fix = explanation.fix else { return [] }
    var lines: [String] = []
    if let statement = fix.statement, let target = fix.target {
      lines.append(
        "  fix: dsacls \"\(view.object(target).dn)\" \(fix.switches.joined(separator: " ")) "
          + "\"\(statement)\"")
      if let ace = fix.ace { lines.append("       adds \(ace)") }
    }
    lines.append("  " + (fix.statement == nil ? "fix: " : "     ") + fix.note)
    return lines
  }

  func text(_ style: TextStyle) -> String {
    let verb = explanation.decision.granted ? "can" : "cannot"
    var lines = [
      "\(style.bold(decision))  \(access.trusteeText) \(verb) \(explanation.request) on \(objectDN)"
    ]
    if explanation.sdprop {
      let reason = access.effective.protected.reasons[explanation.object] ?? "protected"
      lines.append(
        "  protected: \(reason); SDProp replaces this object's DACL with AdminSDHolder's "
          + "(protected, nothing inherited) every 60 minutes: this answer is for the DACL after "
          + "the next run" + (access.effective.replacedBySDProp.contains(explanation.object)
            ? " (it differs from the current one)" : ""))
    }
    if case .ace(let index) = explanation.decision.decider, let ace = explanation.decidingACE {
      lines.append("  deciding ACE #\(index): \(decidingSDDL ?? "")")
      lines.append(
        "    " + ace.ace.words(trustee: trustee(ace.ace.trustee), objectTypes: view.schema))
      if let source { lines.append("    from: \(source)") }
    } else if let source {
      lines.append("  by: \(source)")
    } else {
      lines.append("  no ACE grants it (implicit deny)")
    }
    if let cause = explanation.cause {
      lines.append("  cause: \(cause.title)" + causeDetail(cause))
    }
    if explanation.nonCanonical {
      lines.append("  note: the object's DACL is not in canonical order; AD evaluates it as stored")
    }
    lines += fixLines()
    return lines.joined(separator: "\n")
  }

  func causeDetail(_ cause: DenialCause) -> String {
    switch cause {
    case .wrongClass(let grantClass, let source):
      let actual = view.structuralClass(of: explanation.object)?.name ?? "another class"
      return ": the grant at \(view.object(source).dn) is for \(grantClass); this object is "
        + "\(actual), and only the most specific structural class is compared ([MS-ADTS] 6.1.3)"
    case .explicitDeny(let source):
      return source == explanation.object ? " on the object" : " inherited from \(view.object(source).dn)"
    case .inheritanceBlocked(let at): return " at \(view.object(at).dn) (D:P)"
    case .missingDescriptor(let at): return ": \(view.object(at).dn) has no nTSecurityDescriptor in the export"
    case .protectedObject(let reason): return ": \(reason)"
    case .orphanedAdminCount, .missingGrant: return ""
    }
  }

  /// A SID as the environment names it.
  func trustee(_ sid: SecurityIdentifier) -> String {
    TrusteeNames(domain: view.domain, context: context).shown(sid)
  }

  var json: JSONValue {
    let fix = explanation.fix
    return .object([
      ("decision", .string(decision)),
      ("deciding_ace", decidingSDDL.map(JSONValue.string) ?? .null),
      ("source", source.map(JSONValue.string) ?? .null),
      ("account", .string(access.trusteeText)),
      ("object", .string(objectDN)),
      ("request", .string(explanation.request.description)),
      ("sdprop", .bool(explanation.sdprop)),
      ("cause", explanation.cause.map { .string($0.findingID) } ?? .null),
      (
        "fix",
        fix.map { fix in
          .object([
            ("target", fix.target.map { .string(view.object($0).dn) } ?? .null),
            ("statement", fix.statement.map(JSONValue.string) ?? .null),
            ("switches", .array(fix.switches.map(JSONValue.string))),
            ("ace", fix.ace.map(JSONValue.string) ?? .null),
            ("note", .string(fix.note)),
          ])
        } ?? .null
      ),
    ])
  }
}

/// `perm effective`: one row per right the features ask for.
struct EffectiveRightsTable: CommandOutput {
  var rows: [(request: AccessRequest, answer: PermissionAnswer)] = []
  var access: DirectoryAccess
  var object: Int

  init(access: DirectoryAccess, object: Int) {
    self.access = access
    self.object = object
    let schema = access.view.schema
    var requests: [AccessRequest] = [AccessRequest(.readProperty), AccessRequest(.writeProperty)]
    for set in ["User-Account-Restrictions", "Public-Information", "Personal-Information", "General-Information", "User-Logon"] {
      if let right = schema.right(named: set) {
        requests.append(AccessRequest(.readProperty, .propertySet(right)))
        requests.append(AccessRequest(.writeProperty, .propertySet(right)))
      }
    }
    var seen = Set<AccessRequest>(requests)
    for feature in PermissionFeature.catalog {
      for requirement in feature.requirements where requirement.name != nil {
        guard
          let request = try? AccessRequest.parse(
            rights: requirement.rights, name: requirement.name, schema: schema),
          seen.insert(request).inserted
        else { continue }
        requests.append(request)
      }
    }
    rows = requests.map { ($0, PermissionAnswer(access.explain($0, on: object), access: access)) }
  }

  func text(_ style: TextStyle) -> String {
    var lines = ["rights of \(access.trusteeText) on \(access.view.object(object).dn)"]
    let table = TextTable(
      header: ["RIGHT", "DECISION", "BY"],
      rows.map { [$0.request.description, $0.answer.decision, $0.answer.source ?? "-"] })
    lines += table.lines(indent: "  ")
    return lines.joined(separator: "\n")
  }

  var json: JSONValue {
    .object([
      ("account", .string(access.trusteeText)),
      ("object", .string(access.view.object(object).dn)),
      ("rights", .array(rows.map { $0.answer.json })),
    ])
  }
}

/// `perm need`: each feature's requirements, grants, sources and disagreements.
struct FeatureNeeds: CommandOutput {
  var features: [PermissionFeature]
  var schema: DirectorySchema

  func statementACE(_ statement: GrantForm.Statement) -> String {
    let words = ["{account}:\(statement.permissions)"] + (statement.inheritance.map { ["/I:\($0.rawValue)"] } ?? [])
    guard let grant = try? DsaclsGrant.parse(words, schema: schema).first else {
      return "(resolve from schema)"
    }
    let placeholder = SecurityIdentifier(authority: 0, subAuthorities: [0])
    let text = grant.ace(for: placeholder).sddl()
    guard let cut = text.lastIndex(of: ";") else { return text }
    return String(text[...cut]) + "{SID})"
  }

  func text(_ style: TextStyle) -> String {
    var lines: [String] = []
    for feature in features {
      lines.append("\(feature.id): \(feature.title) (\(feature.product.rawValue)"
        + (feature.cmdlet.map { ", \($0)" } ?? "") + ")")
      if feature.requirements.isEmpty && feature.id == "restricted-permissions" {
        lines.append("  on the connector account object itself: DACL protected, explicit ACEs "
          + "removed except SELF's, then Full Control for SYSTEM, Enterprise Admins, Domain "
          + "Admins, Administrators and Read for Enterprise Domain Controllers, Authenticated Users")
      }
      for r in feature.requirements {
        let place: String =
          switch r.place {
          case .descendants(let classes): "descendant " + classes.joined(separator: ", ") + " objects"
          case .domainRoot: "the domain root"
          case .scopeRoot: "the writeback OU"
          }
        lines.append("  needs \(r.rights) \(r.name ?? "(all properties)") on \(place): \(r.purpose)")
      }
      for form in feature.grants {
        lines.append("  grants (\(form.name)):")
        for s in form.statements {
          let switches = "/G" + (s.inheritance.map { " /I:\($0.rawValue)" } ?? "")
          let target = s.domainRootOnly ? " [domain root]" : ""
          lines.append("    dsacls \"<DN>\" \(switches) \"{account}:\(s.permissions)\"\(target)")
          lines.append("      \(statementACE(s))")
        }
        lines.append("    source: \(form.source)")
      }
      for d in feature.disagreements { lines.append("  disagreement: \(d)") }
      lines.append("  sources: " + feature.sources.joined(separator: "; "))
    }
    return lines.joined(separator: "\n")
  }

  var json: JSONValue {
    .object([
      (
        "features",
        .array(
          features.map { f in
            .object([
              ("id", .string(f.id)), ("title", .string(f.title)),
              ("product", .string(f.product.rawValue)),
              ("cmdlet", f.cmdlet.map(JSONValue.string) ?? .null),
              (
                "requirements",
                .array(
                  f.requirements.map { r in
                    .object([
                      ("rights", .string(r.rights)), ("name", r.name.map(JSONValue.string) ?? .null),
                      ("purpose", .string(r.purpose)),
                      ("sources", .array(r.sources.map(JSONValue.string))),
                    ])
                  })
              ),
              (
                "grants",
                .array(
                  f.grants.map { g in
                    .object([
                      ("name", .string(g.name)), ("source", .string(g.source)),
                      (
                        "aces",
                        .array(g.statements.map { .string(statementACE($0)) })
                      ),
                      (
                        "dsacls",
                        .array(
                          g.statements.map {
                            .string("{account}:\($0.permissions)" + ($0.inheritance.map { " /I:\($0.rawValue)" } ?? ""))
                          })
                      ),
                    ])
                  })
              ),
              ("disagreements", .array(f.disagreements.map(JSONValue.string))),
              ("sources", .array(f.sources.map(JSONValue.string))),
            ])
          })
      )
    ])
  }
}

/// `perm audit`: grouped by cause in text, one finding per object and right in JSON.
struct AuditOutput: CommandOutput {
  var report: AuditReport
  var view: DirectoryView
  /// Objects listed per cause in text (0: all); JSON always has every finding.
  var limit: Int = 20

  func text(_ style: TextStyle) -> String {
    var lines = [
      "perm audit for \(report.accountName): "
        + report.features.map(\.id).joined(separator: ", ") + "; "
        + Plural.count(report.checks, "check") + " over " + Plural.count(report.objectsInScope, "object")
        + ": " + Plural.count(report.failures.count, "missing right")
    ]
    var order: [String] = []
    var groups: [String: [AuditFailure]] = [:]
    for f in report.failures {
      let key = f.cause.title
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(f)
    }
    for key in order {
      let failures = groups[key]!
      lines.append("")
      lines.append(style.bold("\(key) — \(failures.count)"))
      let shown = limit > 0 ? failures.prefix(limit) : failures[...]
      for f in shown {
        lines.append(
          "  \(view.object(f.object).dn): \(f.request) (\(f.feature.id))"
            + causeWhere(f))
        lines.append("    sync engine: " + AuditReport.syncError(f.feature, f.request))
        if let fix = f.explanation.fix {
          if case .missingDescriptor = f.cause {
            continue
          } else if let statement = fix.statement, let target = fix.target {
            lines.append(
              "    fix: dsacls \"\(view.object(target).dn)\" \(fix.switches.joined(separator: " ")) \"\(statement)\"")
          } else {
            lines.append("    fix: " + fix.note)
          }
        }
      }
      if shown.count < failures.count {
        lines.append(
          "  … and \(failures.count - shown.count) more (--limit 0 lists all; --format json "
            + "gives one finding each)")
      }
    }
    let missing = Set(report.failures.compactMap { f -> Int? in
      if case .missingDescriptor(let at) = f.cause { return at }
      return nil
    })
    if !missing.isEmpty {
      lines.append("")
      lines.append(
        "  export the missing descriptors, do not guess them (a non-admin bind needs the "
          + "SD_FLAGS control 1.2.840.113556.1.4.801 = 7 to get nTSecurityDescriptor at all):")
      lines.append("    " + DirectoryPermissions.DescriptorExport.descriptor(dn: view.domain.distinguishedName))
    }
    if !report.unrestricted.isEmpty {
      lines.append("")
      lines.append(style.bold("connector account not restricted — \(report.unrestricted.count)"))
      lines += report.unrestricted.map { "  " + $0 }
    }
    if !report.nonCanonical.isEmpty {
      lines.append("")
      lines.append(style.bold("non-canonical ACL — \(report.nonCanonical.count)"))
      lines += report.nonCanonical.map { "  " + view.object($0).dn }
    }
    if !report.unresolved.isEmpty {
      lines.append("")
      lines.append(style.bold("not checked — \(report.unresolved.count)"))
      lines += report.unresolved.map { "  " + $0 }
    }
    if !report.failures.isEmpty {
      lines.append("")
      lines.append("counts:")
      var counts: [String: Int] = [:]
      var keys: [String] = []
      for f in report.failures {
        let k = "\(f.cause.title) · \(f.feature.id)"
        if counts[k] == nil { keys.append(k) }
        counts[k, default: 0] += 1
      }
      lines += keys.map { "  \(counts[$0]!)  \($0)" }
    }
    return lines.joined(separator: "\n")
  }

  func causeWhere(_ f: AuditFailure) -> String {
    switch f.cause {
    case .inheritanceBlocked(let at): " — blocked at \(view.object(at).dn)"
    case .wrongClass(let c, let source): " — grant for \(c) at \(view.object(source).dn)"
    case .explicitDeny(let source): " — deny at \(view.object(source).dn)"
    case .missingDescriptor(let at):
      view.object(at).securityDescriptor == nil
        ? " — no descriptor for \(view.object(at).dn)"
        : " — the descriptor of \(view.object(at).dn) does not decode (see 'perm sd')"
    case .protectedObject(let reason): " — \(reason)"
    case .orphanedAdminCount, .missingGrant: ""
    }
  }

  var json: JSONValue {
    var counts: [(String, JSONValue)] = []
    var seen: [String: Int] = [:]
    for f in report.failures { seen[f.cause.findingID, default: 0] += 1 }
    for (k, v) in seen.sorted(by: { $0.key < $1.key }) { counts.append((k, .int(v))) }
    return .object([
      ("findings", .array(report.findings(view: view).map(\.json))),
      ("account", .string(report.accountName)),
      ("features", .array(report.features.map { .string($0.id) })),
      ("checks", .int(report.checks)),
      ("objects", .int(report.objectsInScope)),
      ("counts", .object(counts)),
    ])
  }
}

/// `perm grant`: each ACE, where it went, and whether it was already there.
struct GrantPlanOutput: CommandOutput {
  var plan: GrantPlan
  var view: DirectoryView
  var applied: Bool

  func text(_ style: TextStyle) -> String {
    var lines = [
      "\(plan.feature.id) for \(plan.accountSID) (\(plan.form.name))"
        + (applied ? ", applied to the loaded environment only (what-if)" : "")
    ]
    for step in plan.steps {
      lines.append(
        "  \(step.present ? "present" : (applied ? "added  " : "missing")) \(step.sddl) on \(step.targetDN)")
    }
    lines.append("re-run 'perm audit' to see what is left; 'export grants' writes the script")
    return lines.joined(separator: "\n")
  }

  var json: JSONValue {
    .object([
      ("feature", .string(plan.feature.id)),
      ("account_sid", .string(plan.accountSID.description)),
      (
        "aces",
        .array(
          plan.steps.map {
            .object([
              ("target", .string($0.targetDN)), ("sddl", .string($0.sddl)),
              ("present", .bool($0.present)),
            ])
          })
      ),
    ])
  }
}
