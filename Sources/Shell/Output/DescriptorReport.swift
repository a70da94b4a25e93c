import EnvironmentFiles
import Findings
import WindowsSecurity

/// A security descriptor decoded for people and scripts: the canonical SDDL, the self-relative
/// bytes as base64, owner, group, the control flags and each ACE in words.
struct DescriptorReport: CommandOutput {
  var descriptor: SecurityDescriptor
  var names: TrusteeNames
  var objectTypes: any ObjectTypeNames
  /// Where the domain SID came from ("--domain-sid", "environment 'lab'"), nil when none.
  var domainSource: String?

  var canonical: String { descriptor.sddl(in: names.context) }

  func text(_ style: TextStyle) -> String {
    var lines = ["sddl:    " + canonical]
    var control = "control: " + controlHex
    if let words = controlWords { control += " (" + words.joined(separator: ", ") + ")" }
    lines.append(control)
    lines.append("owner:   " + (descriptor.owner.map(names.shown) ?? "none"))
    lines.append("group:   " + (descriptor.group.map(names.shown) ?? "none"))
    for (label, acl, present) in [
      ("DACL", descriptor.dacl, descriptor.control.contains(.daclPresent)),
      ("SACL", descriptor.sacl, descriptor.control.contains(.saclPresent)),
    ] where present {
      guard let acl else {
        lines.append("\(label):    NULL (no access control: everyone has every right)")
        continue
      }
      let count = acl.entries.count
      lines.append("\(label):    revision \(acl.revision), \(Plural.count(count, "ACE"))")
      for (index, entry) in acl.entries.enumerated() {
        lines.append("  \(index + 1). \(entry.sddl(in: names.context))")
        lines.append("     " + entry.words(trustee: names.shown(entry.trustee), objectTypes: objectTypes))
      }
    }
    for note in descriptor.sddlLimitations { lines.append("note:    " + note) }
    if domainSource == nil, unresolvedDomainSIDs {
      lines.append("note:    no domain SID known: DA, DU and the other domain aliases print as S-1-5-21-… "
        + "(give --domain-sid or load an environment whose domain has one)")
    }
    return lines.joined(separator: "\n")
  }

  /// True when a S-1-5-21 SID appears and no domain SID was known to alias it.
  var unresolvedDomainSIDs: Bool {
    let all = [descriptor.owner, descriptor.group].compactMap { $0 }
      + (descriptor.dacl?.entries ?? []).map(\.trustee) + (descriptor.sacl?.entries ?? []).map(\.trustee)
    return all.contains { $0.authority == 5 && $0.subAuthorities.first == 21 }
  }

  /// The control word as stored (SE_SELF_RELATIVE included).
  var controlHex: String { "0x" + String(descriptor.control.union(.selfRelative).rawValue, radix: 16) }

  var controlWords: [String]? {
    let c = descriptor.control
    var words: [String] = []
    if c.contains(.daclProtected) { words.append("DACL protected: inherits nothing") }
    if c.contains(.daclAutoInherited) { words.append("DACL auto-inherited") }
    if c.contains(.daclAutoInheritRequired) { words.append("DACL auto-inherit required") }
    if c.contains(.saclProtected) { words.append("SACL protected") }
    if c.contains(.saclAutoInherited) { words.append("SACL auto-inherited") }
    return words.isEmpty ? nil : words
  }

  var json: JSONValue {
    func sid(_ sid: SecurityIdentifier?) -> JSONValue {
      guard let sid else { return .null }
      return .object([
        ("sid", .string(sid.description)), ("sddl", .string(sid.sddl(in: names.context))),
        ("name", names.name(sid).map(JSONValue.string) ?? .null),
      ])
    }
    func acl(_ acl: AccessControlList?, present: Bool) -> JSONValue {
      guard present else { return .null }
      guard let acl else { return .object([("null", true)]) }
      return .object([
        ("revision", .int(Int(acl.revision))),
        ("aces", .array(acl.entries.map { entry in
          .object([
            ("sddl", .string(entry.sddl(in: names.context))),
            ("type", .string(entry.type.name)),
            ("flags", .string("0x" + String(entry.flags.rawValue, radix: 16))),
            ("mask", .string("0x" + String(entry.mask.rawValue, radix: 16))),
            ("rights", .array(entry.rightsWords.map(JSONValue.string))),
            ("object_type", entry.objectType.map { .string($0.description) } ?? .null),
            ("inherited_object_type", entry.inheritedObjectType.map { .string($0.description) } ?? .null),
            ("trustee", sid(entry.trustee)),
            ("words", .string(entry.words(trustee: names.shown(entry.trustee), objectTypes: objectTypes))),
          ])
        })),
      ])
    }
    return .object([
      ("canonical", .string(canonical)),
      ("sddl", .string(canonical)),
      ("binary_base64", .string(Base64.encode(descriptor.selfRelativeBytes))),
      ("control", .string(controlHex)),
      ("domain_sid", names.context.domain.map { .string($0.description) } ?? .null),
      ("owner", sid(descriptor.owner)),
      ("group", sid(descriptor.group)),
      ("dacl", acl(descriptor.dacl, present: descriptor.control.contains(.daclPresent))),
      ("sacl", acl(descriptor.sacl, present: descriptor.control.contains(.saclPresent))),
      ("limitations", .array(descriptor.sddlLimitations.map(JSONValue.string))),
    ])
  }
}
