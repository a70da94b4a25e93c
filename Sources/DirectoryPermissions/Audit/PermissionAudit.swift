import Findings
import WindowsSecurity

/// One object where a feature's right is missing, with why and the fix.
public struct AuditFailure: Sendable {
  public var object: Int
  public var feature: PermissionFeature
  public var requirement: PermissionRequirement
  public var request: AccessRequest
  public var explanation: AccessExplanation
  public var cause: DenialCause { explanation.cause ?? .missingGrant }
}

/// What `perm audit` found over a loaded directory for one account.
public struct AuditReport: Sendable {
  public var account: Int
  public var accountName: String
  public var features: [PermissionFeature]
  public var failures: [AuditFailure]
  /// How many (object, right) checks ran.
  public var checks: Int
  public var objectsInScope: Int
  /// Requirement names the schema cannot resolve (an Exchange attribute without a loaded
  /// schema export), per feature.
  public var unresolved: [String]
  /// Objects whose stored DACL is not in canonical order.
  public var nonCanonical: [Int]
  /// How the connector account's own DACL differs from Set-ADSyncRestrictedPermissions's, when
  /// the restricted-permissions feature is audited.
  public var unrestricted: [String] = []
}

/// Runs every requirement of the chosen features over the objects in scope
/// (permissions-tools.md 5.2): the checks share decisions per (effective DACL, class, request),
/// so an export with shared descriptors costs a dictionary lookup per check.
public enum PermissionAudit {
  public static func run(
    _ access: DirectoryAccess, features: [PermissionFeature], scope: Int? = nil
  ) -> AuditReport {
    let view = access.view
    let effective = access.effective
    // Requests resolved once per requirement, with the class slots they apply to.
    final class Plan {
      let feature: PermissionFeature
      let requirement: PermissionRequirement
      let request: AccessRequest
      let classSlots: Set<Int32>
      init(_ f: PermissionFeature, _ r: PermissionRequirement, _ q: AccessRequest, _ c: Set<Int32>) {
        feature = f
        requirement = r
        request = q
        classSlots = c
      }
    }
    var unresolved: [String] = []
    var plans: [Plan] = []
    for feature in features {
      for requirement in feature.requirements {
        do {
          let request = try AccessRequest.parse(
            rights: requirement.rights, name: requirement.name, schema: view.schema)
          var slots = Set<Int32>()
          if case .descendants(let names) = requirement.place {
            let wanted = Set(names.map { $0.lowercased() })
            for (slot, c) in view.classes.enumerated() where wanted.contains(c.name.lowercased()) {
              slots.insert(Int32(slot))
            }
          }
          plans.append(Plan(feature, requirement, request, slots))
        } catch {
          unresolved.append("\(feature.id): \(error.description)")
        }
      }
    }
    struct Key: Hashable {
      var dacl: Int32
      var structuralClass: Int32
      var plan: Int
      var selfInToken: Bool
      var ownerInToken: Bool
    }
    var caseRows: [Key: Int] = [:]
    var compiled = [CompiledDACL?](repeating: nil, count: effective.dacls.count)
    var decisions: [UInt8] = []
    /// A denial's explanation depends on the check's key, the nearest protected ancestor and
    /// the object's own protection; traced and classified once per distinct case.
    struct CauseKey: Hashable {
      var check: Key
      var blockedAbove: Int32
      var protectedMember: Bool
      var adminCount: Bool
    }
    var explained: [CauseKey: (object: Int, explanation: AccessExplanation)] = [:]
    let blockedAbove = Self.nearestProtected(view)
    var canonical: [Int32: Bool] = [:]
    var failures: [AuditFailure] = []
    var checks = 0
    var inScope = 0
    var nonCanonical: [Int] = []
    let root = view.domainRoot
    for i in 0..<view.count {
      if let scope, !view.isWithin(i, scope: scope) { continue }
      inScope += 1
      let slot = view.classIndex[i]
      let descriptorSlot = view.descriptorIndex[i]
      if descriptorSlot >= 0 {
        let ok =
          canonical[descriptorSlot]
          ?? {
            let value = Inheritance.isCanonical(view.descriptor(of: i)?.dacl?.entries ?? [])
            canonical[descriptorSlot] = value
            return value
          }()
        if !ok { nonCanonical.append(i) }
      }
      // One hash per object: its case (effective DACL, class, token relation) indexes a row
      // of per-plan decisions (0 unknown, 1 granted, 2 denied).
      let target = effective.target(i)
      var key = Key(
        dacl: -1, structuralClass: slot, plan: 0,
        selfInToken: target.objectSID.map(access.token.contains) ?? false,
        ownerInToken: target.owner.map(access.token.contains) ?? false)
      var row = -1
      switch effective.perObject[i] {
      case .null: break
      case .missing(let at): key.dacl = -2 - Int32(at)
      case .known(let id):
        key.dacl = id
        if let known = caseRows[key] {
          row = known
        } else {
          row = decisions.count
          caseRows[key] = row
          decisions.append(contentsOf: repeatElement(0, count: plans.count))
        }
      }
      for index in plans.indices {
        let plan = plans[index]
        switch plan.requirement.place {
        case .descendants: guard plan.classSlots.contains(slot), i != scope else { continue }
        case .domainRoot: guard i == root else { continue }
        case .scopeRoot: guard i == (scope ?? root) else { continue }
        }
        let request = plan.request
        checks += 1
        let granted: Bool
        switch effective.perObject[i] {
        case .null: granted = true
        case .missing: granted = false
        case .known(let id):
          let cell = row + index
          if decisions[cell] != 0 {
            granted = decisions[cell] == 1
          } else {
            if compiled[Int(id)] == nil {
              compiled[Int(id)] = CompiledDACL(effective.dacls[Int(id)].lazy.map(\.ace), token: access.token)
            }
            let decision = AccessCheck.evaluate(
              request, compiled: compiled[Int(id)]!, target: target, token: access.token)
            decisions[cell] = decision.granted ? 1 : 2
            granted = decision.granted
          }
        }
        key.plan = index
        if !granted {
          let causeKey = CauseKey(
            check: key, blockedAbove: blockedAbove[i],
            protectedMember: effective.protected.contains(i),
            adminCount: view.object(i).adminCount == 1)
          let explanation: AccessExplanation
          if let (first, known) = explained[causeKey] {
            explanation = access.retarget(known, from: first, to: i)
          } else {
            explanation = access.explain(request, on: i)
            explained[causeKey] = (i, explanation)
          }
          failures.append(
            AuditFailure(
              object: i, feature: plan.feature, requirement: plan.requirement, request: request,
              explanation: explanation))
        }
      }
    }
    var report = AuditReport(
      account: access.account, accountName: access.trusteeText, features: features,
      failures: failures, checks: checks, objectsInScope: inScope, unresolved: unresolved,
      nonCanonical: nonCanonical)
    if features.contains(where: { $0.id == "restricted-permissions" }) {
      report.unrestricted = restrictedPermissionGaps(access)
    }
    return report
  }
}

