import EnvironmentModel
import Findings

extension RuleContext {
  /// MachineObjectOU must be the DN of an organizational unit: `DJ-OU-NOT-A-DN`, `DJ-OU-NOT-OU`,
  /// and with an environment `DJ-OU-MISSING` or `DJ-OU-VERIFIED`.
  mutating func checkOU(directory: DirectoryLookup?) {
    guard let ou = Self.usable(join.machineObjectOU) else { return }
    let refs = [UnattendRefs.identification("MachineObjectOU"), UnattendRefs.joinTroubleshooting]
    let found = directory?(ou.value)
    guard let rdnType = Self.firstRDNType(ou.value) else {
      add(
        "DJ-OU-NOT-A-DN", .error, element: "MachineObjectOU",
        "MachineObjectOU '\(ou.value)' is not an LDAP distinguished name; the setting expects "
          + "the X.500 DN of an OU such as OU=Servers,DC=contoso,DC=com.",
        evidence: evidence("MachineObjectOU", ou),
        fix: "Write the OU as a DN (OU=...,DC=...), or omit the element to use the default "
          + "computer container.", refs: refs)
      return
    }
    if rdnType != "OU" || found == .container {
      let kind = rdnType == "CN" ? "a container (CN=)" : "not an OU (\(rdnType)=)"
      let confirmed = found == .container ? " The loaded environment confirms it is a container." : ""
      add(
        "DJ-OU-NOT-OU", .error, element: "MachineObjectOU",
        "MachineObjectOU '\(ou.value)' names \(kind), not an organizational unit; the join fails "
          + "with 0x2 (NetSetup.log: \"Specified path ... is not an OU\", \"Cannot retry "
          + "downlevel, specifying OU is not supported\").\(confirmed)",
        evidence: evidence("MachineObjectOU", ou),
        fix: "Omit MachineObjectOU to create the account in the default computer container "
          + "(CN=Computers), or name a real OU=... DN.", refs: refs)
      return
    }
    switch found {
    case .missing:
      add(
        "DJ-OU-MISSING", .error, element: "MachineObjectOU",
        "MachineObjectOU '\(ou.value)' does not exist in the loaded environment's directory; the "
          + "join fails when the OU cannot be found.",
        evidence: evidence("MachineObjectOU", ou),
        fix: "Create the OU, correct the DN's spelling, or omit the element.", refs: refs)
    case .organizationalUnit:
      add(
        "DJ-OU-VERIFIED", .info, element: "MachineObjectOU",
        "MachineObjectOU '\(ou.value)' exists in the loaded environment and is an OU.",
        evidence: evidence("MachineObjectOU", ou), fix: nil, refs: refs)
    case .container, nil:
      break
    }
  }

  /// The attribute type of the first RDN, upper-cased (`OU`, `CN`, `DC`), or nil if the text
  /// does not start with `type=value`.
  static func firstRDNType(_ dn: String) -> String? {
    guard let equals = dn.firstIndex(of: "=") else { return nil }
    let type = dn[..<equals].trimmingCharacters()
    guard !type.isEmpty, type.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
      return nil
    }
    return type.uppercased()
  }
}

extension Substring {
  /// The text without leading and trailing spaces.
  fileprivate func trimmingCharacters() -> String {
    String(self).trimmingXMLSpace()
  }
}
