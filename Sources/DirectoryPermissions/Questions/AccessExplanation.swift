import WindowsSecurity

/// The answer to "can this account do this on this object, and why": the decision, the ACE
/// that decided and where it came from, and when denied the cause and the smallest fix.
public struct AccessExplanation: Sendable {
  public var account: Int
  public var object: Int
  public var request: AccessRequest
  public var decision: AccessDecision
  /// The effective DACL the check ran over (AdminSDHolder's for a protected object).
  public var dacl: [EffectiveACE]
  /// The deciding entry, when an ACE decided.
  public var decidingACE: EffectiveACE?
  /// Where the deciding ACE's explicit original sits.
  public var decidingSource: Int?
  public var cause: DenialCause?
  public var fix: PermissionFix?
  /// True when SDProp will replace (or has replaced) the object's DACL with AdminSDHolder's.
  public var sdprop: Bool
  /// True when the object's own stored DACL is not in canonical order.
  public var nonCanonical: Bool
}

/// Access questions over a loaded directory for one account.
public struct DirectoryAccess: Sendable {
  public let effective: EffectiveDescriptors
  public let account: Int
  public let token: AccessToken
  public var view: DirectoryView { effective.view }
  public var context: SIDContext { SIDContext(domain: view.domainSID) }

  public init?(effective: EffectiveDescriptors, account: Int) {
    guard let token = effective.view.token(for: account) else { return nil }
    self.effective = effective
    self.account = account
    self.token = token
  }

  /// Questions for a token built elsewhere (`account` -1 when the account is not loaded).
  init(effective: EffectiveDescriptors, account: Int, token: AccessToken) {
    self.effective = effective
    self.account = account
    self.token = token
  }

  /// Checks and explains one request on one object.
  public func explain(_ request: AccessRequest, on object: Int) -> AccessExplanation {
    let entries = effective.entries(of: object)
    let dacl: [AccessControlEntry]? =
      effective.perObject[object] == .null ? nil : entries.map(\.ace)
    let decision = AccessCheck.evaluate(
      request, dacl: dacl, target: effective.target(object), token: token, traced: true)
    var deciding: EffectiveACE?
    var source: Int?
    if case .ace(let index) = decision.decider {
      deciding = entries[index]
      source = effective.source(of: object, generation: entries[index].generation)
    }
    var explanation = AccessExplanation(
      account: account, object: object, request: request, decision: decision, dacl: entries,
      decidingACE: deciding, decidingSource: source, cause: nil, fix: nil,
      sdprop: effective.protected.contains(object) && view.adminSDHolder != nil,
      nonCanonical: !Inheritance.isCanonical(view.descriptor(of: object)?.dacl?.entries ?? []))
    if !decision.granted {
      let cause = classify(request, on: object, decision: decision, entries: entries)
      explanation.cause = cause
      explanation.fix = fix(for: cause, request: request, on: object)
    }
    return explanation
  }

  /// Why a denied request is denied ([MS-ADTS] order of the notes, permissions.md 3.6).
  func classify(
    _ request: AccessRequest, on object: Int, decision: AccessDecision, entries: [EffectiveACE]
  ) -> DenialCause {
    if case .missing(let at) = effective.perObject[object] { return .missingDescriptor(at: at) }
    if effective.protected.contains(object), view.adminSDHolder != nil {
      return .protectedObject(reason: effective.protected.reasons[object] ?? "protected")
    }
    if case .ace(let index) = decision.decider {
      return .explicitDeny(
        source: effective.source(of: object, generation: entries[index].generation) ?? object)
    }
    // A grant that would apply but for its InheritedObjectType, when that type is one of the
    // object's superclasses (user for an inetOrgPerson or a computer): the bug pattern where
    // only the most specific structural class counts. A grant for an unrelated class (group
    // on a user) is not a near miss.
    let target = effective.target(object)
    let lineage = Set(
      view.schema.lineage(of: view.structuralClass(of: object)?.name ?? "").dropFirst()
        .compactMap { try? GUID(parsing: $0.schemaIDGUID) })
    for entry in entries
    where entry.ace.isInheritOnly
      && entry.ace.inheritedObjectType.map(lineage.contains) == true
    {
      var candidate = entry.ace
      candidate.flags.remove(.inheritOnly)
      candidate.inheritedObjectType = nil
      let probe = AccessCheck.evaluate(
        request, dacl: [candidate], target: target, token: token)
      if probe.granted, let iot = entry.ace.inheritedObjectType {
        let name = view.schema.entry(guid: iot.description)?.name ?? iot.description
        return .wrongClass(
          grantClass: name,
          source: effective.source(of: object, generation: entry.generation) ?? object)
      }
    }
    if view.object(object).adminCount == 1,
      view.descriptor(of: object)?.control.contains(.daclProtected) == true
    {
      return .orphanedAdminCount
    }
    // A protected DACL on the object or an ancestor, below a grant that would reach it.
    var current: Int? = object
    while let i = current {
      if let sd = view.descriptor(of: i), sd.control.contains(.daclProtected),
        i != view.domainRoot, grantAbove(i, request: request, for: object)
      {
        return .inheritanceBlocked(at: i)
      }
      current = view.parent(of: i)
    }
    return .missingGrant
  }