extension PermissionAudit {
  /// What Set-ADSyncRestrictedPermissions leaves on the connector account (AdSyncConfig.psm1):
  /// inheritance off, and besides SELF only SYSTEM, Enterprise Admins, Domain Admins and
  /// Administrators with full control and Enterprise Domain Controllers and Authenticated Users
  /// with read. Anyone else who can write to the account can take it over.
  static func restrictedPermissionGaps(_ access: DirectoryAccess) -> [String] {
    let view = access.view
    guard let sd = view.descriptor(of: access.account) else {
      return ["the connector account has no descriptor in the export"]
    }
    var gaps: [String] = []
    if !sd.control.contains(.daclProtected) {
      gaps.append("inheritance is on (Set-ADSyncRestrictedPermissions turns it off)")
    }
    let domain = view.domainSID
    var allowed: Set<SecurityIdentifier> = [SecurityIdentifier.principalSelf, access.token.user]
    for text in ["S-1-5-18", "S-1-5-32-544", "S-1-5-9", "S-1-5-11"] {
      if let sid = try? SecurityIdentifier(parsing: text) { allowed.insert(sid) }
    }
    if let domain { allowed.formUnion([domain.appending(rid: 512), domain.appending(rid: 519)]) }
    let writes: AccessMask = [
      .writeProperty, .writeDACL, .writeOwner, .controlAccess, .validatedWrite, .delete,
      .createChild, .deleteChild, .deleteTree, .genericAll, .genericWrite,
    ]
    var seen = Set<SecurityIdentifier>()
    for ace in sd.dacl?.entries ?? [] where ace.type.isAllow && !ace.isInheritOnly {
      guard !allowed.contains(ace.trustee), !ace.mask.intersection(writes).isEmpty,
        seen.insert(ace.trustee).inserted
      else { continue }
      let right = ace.objectType.flatMap { view.schema.name(for: $0) }.map { " (\($0))" } ?? ""
      gaps.append(
        "\(ace.sddl(in: SIDContext(domain: domain))) lets \(ace.trustee) do more than read"
          + right)
    }
    return gaps
  }

