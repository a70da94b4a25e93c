import Findings

/// An Active Directory domain: names, SID, objects, the sync connector account and the
/// writeback features enabled in Entra Connect.
public struct Domain: Sendable, Hashable {
  /// The DNS name, e.g. `corp.contoso.com`.
  public var dnsName: String
  public var netbiosName: String?
  /// The domain SID, `S-1-5-21-...`.
  public var sid: String?
  public var objects: [DirectoryObject] = []
  public var syncAccount: SyncAccount?
  public var writeback: [WritebackFeature] = []
  @NotCompared public var origin: SourceLocation

  public init(dnsName: String, origin: SourceLocation = .none) {
    self.dnsName = dnsName
    self.origin = origin
  }

  /// The domain's DN (`DC=corp,DC=contoso,DC=com`) derived from the DNS name.
  public var distinguishedName: String {
    dnsName.split(separator: ".").map { "DC=\($0)" }.joined(separator: ",")
  }

  /// The object with this DN, compared as AD compares DNs: case-insensitively, and with blanks
  /// around `,` and `=` ignored (`OU=Staff, DC=corp` is `OU=Staff,DC=corp`; RFC 4514 2.4).
  public func object(dn: String) -> DirectoryObject? {
    let key = Self.comparable(dn: dn)
    return objects.first { Self.comparable(dn: $0.dn) == key }
  }

  /// The account an engineer names the way Windows shows it: `bob.user`, `CORP\bob.user`
  /// (NetBIOS domain and sAMAccountName) or `bob.user@corp.contoso.com` (a userPrincipalName,
  /// or the sAMAccountName at the domain's DNS name). Compared case-insensitively, as AD does.
  public func account(named name: String) -> DirectoryObject? {
    var key = name.lowercased()
    if let slash = key.firstIndex(of: "\\") {
      let domain = String(key[..<slash])
      guard domain == netbiosName?.lowercased() || domain == dnsName.lowercased() else { return nil }
      key = String(key[key.index(after: slash)...])
    }
    if key.contains("@"),
      let byUPN = objects.first(where: { $0.attribute("userPrincipalName")?.lowercased() == key })
    {
      return byUPN
    }
    let suffix = "@" + dnsName.lowercased()
    if key.hasSuffix(suffix) { key.removeLast(suffix.count) }
    return objects.first { $0.attribute("sAMAccountName")?.lowercased() == key }
  }

  /// A DN in the form comparison uses: lower case, no blanks around the separators (an escaped
  /// `\,` or `\ ` is kept as written).
  public static func comparable(dn: String) -> String {
    var result: [Unicode.Scalar] = []
    var escaped = false
    var afterSeparator = true  // blanks at the start are dropped too
    var blanks = 0
    for scalar in dn.lowercased().unicodeScalars {
      if escaped {
        result.append(scalar)
        escaped = false
        continue
      }
      switch scalar {
      case " ":
        blanks += 1
      case ",", "=", "+":
        blanks = 0  // blanks before a separator
        result.append(scalar)
        afterSeparator = true
      default:
        if !afterSeparator { result += repeatElement(" ", count: blanks) }
        blanks = 0
        afterSeparator = false
        escaped = scalar == "\\"
        result.append(scalar)
      }
    }
    return String(String.UnicodeScalarView(result))
  }
}

/// The account Entra Connect (Azure AD Connect) syncs with, e.g. `CORP\MSOL_4f2a`.
public struct SyncAccount: Sendable, Hashable {
  /// `DOMAIN\name` as written.
  public var name: String
  public var dn: String?
  @NotCompared public var origin: SourceLocation

  public init(name: String, dn: String? = nil, origin: SourceLocation = .none) {
    self.name = name
    self.dn = dn
    self.origin = origin
  }
}

/// A writeback feature of Entra Connect; each needs its own permissions on-premises.
public enum WritebackFeature: String, Sendable, Hashable, CaseIterable {
  case password, group, device, exchangeHybrid = "exchange-hybrid"
}

/// A security descriptor as found: SDDL text or the raw self-relative bytes (LDIF
/// `nTSecurityDescriptor`), decoded by the permission model.
public enum SecurityDescriptorValue: Sendable, Hashable {
  case sddl(String)
  /// The self-relative bytes (MS-DTYP 2.4.6); a slice of the load's arena, read like `[UInt8]`.
  case bytes(DescriptorBytes)
}

/// One directory attribute kept beside the modelled ones; binary values are base64 text.
public struct DirectoryAttribute: Sendable, Hashable {
  public var name: String
  public var values: [String]
  /// True when `values` are base64 of binary data.
  public var binary: Bool

  public init(name: String, values: [String], binary: Bool = false) {
    self.name = name
    self.values = values
    self.binary = binary
  }
}

/// A directory object keyed by DN: its objectClass chain, SID, memberships, adminCount and
/// security descriptor.
public struct DirectoryObject: Sendable, Hashable {
  public var dn: String
  /// The objectClass values as written, most general first (`top, person, ..., user`).
  public var objectClasses: [String] = []
  public var sid: String?
  /// DNs of groups this object is a member of.
  public var memberOf: [String] = []
  /// DNs of members, for groups.
  public var members: [String] = []
  public var adminCount: Int?
  public var securityDescriptor: SecurityDescriptorValue?
  /// Attributes not modelled above (sAMAccountName, userAccountControl...).
  public var attributes: [DirectoryAttribute] = []
  @NotCompared public var origin: SourceLocation

  public init(dn: String, objectClasses: [String] = [], origin: SourceLocation = .none) {
    self.dn = dn
    self.objectClasses = objectClasses
    self.origin = origin
  }

  /// The structural class: the most specific (last) objectClass value.
  public var structuralClass: String? { objectClasses.last }

  /// The first value of a kept attribute, matched case-insensitively.
  public func attribute(_ name: String) -> String? {
    let key = name.lowercased()
    return attributes.first { $0.name.lowercased() == key }?.values.first
  }
}
