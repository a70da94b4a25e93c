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
  public var origin: Origin

  public init(dnsName: String, origin: Origin = .none) {
    self.dnsName = dnsName
    self.origin = origin
  }

  /// The domain's DN (`DC=corp,DC=contoso,DC=com`) derived from the DNS name.
  public var distinguishedName: String {
    dnsName.split(separator: ".").map { "DC=\($0)" }.joined(separator: ",")
  }

  /// The object with this DN (compared case-insensitively, as AD does).
  public func object(dn: String) -> DirectoryObject? {
    let key = dn.lowercased()
    return objects.first { $0.dn.lowercased() == key }
  }
}

/// The account Entra Connect (Azure AD Connect) syncs with, e.g. `CORP\MSOL_4f2a`.
public struct SyncAccount: Sendable, Hashable {
  /// `DOMAIN\name` as written.
  public var name: String
  public var dn: String?
  public var origin: Origin

  public init(name: String, dn: String? = nil, origin: Origin = .none) {
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
  public var origin: Origin

  public init(dn: String, objectClasses: [String] = [], origin: Origin = .none) {
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
