import DirectoryPermissions
import EnvironmentFiles
import EnvironmentModel
import Findings
import WindowsSecurity

/// `perm dsacls`, `perm can`, `perm effective`, `perm need`, `perm audit` and `perm grant`:
/// permissions over the loaded directory (the access check lives in DirectoryPermissions).
public enum DirectoryPermissionCommands {
  public static var all: [CommandSpec] { [dsacls, can, effective, need, audit, grant, exportGrants] }

  static let schemaOption = OptionSpec(
    "schema", value: .file, valueName: "FILE",
    help: "a schema export (ldifde of CN=Schema) that extends the built-in v1903 schema")

  /// The schema: built in, extended by `--schema FILE` when given.
  static func schema(_ invocation: Invocation) throws(ShellError) -> DirectorySchema {
    guard let file = invocation.file(schemaOption) else { return .base }
    do {
      let export = try LDIFImporter.read(file)
      return try DirectorySchema.base.extended(
        with: export.objects, base64: { Base64.decode($0.utf8, padded: true) }
      ).schema
    } catch let error as InputError {
      throw ShellError("\(error.location): \(error.message)")
    } catch {
      throw ShellError("\(error)")
    }
  }

  /// The current environment's domain, or a clear refusal.
  static func domain(_ session: Session, for command: String) throws(ShellError) -> Domain {
    guard let env = session.environments.current else {
      throw ShellError("\(command) needs an environment: load one first (load demo, load corp.ldif)")
    }
    guard let domain = env.domain, !domain.objects.isEmpty else {
      throw ShellError("\(command) needs a domain with objects: '\(env.name)' has none")
    }
    return domain
  }

  static let dsaclsGrant = ArgumentSpec(
    "GRANT", .text, .variadic(minimum: 1), help: "the statements and switches")

  /// The account an audit checks or a grant names (default: the environment's sync account).
  static let accountOption = OptionSpec(
    "account", value: .name(.account), valueName: "ACCOUNT",
    help: "the account (default: the environment's sync account)")

  static let dsacls = CommandSpec(
    ["perm", "dsacls"], summary: "the ACEs a dsacls grant produces, as SDDL and in words",
    discussion: """
      Takes dsacls's own syntax: statements trustee:perms[;object|property][;inheritedObjectType], \
      optionally after /G (grant) or /D (deny), and /I:T (this object and sub objects, CI), \
      /I:S (sub objects only, CI|IO) or /I:P (one level, CI|NP). Without /I the ACE is for this \
      object only. Names are lDAPDisplayNames or extended-right display names, resolved through \
      the schema as dsacls resolves them; dsacls's CA is SDDL's CR and WS is SW. A trustee in \
      the current environment is shown by its SID, otherwise as written.
      """,
    arguments: [dsaclsGrant],
    options: [schemaOption],
    examples: [
      "perm dsacls '\"CORP\\aad_4f2a\":WP;proxyAddresses;user' /I:S",
      "perm dsacls /G 'CORP\\aad_4f2a:CA;Reset Password;user' /I:S",
      "perm dsacls 'CORP\\aad_4f2a:CA;Replicating Directory Changes'",
    ]
  ) { invocation, session in
    let schema = try schema(invocation)
    let grants: [DsaclsGrant]
    do throws(DsaclsError) {
      grants = try DsaclsGrant.parse(invocation.values(dsaclsGrant), schema: schema)
    } catch {
      throw ShellError(error.description)
    }
    let domain = session.environments.current?.domain
    let view = domain.map { DirectoryView(domain: $0, schema: schema) }
    let context = SIDContext(domain: view?.domainSID)
    var lines: [String] = []
    var aces: [JSONValue] = []
    for grant in grants {
      let sid: SecurityIdentifier? =
        if case .sid(let s) = grant.trustee.form { s } else {
          view.flatMap { v in v.resolve(grant.trustee).flatMap { v.sid(of: $0) } }
        }
      let ace = grant.ace(for: sid ?? SecurityIdentifier(authority: 0, subAuthorities: [0]))
      var text = ace.sddl(in: context)
      if sid == nil, let cut = text.lastIndex(of: ";") {
        text = String(text[...cut]) + grant.trustee.text + ")"
      }
      let stored = Inheritance.storedExplicit([ace], protected: false, owner: nil, group: nil)
        .map { $0.sddl(in: context) }
      lines.append("dsacls \(grant.switches.joined(separator: " ")) \"\(grant.statement)\"")
      lines.append("  \(text)")
      if ace.mask.hasGenericRights, sid != nil {
        lines.append("  stored by AD as " + stored.joined())
      }
      lines.append(
        "  " + ace.words(
          trustee: grant.trustee.text + (sid.map { " (\($0))" } ?? " (not resolved)"),
          objectTypes: schema))
      for warning in grant.warnings { lines.append("  warning: " + warning) }
      aces.append(
        .object([
          ("sddl", .string(text)),
          ("statement", .string(grant.statement)),
          ("switches", .array(grant.switches.map(JSONValue.string))),
          ("trustee", .string(grant.trustee.text)),
          ("sid", sid.map { .string($0.description) } ?? .null),
          ("object_type", ace.objectType.map { .string($0.description) } ?? .null),
          ("inherited_object_type", ace.inheritedObjectType.map { .string($0.description) } ?? .null),
          ("words", .string(ace.words(trustee: grant.trustee.text, objectTypes: schema))),
          ("warnings", .array(grant.warnings.map(JSONValue.string))),
        ]))
    }
    return StructuredOutput(
      text: lines.joined(separator: "\n"),
      json: .object([
        ("aces", .array(aces.map { $0.field("sddl") ?? .null })), ("details", .array(aces)),
      ]))
  }
}

extension JSONValue {
  /// The value of `key` in an object.
  func field(_ key: String) -> JSONValue? {
    if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
    return nil
  }
}