  /// For each object, the nearest object at or above it whose DACL is protected (-1: none).
  static func nearestProtected(_ view: DirectoryView) -> [Int32] {
    var result = [Int32](repeating: -2, count: view.count)
    for start in 0..<view.count where result[start] == -2 {
      var chain = [start]
      while let p = view.parent(of: chain.last!), result[p] == -2 { chain.append(p) }
      for i in chain.reversed() {
        if view.descriptor(of: i)?.control.contains(.daclProtected) == true {
          result[i] = Int32(i)
        } else {
          result[i] = view.parent(of: i).map { result[$0] } ?? -1
        }
      }
    }
    return result
  }
}

extension AuditReport {

  /// The error the sync engine reports when this right is missing, so an engineer can match
  /// it to what they see (permissions-tools.md 3.4).
  public static func syncError(_ feature: PermissionFeature, _ request: AccessRequest) -> String {
    if feature.product == .cloudSync {
      return "Cloud Sync provisioning log: HybridSynchronizationActiveDirectoryInsufficientAccessRights "
        + "(InsufficientAccessRights-SecErr, Problem 4003 - INSUFF_ACCESS_RIGHTS)"
    }
    if request.mask == .readProperty {
      return "no error: import skips what it cannot read, silently"
    }
    if case .right(let r) = request.target, r.cn.hasPrefix("DS-Replication-Get-Changes") {
      return "import/password hash sync: replication access denied (8453 "
        + "ERROR_DS_DRA_ACCESS_DENIED) [derived]"
    }
    if feature.id == "password-writeback" {
      return "PasswordResetService event 33004 ADPermissionsError (also 31003/31011 on reset); "
        + "export: permission-issue 8344"
    }
    return "Sync Service Manager export error permission-issue, 8344 \"Insufficient access rights "
      + "to perform the operation.\" (LDAP 50, 00002098 SecErr problem 4003)"
  }

  /// One finding per object and missing right, in the shared findings schema.
  public func findings(view: DirectoryView) -> [Finding] {
    var result: [Finding] = []
    for failure in failures {
      let object = view.object(failure.object)
      let fix = failure.explanation.fix
      var fixText = fix?.note ?? ""
      if let statement = fix?.statement, let target = fix?.target {
        fixText =
          "dsacls \"\(view.object(target).dn)\" \(fix!.switches.joined(separator: " ")) "
          + "\"\(statement)\" — " + fixText
      }
      result.append(
        Finding(
          failure.cause.rule,
          severity: failure.request.mask == .readProperty ? .warning : .error,
          subject: object.dn,
          message: "\(accountName) lacks \(failure.request) on this "
            + "\(view.structuralClass(of: failure.object)?.name ?? "object") for "
            + "\(failure.feature.id): \(failure.cause.title)",
          evidence: object.origin.with(text: Self.syncError(failure.feature, failure.request)),
          fix: fixText,
          refs: failure.requirement.sources + ["[MS-ADTS] 5.1.3.3", "[MS-ADTS] 6.1.3"]))
    }
    for index in nonCanonical {
      let object = view.object(index)
      result.append(
        Finding(
          .permNonCanonicalACL, subject: object.dn,
          message: "the DACL is not in canonical order (explicit deny, explicit allow, "
            + "inherited): AD evaluates it as stored and will not re-sort it",
          evidence: object.origin,
          fix: "rewrite the DACL in canonical order (the ACL editor offers to)",
          refs: ["[MS-DTYP] 2.4.5", "[MS-ADTS] 6.1.3.1"]))
    }
    if !unrestricted.isEmpty {
      let object = view.object(account)
      for gap in unrestricted {
        result.append(
          Finding(
            .permConnectorNotRestricted, subject: object.dn,
            message: "the connector account is not restricted: " + gap,
            evidence: object.origin,
            fix: "run Set-ADSyncRestrictedPermissions on the account (AdSyncConfig), or set "
              + "its DACL by hand: protected, SELF plus SY/EA/DA/BA full control, ED/AU read",
            refs: [PermissionFeature.configurePage, PermissionFeature.module]))
      }
    }
    for line in unresolved {
      result.append(
        Finding(
          .permUnresolvedName, subject: line.components(before: ":"),
          message: line, refs: ["[MS-ADTS] 5.1.3.2.1"]))
    }
    return result
  }
}

extension String {
  /// The text before the first `separator`, or all of it.
  func components(before separator: Character) -> String {
    firstIndex(of: separator).map { String(self[..<$0]) } ?? self
  }
}
