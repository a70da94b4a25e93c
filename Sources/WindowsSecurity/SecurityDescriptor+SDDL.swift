/// A descriptor as SDDL, spelled as ConvertSecurityDescriptorToStringSecurityDescriptorW spells
/// it: O, G, D, S in that order; ACL flags P AR AI; ACE flags OI CI NP IO ID SA FA; rights bit
/// by bit in CCDCLCSWRPWPDTLOCRSDRCWDWO GA GX GW GR order, else one file-rights token on an exact
/// match (FA FR FW FX), else `0x` lower-case hex when a bit has no token; lower-case GUIDs; SIDs by alias
/// when one fits in `context`. Hand-written: no library formats SDDL.
extension SecurityDescriptor {
  /// The SDDL text. What SDDL cannot say (see `sddlLimitations`) is left out of it.
  public func sddl(in context: SIDContext = .none) -> String {
    var out = ""
    out.reserveCapacity(64 + 64 * ((dacl?.entries.count ?? 0) + (sacl?.entries.count ?? 0)))
    if let owner {
      out += "O:"
      SDDLFormat.appendSID(owner, context, to: &out)
    }
    if let group {
      out += "G:"
      SDDLFormat.appendSID(group, context, to: &out)
    }
    if control.contains(.daclPresent) {
      out += "D:"
      if control.contains(.daclProtected) { out += "P" }
      if control.contains(.daclAutoInheritRequired) { out += "AR" }
      if control.contains(.daclAutoInherited) { out += "AI" }
      if let dacl { SDDLFormat.appendEntries(dacl.entries, context, to: &out) } else { out += "NO_ACCESS_CONTROL" }
    }
    if control.contains(.saclPresent) {
      out += "S:"
      if control.contains(.saclProtected) { out += "P" }
      if control.contains(.saclAutoInheritRequired) { out += "AR" }
      if control.contains(.saclAutoInherited) { out += "AI" }
      if let sacl { SDDLFormat.appendEntries(sacl.entries, context, to: &out) } else { out += "NO_ACCESS_CONTROL" }
    }
    return out
  }

  /// What the SDDL text of this descriptor does not carry, one line each (empty when it is
  /// complete): control bits SDDL has no letter for, ACE types and flags without a token,
  /// callback conditions and claims this code does not decode, padding after a SID.
  public var sddlLimitations: [String] {
    var notes: [String] = []
    let spelled: Control = [
      .daclPresent, .saclPresent, .daclProtected, .saclProtected, .daclAutoInheritRequired,
      .saclAutoInheritRequired, .daclAutoInherited, .saclAutoInherited, .selfRelative,
    ]
    let unspelled = control.subtracting(spelled)
    if !unspelled.isEmpty {
      notes.append("control bits 0x\(String(unspelled.rawValue, radix: 16)) have no SDDL letter")
    }
    for (name, acl) in [("DACL", dacl), ("SACL", sacl)] {
      for (index, entry) in (acl?.entries ?? []).enumerated() {
        let at = "\(name) ACE \(index)"
        if SDDLTokens.typeTokens[Int(entry.type.rawValue)] == nil {
          notes.append("\(at): \(entry.type.name) has no SDDL token; written as its number")
        }
        if entry.flags.rawValue & 0x20 != 0 {
          notes.append("\(at): flag 0x20 (CRITICAL_ACE_FLAG) has no SDDL token; left out")
        }
        if !entry.applicationData.isEmpty {
          let what =
            entry.type.isCallback
            ? "conditional expression" : entry.type == .systemResourceAttribute ? "claim" : "padding"
          notes.append(
            "\(at): \(entry.applicationData.count) bytes of \(what) after the SID are not in the SDDL")
        }
      }
    }
    return notes
  }
}

extension AccessControlEntry {
  /// This ACE as `(type;flags;rights;object;inherited-object;sid)`.
  public func sddl(in context: SIDContext = .none) -> String {
    var out = ""
    SDDLFormat.appendEntry(self, context, to: &out)
    return out
  }
}

extension AccessMask {
  /// The rights field as Windows writes it (`CCDCLCSWRPWPDTLOCRSDRCWDWO`, `FA`, `0x1200a9`).
  public var sddl: String {
    var out = ""
    SDDLFormat.appendRights(rawValue, label: false, to: &out)
    return out
  }
}

extension SecurityIdentifier {
  /// The alias Windows writes for this SID in `context` (DA, WD, …), else the S-1-… form.
  public func sddl(in context: SIDContext = .none) -> String {
    var out = ""
    SDDLFormat.appendSID(self, context, to: &out)
    return out
  }
}

enum SDDLFormat {
  static func appendSID(_ sid: SecurityIdentifier, _ context: SIDContext, to out: inout String) {
    if let alias = WellKnownSID.entry(for: sid, in: context)?.alias {
      out += alias
    } else {
      out += sid.description
    }
  }

  static func appendEntries(
    _ entries: [AccessControlEntry], _ context: SIDContext, to out: inout String
  ) {
    for entry in entries { appendEntry(entry, context, to: &out) }
  }

  static func appendEntry(_ entry: AccessControlEntry, _ context: SIDContext, to out: inout String) {
    out += "("
    if let token = SDDLTokens.typeTokens[Int(entry.type.rawValue)] {
      out += token
    } else {
      out += "0x" + String(entry.type.rawValue, radix: 16)
    }
    out += ";"
    for (token, bit) in SDDLTokens.aceFlags where entry.flags.rawValue & bit != 0 { out += token }
    out += ";"
    appendRights(entry.mask.rawValue, label: entry.type == .systemMandatoryLabel, to: &out)
    out += ";"
    if let objectType = entry.objectType { out += objectType.description }
    out += ";"
    if let inherited = entry.inheritedObjectType { out += inherited.description }
    out += ";"
    appendSID(entry.trustee, context, to: &out)
    out += ")"
  }

  static func appendRights(_ mask: UInt32, label: Bool, to out: inout String) {
    if mask == 0 { return }
    if label {
      if mask & ~0x7 == 0 {
        for (token, bit) in SDDLTokens.labelBits where mask & bit != 0 { out += token }
        return
      }
    } else {
      if mask & ~coveredBits == 0 {
        for (token, bit) in SDDLTokens.rightBits where mask & bit != 0 { out += token }
        return
      }
      for (token, composite) in SDDLTokens.composites where composite == mask {
        out += token
        return
      }
    }
    out += "0x" + String(mask, radix: 16)
  }

  static let coveredBits: UInt32 = SDDLTokens.rightBits.reduce(0) { $0 | $1.bit }
}