  /// True when an ancestor above `blocked` holds an inheritable ACE that would grant the
  /// request on `object` if inheritance reached it.
  func grantAbove(_ blocked: Int, request: AccessRequest, for object: Int) -> Bool {
    let target = effective.target(object)
    let objectClass = target.classGUID
    var current = view.parent(of: blocked)
    while let i = current {
      for ace in view.descriptor(of: i)?.dacl?.entries ?? []
      where ace.flags.contains(.containerInherit)
        && (ace.inheritedObjectType == nil || ace.inheritedObjectType == objectClass)
      {
        var candidate = ace
        candidate.flags = []
        candidate.inheritedObjectType = nil
        if AccessCheck.evaluate(request, dacl: [candidate], target: target, token: token).granted {
          return true
        }
      }
      current = view.parent(of: i)
    }
    return false
  }

  /// The account as dsacls should name it: `NETBIOS\sAMAccountName`, else its SID.
  public var trusteeText: String {
    if account >= 0, let name = view.object(account).attribute("sAMAccountName") {
      return (view.domain.netbiosName.map { $0 + "\\" } ?? "") + name
    }
    return token.user.description
  }

  /// The dsacls Object/Property and InheritedObjectType words and the rights for a request.
  func grantWords(_ request: AccessRequest) -> (rights: String, object: String) {
    let rights = DsaclsRights.letters(request.mask)
    switch request.target {
    case .object: return (rights, "")
    case .attribute(let a): return (rights, a.name)
    case .propertySet(let s): return (rights, s.shownName)
    case .right(let r): return (rights, r.shownName)
    case .childClass(let c): return (rights, c.name)
    }
  }

  /// The smallest grant that would fix `cause`, and where.
  func fix(for cause: DenialCause, request: AccessRequest, on object: Int) -> PermissionFix {
    let (rights, name) = grantWords(request)
    let className = view.structuralClass(of: object)?.name
    let objectDN = view.object(object).dn
    switch cause {
    case .missingDescriptor(let at):
      let dn = view.object(at).dn
      return PermissionFix(
        target: nil, statement: nil, switches: [], ace: nil,
        note: "export the descriptor, do not guess it: " + DescriptorExport.descriptor(dn: dn))
    case .protectedObject:
      let holder = view.adminSDHolder!
      let statement = "\(trusteeText):\(rights)" + (name.isEmpty ? "" : ";\(name)")
      return PermissionFix(
        target: holder, statement: statement, switches: ["/G"],
        ace: ace(request, inheritance: nil, inheritedClass: nil),
        note: "grant on AdminSDHolder for this object only (no /I, no class): SDProp copies "
          + "AdminSDHolder's DACL onto \(objectDN) within 60 minutes (force it with rootDSE "
          + "runProtectAdminGroupsTask=1); a 'descendant user objects' ACE there "
          + "(-IncludeAdminSdHolders) would be inert on the copy. This makes every protected "
          + "account writable by the connector: weigh it")
    case .wrongClass(_, let source):
      let statement = "\(trusteeText):\(rights);\(name);\(className ?? "")"
      return PermissionFix(
        target: source, statement: statement, switches: ["/G", "/I:S"],
        ace: ace(request, inheritance: .subobjectsOnly, inheritedClass: className),
        note: "add the same grant for \(className ?? "this class") beside the existing one: "
          + "InheritedObjectType is compared with the most specific structural class only")
    case .explicitDeny(let source):
      if source == object {
        return PermissionFix(
          target: object, statement: nil, switches: [], ace: nil,
          note: "an explicit deny on the object itself decides first: remove or narrow it "
            + "(explicit denies precede explicit allows in canonical order)")
      }
      let statement = "\(trusteeText):\(rights)" + (name.isEmpty ? "" : ";\(name)")
      return PermissionFix(
        target: object, statement: statement, switches: ["/G"],
        ace: ace(request, inheritance: nil, inheritedClass: nil),
        note: "the deny is inherited from \(view.object(source).dn); an explicit allow on the "
          + "object comes before inherited ACEs, or remove the deny at its source")
    case .inheritanceBlocked(let at):
      let statement =
        "\(trusteeText):\(rights);\(name)" + (at == object ? "" : ";\(className ?? "")")
      return PermissionFix(
        target: at, statement: statement, switches: at == object ? ["/G"] : ["/G", "/I:S"],
        ace: ace(
          request, inheritance: at == object ? nil : .subobjectsOnly,
          inheritedClass: at == object ? nil : className),
        note: "\(view.object(at).dn) has inheritance disabled (D:P): grant there (enabling "
          + "inheritance would bring back every parent ACE)")
    case .orphanedAdminCount:
      let statement = "\(trusteeText):\(rights)" + (name.isEmpty ? "" : ";\(name)")
      return PermissionFix(
        target: object, statement: statement, switches: ["/G"],
        ace: ace(request, inheritance: nil, inheritedClass: nil),
        note: "not a member of a protected group any more: clear adminCount and re-enable "
          + "inheritance (dsacls /P:N), or grant on the object itself")
    case .missingGrant where object == view.domainRoot || request.isChildClass:
      // A right on the object itself (replication, Unexpire Password, creating children):
      // this object only, no inheritance.
      let statement = "\(trusteeText):\(rights)" + (name.isEmpty ? "" : ";\(name)")
      return PermissionFix(
        target: object, statement: statement, switches: ["/G"],
        ace: ace(request, inheritance: nil, inheritedClass: nil),
        note: "grant on the object itself, this object only")
    case .missingGrant:
      let scope = view.domainRoot ?? object
      let statement = "\(trusteeText):\(rights);\(name);\(className ?? "")"
      return PermissionFix(
        target: scope, statement: statement, switches: ["/G", "/I:S"],
        ace: ace(request, inheritance: .subobjectsOnly, inheritedClass: className),
        note: "grant on the domain root (or the synced OU) for descendant \(className ?? "") objects")
    }
  }

