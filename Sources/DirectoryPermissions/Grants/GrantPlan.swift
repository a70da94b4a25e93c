import EnvironmentModel
import WindowsSecurity

/// A feature's grants for one account at one scope, resolved to ACEs on objects: what
/// `perm grant` applies to the environment and `export grants` writes as a script.
public struct GrantPlan: Sendable {
  public struct Step: Sendable {
    /// The object the ACE goes on.
    public var target: Int
    public var targetDN: String
    public var grant: DsaclsGrant
    public var ace: AccessControlEntry
    /// The ACE in SDDL, with the account's SID.
    public var sddl: String
    /// True when the object's DACL already has this ACE (the step does nothing).
    public var present: Bool
  }

  public var feature: PermissionFeature
  public var form: GrantForm
  public var account: Int
  public var accountSID: SecurityIdentifier
  public var steps: [Step]

  /// Why a plan cannot be made.
  public struct PlanError: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  public init(
    feature: PermissionFeature, account: Int, scope: Int, view: DirectoryView, form: Int = 0
  ) throws(PlanError) {
    guard form < feature.grants.count else {
      throw PlanError(description: "\(feature.id) has no grants to apply (\(feature.title))")
    }
    guard let sid = view.sid(of: account) else {
      throw PlanError(description: "the account has no objectSid in the environment")
    }
    let trustee =
      (view.domain.netbiosName.map { $0 + "\\" } ?? "")
      + (view.object(account).attribute("sAMAccountName") ?? sid.description)
    let context = SIDContext(domain: view.domainSID)
    self.feature = feature
    self.form = feature.grants[form]
    self.account = account
    accountSID = sid
    var steps: [Step] = []
    for statement in self.form.statements {
      let target = statement.domainRootOnly ? (view.domainRoot ?? scope) : scope
      var words = ["\(trustee):\(statement.permissions)"]
      if let inheritance = statement.inheritance { words.append("/I:\(inheritance.rawValue)") }
      let grant: DsaclsGrant
      do {
        guard let parsed = try DsaclsGrant.parse(words, schema: view.schema).first else { continue }
        grant = parsed
      } catch {
        throw PlanError(description: "\(feature.id): \(error.description)")
      }
      let ace = grant.ace(for: sid)
      let stored = Inheritance.storedExplicit([ace], protected: false, owner: nil, group: nil)
      let existing = view.descriptor(of: target)?.dacl?.entries ?? []
      let present = stored.allSatisfy { existing.contains($0) }
      steps.append(
        Step(
          target: target, targetDN: view.object(target).dn, grant: grant, ace: ace,
          sddl: ace.sddl(in: context), present: present))
    }
    self.steps = steps
  }

  /// The domain with the plan's missing ACEs added to each target's descriptor, after its
  /// explicit ACEs (before inherited ones, as canonical order puts them), stored as SDDL.
  public func applied(to domain: Domain, view: DirectoryView) -> Domain {
    var domain = domain
    let context = SIDContext(domain: view.domainSID)
    var byTarget: [Int: [AccessControlEntry]] = [:]
    for step in steps where !step.present { byTarget[step.target, default: []].append(step.ace) }
    for (target, aces) in byTarget {
      var sd = view.descriptor(of: target) ?? SecurityDescriptor(dacl: AccessControlList())
      var entries = sd.dacl?.entries ?? []
      let firstInherited = entries.firstIndex(where: \.isInherited) ?? entries.count
      entries.insert(contentsOf: aces, at: firstInherited)
      sd.dacl = AccessControlList(entries: entries)
      domain.objects[target].securityDescriptor = .sddl(sd.sddl(in: context))
    }
    return domain
  }
}
