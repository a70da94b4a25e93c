/// An ACE said in words, for people reading a descriptor: who, allowed or denied what, on which
/// property or right, and where it applies ([MS-DTYP] 2.4.4.1 flags; the ACL editor's "Applies
/// to" wording, as permissions.md §1.4 tabulates it).
extension AccessControlEntry {
  /// `allow write property on pwdLastSet, for descendant user objects (CI IO), to DOM\aad`.
  public func words(trustee: String, objectTypes: some ObjectTypeNames = RawObjectTypes()) -> String {
    var parts: [String] = []
    parts.append(verb + " " + rightsWords.joined(separator: ", "))
    if let objectType {
      parts[0] += " on " + (objectTypes.name(for: objectType).map { "\($0) (\(objectType))" }
        ?? objectType.description)
    }
    parts.append(appliesTo(objectTypes))
    if isInherited { parts.append("inherited") }
    if type.isCallback {
      parts.append(
        "callback ACE: \(applicationData.count) bytes of condition, not evaluated here")
    }
    return parts.joined(separator: "; ") + "; to " + trustee
  }

  /// allow, deny, audit success of …
  public var verb: String {
    if type.isAllow { return "allow" }
    if type.isDeny { return "deny" }
    if type == .systemMandatoryLabel { return "integrity label" }
    if type.isAudit {
      switch (flags.contains(.successfulAccess), flags.contains(.failedAccess)) {
      case (true, true): return "audit success and failure of"
      case (true, false): return "audit success of"
      case (false, true): return "audit failure of"
      case (false, false): return "audit (no success or failure flag) of"
      }
    }
    return type.name
  }

  /// Each right in words, in the SDDL order; bits without a name as hex.
  public var rightsWords: [String] {
    if type == .systemMandatoryLabel {
      let names = [(UInt32(1), "no write up"), (2, "no read up"), (4, "no execute up")]
      let listed = names.filter { mask.rawValue & $0.0 != 0 }.map(\.1)
      return listed.isEmpty ? ["no policy"] : listed
    }
    return mask.words
  }

  /// The ACL editor's "Applies to" for this ACE's inheritance flags.
  func appliesTo(_ objectTypes: some ObjectTypeNames) -> String {
    let ci = flags.contains(.containerInherit)
    let io = flags.contains(.inheritOnly)
    let np = flags.contains(.noPropagateInherit)
    var scope: String
    switch (ci, io, np) {
    case (false, _, _):
      scope = io ? "inherit-only without CI: applies nowhere in AD" : "this object only"
    case (true, false, false): scope = "this object and all descendants"
    case (true, true, false): scope = "all descendants"
    case (true, false, true): scope = "this object and its children"
    case (true, true, true): scope = "children only"
    }
    if flags.contains(.objectInherit) && !ci {
      scope += " (OI without CI: never inherited in AD, where every object is a container)"
    }
    if let inheritedObjectType {
      let name = objectTypes.name(for: inheritedObjectType).map { "\($0) (\(inheritedObjectType))" }
        ?? inheritedObjectType.description
      scope += ", only objects of class \(name)"
    }
    let letters = SDDLTokens.aceFlags.filter { flags.rawValue & $0.bit & 0x0F != 0 }.map(\.token)
    return letters.isEmpty ? scope : scope + " (" + letters.joined(separator: " ") + ")"
  }
}

extension AccessMask {
  /// Each right in words ([MS-ADTS] 5.1.3.2 names, as the ACL editor says them).
  public var words: [String] {
    let names: [(UInt32, String)] = [
      (0x1, "create child"), (0x2, "delete child"), (0x4, "list contents"),
      (0x8, "validated write"), (0x10, "read property"), (0x20, "write property"),
      (0x40, "delete tree"), (0x80, "list object"), (0x100, "control access (extended right)"),
      (0x1_0000, "delete"), (0x2_0000, "read permissions"), (0x4_0000, "modify permissions"),
      (0x8_0000, "modify owner"), (0x10_0000, "synchronize"),
      (0x100_0000, "access system security (SACL)"), (0x200_0000, "maximum allowed"),
      (0x1000_0000, "generic all"), (0x2000_0000, "generic execute"),
      (0x4000_0000, "generic write"), (0x8000_0000, "generic read"),
    ]
    if rawValue == 0 { return ["nothing (empty mask)"] }
    var rest = rawValue
    var out: [String] = []
    for (bit, name) in names where rawValue & bit != 0 {
      out.append(name)
      rest &= ~bit
    }
    if rest != 0 { out.append("0x" + String(rest, radix: 16)) }
    return out
  }
}
