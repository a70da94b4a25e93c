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
    let scopeName = scope.flatMap { view.names[$0] }
    // Requests resolved once per requirement.
    var unresolved: [String] = []
    var plans: [(PermissionFeature, PermissionRequirement, AccessRequest, Set<String>)] = []
    for feature in features {
      for requirement in feature.requirements {
        do {
          let request = try AccessRequest.parse(
            rights: requirement.rights, name: requirement.name, schema: view.schema)
          var classes = Set<String>()
          if case .descendants(let names) = requirement.place {
            classes = Set(names.map { $0.lowercased() })
          }
          plans.append((feature, requirement, request, classes))
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
    var memo: [Key: Bool] = [:]
    var failures: [AuditFailure] = []
    var checks = 0
    var inScope = 0
    var nonCanonical: [Int] = []
    let root = view.domainRoot
    for i in 0..<view.count {
      if let scopeName {
        guard let name = view.names[i], name.isWithin(scopeName) else { continue }
      }
      inScope += 1
      let className = view.structuralClass(of: i)?.name.lowercased() ?? ""
      if let stored = view.descriptor(of: i)?.dacl?.entries, !Inheritance.isCanonical(stored) {
        nonCanonical.append(i)
      }
      for (index, plan) in plans.enumerated() {
        let (feature, requirement, request, classes) = plan
        switch requirement.place {
        case .descendants: guard classes.contains(className), i != scope else { continue }
        case .domainRoot: guard i == root else { continue }
        case .scopeRoot: guard i == (scope ?? root) else { continue }
        }
        checks += 1
        let granted: Bool
        switch effective.perObject[i] {
        case .null: granted = true
        case .missing: granted = false
        case .known(let id):
          let target = effective.target(i)
          let key = Key(
            dacl: id, structuralClass: view.classIndex[i], plan: index,
            selfInToken: target.objectSID.map(access.token.contains) ?? false,
            ownerInToken: target.owner.map(access.token.contains) ?? false)
          if let known = memo[key] {
            granted = known
          } else {
            let decision = AccessCheck.evaluate(
              request, dacl: effective.dacls[Int(id)].map(\.ace), target: target,
              token: access.token)
            memo[key] = decision.granted
            granted = decision.granted
          }
        }
        if !granted {
          failures.append(
            AuditFailure(
              object: i, feature: feature, requirement: requirement, request: request,
              explanation: access.explain(request, on: i)))
        }
      }
    }
    return AuditReport(
      account: access.account, accountName: access.trusteeText, features: features,
      failures: failures, checks: checks, objectsInScope: inScope, unresolved: unresolved,
      nonCanonical: nonCanonical)
  }
}

extension AuditReport {
  /// The finding ids `perm audit` emits besides the per-cause ones (`DenialCause.findingID`).
  public static let nonCanonicalID = "PERM-NONCANONICAL-ACL"
  public static let unresolvedID = "PERM-UNRESOLVED-NAME"

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
          id: failure.cause.findingID,
          severity: failure.request.mask == .readProperty ? .warning : .error,
          subject: object.dn,
          message: "\(accountName) lacks \(failure.request) on this "
            + "\(view.structuralClass(of: failure.object)?.name ?? "object") for "
            + "\(failure.feature.id): \(failure.cause.title)",
          evidence: Evidence(
            file: object.origin.file.isEmpty ? nil : object.origin.file,
            line: object.origin.line > 0 ? object.origin.line : nil,
            text: Self.syncError(failure.feature, failure.request)),
          fix: fixText,
          refs: failure.requirement.sources + ["[MS-ADTS] 5.1.3.3", "[MS-ADTS] 6.1.3"]))
    }
    for index in nonCanonical {
      let object = view.object(index)
      result.append(
        Finding(
          id: Self.nonCanonicalID, severity: .warning, subject: object.dn,
          message: "the DACL is not in canonical order (explicit deny, explicit allow, "
            + "inherited): AD evaluates it as stored and will not re-sort it",
          evidence: object.origin.evidence(),
          fix: "rewrite the DACL in canonical order (the ACL editor offers to)",
          refs: ["[MS-DTYP] 2.4.5", "[MS-ADTS] 6.1.3.1"]))
    }
    for line in unresolved {
      result.append(
        Finding(
          id: Self.unresolvedID, severity: .info, subject: line.components(before: ":"),
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