  /// The SDDL of the ACE a fix adds.
  func ace(_ request: AccessRequest, inheritance: DsaclsInheritance?, inheritedClass: String?)
    -> String
  {
    let objectGUID: String? =
      switch request.target {
      case .object: nil
      case .attribute(let a): a.schemaIDGUID ?? "<\(a.name): resolve from schema>"
      case .propertySet(let s): s.rightsGuid
      case .right(let r): r.rightsGuid
      case .childClass(let c): c.schemaIDGUID
      }
    let inherited = inheritedClass.flatMap { view.schema.objectClass(named: $0)?.schemaIDGUID }
    let type = objectGUID == nil && inherited == nil ? "A" : "OA"
    let flags = inheritance?.flags == [.containerInherit, .inheritOnly] ? "CIIO" : ""
    return "(\(type);\(flags);\(request.mask.sddl);\(objectGUID ?? "");\(inherited ?? "");"
      + "\(token.user.sddl(in: context)))"
  }
}

/// The commands that export what a check needs, for messages that must not guess.
public enum DescriptorExport {
  /// ldapsearch with the SD_FLAGS control (1.2.840.113556.1.4.801, value 7 = owner, group,
  /// DACL; BER `30 03 02 01 07`), which a non-admin bind needs to get nTSecurityDescriptor at
  /// all; and ldifde for Windows.
  public static func descriptor(dn: String) -> String {
    "ldapsearch -LLL -H ldap://<DC> -b '\(dn)' -s sub "
      + "-E '!1.2.840.113556.1.4.801=::MAMCAQc=' '(objectClass=*)' nTSecurityDescriptor "
      + "objectClass objectSid memberOf member primaryGroupID adminCount sAMAccountName; or on "
      + "Windows: ldifde -f export.ldf -d \"\(dn)\" -l \"nTSecurityDescriptor,objectClass,"
      + "objectSid,memberOf,member,primaryGroupID,adminCount,sAMAccountName\""
  }
}

extension DirectoryAccess {
  /// How many parent steps lead from `object` up to `ancestor`; nil when it is not on the chain.
  func steps(from object: Int, to ancestor: Int) -> Int? {
    var current: Int? = object
    var count = 0
    while let i = current {
      if i == ancestor { return count }
      current = view.parent(of: i)
      count += 1
    }
    return nil
  }

  /// The object `count` parent steps above `object`.
  func ancestor(of object: Int, steps count: Int) -> Int? {
    var current: Int? = object
    for _ in 0..<count { current = current.flatMap { view.parent(of: $0) } }
    return current
  }

  /// The explanation computed for `from` restated for `to`, an object with the same effective
  /// DACL, class, token relation and protected ancestor: sources move by the same number of
  /// parent steps, and the fix is rebuilt for `to`. What the audit uses so each distinct case
  /// is traced and classified once.
  func retarget(_ explanation: AccessExplanation, from: Int, to: Int) -> AccessExplanation {
    guard from != to else { return explanation }
    func moved(_ index: Int) -> Int {
      guard let n = steps(from: from, to: index), let mapped = ancestor(of: to, steps: n) else {
        return index
      }
      return mapped
    }
    var result = explanation
    result.object = to
    result.decidingSource = explanation.decidingSource.map(moved)
    result.sdprop = effective.protected.contains(to) && view.adminSDHolder != nil
    result.nonCanonical = !Inheritance.isCanonical(view.descriptor(of: to)?.dacl?.entries ?? [])
    if let cause = explanation.cause {
      let shifted: DenialCause =
        switch cause {
        case .wrongClass(let c, let source): .wrongClass(grantClass: c, source: moved(source))
        case .explicitDeny(let source): .explicitDeny(source: moved(source))
        case .inheritanceBlocked(let at): .inheritanceBlocked(at: moved(at))
        case .missingDescriptor(let at): .missingDescriptor(at: moved(at))
        case .protectedObject:
          .protectedObject(reason: effective.protected.reasons[to] ?? "protected")
        case .orphanedAdminCount, .missingGrant: cause
        }
      result.cause = shifted
      result.fix = fix(for: shifted, request: explanation.request, on: to)
    }
    return result
  }
}
