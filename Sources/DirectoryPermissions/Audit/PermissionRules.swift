import Findings

/// The rules `perm audit` and `perm can` report, declared once for the catalog: one per cause
/// of a denied right, plus the DACL-shape findings.
extension Rule {
  static let adts = "[MS-ADTS] 5.1.3 Authorization (access checks on directory objects)"
  static let dtypAccessCheck = "[MS-DTYP] 2.5.3.2 Access Check Algorithm Pseudocode"
  static let adminSDHolder =
    "[MS-ADTS] 3.1.1.6.1.2 Protected Objects (AdminSDHolder, SDProp); Microsoft Entra Connect: "
    + "configure AD DS connector account permissions, learn.microsoft.com/entra/identity/hybrid/"
    + "connect/how-to-connect-configure-ad-ds-connector-account"

  public static let permProtectedObject = Rule(
    "PERM-PROTECTED-OBJECT", .error,
    title: "a protected account (adminCount=1) does not inherit the grant",
    explanation:
      "SDProp replaces the DACL of every protected account with AdminSDHolder's, protected from "
        + "inheritance, within the hour; a grant at the domain or an OU never reaches it, and "
        + "writeback to it fails with permission-issue 8344.",
    fix: "grant the right on CN=AdminSDHolder,CN=System for this object only (no /I:S), so SDProp "
      + "copies it; or leave the account out of scope",
    sources: [adminSDHolder, adts])
  public static let permOrphanedAdminCount = Rule(
    "PERM-ORPHANED-ADMINCOUNT", .warning,
    title: "adminCount=1 on an account no longer protected: inheritance stays off",
    explanation:
      "SDProp sets adminCount and disables inheritance, but never undoes them when the account "
        + "leaves the protected groups: the object keeps a frozen DACL.",
    fix: "clear adminCount and re-enable inheritance on the object",
    sources: [adminSDHolder])
  public static let permWrongClass = Rule(
    "PERM-WRONG-CLASS", .error,
    title: "the grant is scoped to another class (InheritedObjectType)",
    explanation:
      "An inherited ACE with an InheritedObjectType applies only to objects whose most specific "
        + "structural class is that class: a grant for user does not reach inetOrgPerson.",
    fix: "add the same grant scoped to this object's class (for example ';inetOrgPerson')",
    sources: [adts, dtypAccessCheck])
  public static let permExplicitDeny = Rule(
    "PERM-EXPLICIT-DENY", .error,
    title: "a deny ACE decides before any grant",
    explanation:
      "ACEs are evaluated in order and the first that names a right decides it; an explicit "
        + "deny comes before every inherited allow in canonical order.",
    fix: "remove or narrow the deny ACE, or add an explicit allow before it",
    sources: [dtypAccessCheck])
  public static let permInheritanceBlocked = Rule(
    "PERM-INHERITANCE-BLOCKED", .error,
    title: "a protected DACL on the path stops the inherited grant",
    explanation:
      "An object or OU with inheritance disabled (SE_DACL_PROTECTED) receives nothing from "
        + "above it, so grants on the domain head stop there.",
    fix: "re-enable inheritance where it is blocked, or repeat the grant on that object",
    sources: [adts, "[MS-DTYP] 2.4.6 SECURITY_DESCRIPTOR (SE_DACL_PROTECTED)"])
  public static let permMissingDescriptor = Rule(
    "PERM-MISSING-DESCRIPTOR", .warning,
    title: "the export has no security descriptor for this object or its parent",
    explanation:
      "Without nTSecurityDescriptor the decision cannot be made offline; a non-admin export "
        + "returns it only with the SD_FLAGS control 1.2.840.113556.1.4.801 set to 7.",
    fix: "export again with the SD_FLAGS control (ldapsearch -E '!1.2.840.113556.1.4.801=::MAMCAQc=') "
      + "or as an administrator (ldifde)",
    sources: ["[MS-ADTS] 3.1.1.3.4.1.11 LDAP_SERVER_SD_FLAGS_OID"])
  public static let permMissingGrant = Rule(
    "PERM-MISSING-GRANT", .error,
    title: "nothing grants the account the right",
    explanation:
      "No ACE on the object or inherited from its parents allows the right to the account or "
        + "a group it belongs to.",
    fix: "grant the right to the connector account where the feature's permission set puts it",
    sources: [adts])
  public static let permNonCanonicalACL = Rule(
    "PERM-NONCANONICAL-ACL", .warning,
    title: "the DACL is not in canonical order",
    explanation:
      "AD evaluates a DACL in stored order; a non-canonical one can let an allow win over a deny "
        + "meant to come first, and tools re-sort it on the next edit.",
    fix: "rewrite the DACL in canonical order (the ACL editor offers to)",
    sources: ["[MS-DTYP] 2.4.5 ACL", "[MS-ADTS] 6.1.3.1"])
  public static let permConnectorNotRestricted = Rule(
    "PERM-CONNECTOR-NOT-RESTRICTED", .warning,
    title: "the connector account's own DACL is not restricted",
    explanation:
      "Microsoft recommends Set-ADSyncRestrictedPermissions so that only SYSTEM and the "
        + "administrators' groups can change the highly privileged connector account.",
    fix: "run Set-ADSyncRestrictedPermissions on the account, or set its DACL by hand",
    sources: [adminSDHolder])
  public static let permUnresolvedName = Rule(
    "PERM-UNRESOLVED-NAME", .info,
    title: "a name or GUID in a grant could not be resolved",
    explanation:
      "An attribute, class or extended right the schema does not know is reported, never "
        + "guessed; a schema export (--schema) resolves custom and Exchange attributes.",
    fix: "load the forest's schema export, or correct the name",
    sources: ["[MS-ADTS] 5.1.3.2.1 Control Access Rights"])

  /// Every permission rule, for the catalog.
  public static let permissionRules: [Rule] = [
    .permProtectedObject, .permOrphanedAdminCount, .permWrongClass, .permExplicitDeny,
    .permInheritanceBlocked, .permMissingDescriptor, .permMissingGrant, .permNonCanonicalACL,
    .permConnectorNotRestricted, .permUnresolvedName,
  ]
}
