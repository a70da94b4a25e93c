import WindowsSecurity

/// Why a dsacls statement was refused: the 1-based column in the statement (or the switch) and
/// what was expected; unknown names carry the schema's suggestions.
public struct DsaclsError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The statement or switch as given.
  public var text: String
  public var column: Int
  public var message: String

  public init(_ message: String, in text: String, column: Int) {
    self.text = text
    self.column = column
    self.message = message
  }

  public var description: String { "'\(text)' column \(column): \(message)" }
}

extension DsaclsGrant {
  /// Parses dsacls arguments: statements (`trustee:perms;object;inheritedType`), optionally
  /// after `/G` (grant, the default) or `/D` (deny), and one `/I:T|S|P` anywhere. Names are
  /// resolved in `schema` the way dsacls resolves display names.
  public static func parse(_ words: [String], schema: DirectorySchema) throws(DsaclsError)
    -> [DsaclsGrant]
  {
    var inheritance: DsaclsInheritance?
    var deny = false
    var statements: [(text: String, deny: Bool)] = []
    for word in words {
      let upper = word.uppercased()
      if upper == "/G" {
        deny = false
      } else if upper == "/D" {
        deny = true
      } else if upper.hasPrefix("/I:") {
        guard let value = DsaclsInheritance(rawValue: String(upper.dropFirst(3))) else {
          throw DsaclsError(
            "expected /I:T (this object and sub objects), /I:S (sub objects only) or /I:P "
              + "(one level)", in: word, column: 4)
        }
        inheritance = value
      } else if upper.hasPrefix("/") {
        throw DsaclsError(
          "only /G, /D and /I:T|S|P describe ACEs (dsacls's other switches change the DACL as "
            + "a whole)", in: word, column: 1)
      } else {
        statements.append((word, deny))
      }
    }
    guard !statements.isEmpty else {
      throw DsaclsError(
        "expected a statement trustee:perms[;object|property][;inheritedObjectType]", in: "",
        column: 1)
    }
    var grants: [DsaclsGrant] = []
    for statement in statements {
      var grant = try parse(statement: statement.text, schema: schema)
      grant.deny = statement.deny
      grant.inheritance = inheritance
      grants.append(grant)
    }
    return grants
  }

  /// One statement, without switches.
  static func parse(statement text: String, schema: DirectorySchema) throws(DsaclsError)
    -> DsaclsGrant
  {
    let characters = Array(text)
    // The trustee ends at the first ':' outside double quotes.
    var inQuotes = false
    var colon: Int?
    for (i, c) in characters.enumerated() {
      if c == "\"" { inQuotes.toggle() } else if c == ":" && !inQuotes {
        colon = i
        break
      }
    }
    guard let colon else {
      throw DsaclsError(
        "expected ':' between the trustee and the permissions (trustee:perms;object;type)",
        in: text, column: characters.count + 1)
    }
    let trustee = unquoted(String(characters[..<colon]))
    guard !trustee.isEmpty else {
      throw DsaclsError(
        "expected a trustee (DOMAIN\\name, name@domain or a SID) before ':'", in: text, column: 1)
    }
    // The fields after the colon, split at ';' outside quotes, each with its start column.
    var fields: [(text: String, column: Int)] = []
    var current = ""
    var start = colon + 2
    inQuotes = false
    for (offset, c) in characters[(colon + 1)...].enumerated() {
      let column = colon + 2 + offset
      if c == "\"" { inQuotes.toggle() }
      if c == ";" && !inQuotes {
        fields.append((current, start))
        current = ""
        start = column + 1
      } else {
        current.append(c)
      }
    }
    fields.append((current, start))
    guard fields.count <= 3 else {
      throw DsaclsError(
        "expected at most perms;object;inheritedObjectType (a fourth ';' field)", in: text,
        column: fields[3].column - 1)
    }
    let rights = try mask(fields[0].text, in: text, column: fields[0].column)
    var object: SchemaEntry?
    if fields.count > 1, !unquoted(fields[1].text).isEmpty {
      let name = unquoted(fields[1].text)
      let kind: SchemaNameKind =
        rights == .controlAccess
        ? .right : rights == .validatedWrite ? .right : .objectOrProperty
      do {
        object = try schema.resolve(name, as: kind)
      } catch {
        throw DsaclsError(error.description, in: text, column: fields[1].column)
      }
    }
    var inheritedClass: SchemaClass?
    if fields.count > 2, !unquoted(fields[2].text).isEmpty {
      do {
        if case .objectClass(let c) = try schema.resolve(
          unquoted(fields[2].text), as: .objectClass)
        {
          inheritedClass = c
        }
      } catch {
        throw DsaclsError(error.description, in: text, column: fields[2].column)
      }
    }
    return DsaclsGrant(
      trustee: TrusteeName(trustee), rights: rights, object: object,
      inheritedClass: inheritedClass)
  }

  /// The permission letters, two at a time.
  static func mask(_ field: String, in text: String, column: Int) throws(DsaclsError)
    -> AccessMask
  {
    let letters = Array(field)
    guard !letters.isEmpty else {
      throw DsaclsError(
        "expected permission letters (GR GE GW GA SD DT RC WD WO LC CC DC WS WP RP CA LO)",
        in: text, column: column)
    }
    var mask: AccessMask = []
    var i = 0
    while i < letters.count {
      let pair = i + 1 < letters.count ? String(letters[i...(i + 1)]) : String(letters[i])
      guard let bits = DsaclsRights.mask(Substring(pair)) else {
        let hint =
          pair.uppercased() == "CR"
          ? " (dsacls spells control access CA; CR is SDDL)"
          : pair.uppercased() == "SW" ? " (dsacls spells validated write WS; SW is SDDL)" : ""
        throw DsaclsError(
          "'\(pair)' is not a dsacls permission: expected GR GE GW GA SD DT RC WD WO LC CC DC "
            + "WS WP RP CA LO\(hint)", in: text, column: column + i)
      }
      mask.formUnion(bits)
      i += 2
    }
    return mask
  }

  static func unquoted(_ text: String) -> String {
    var t = text.trimmingBlanks
    if t.count >= 2, t.first == "\"", t.last == "\"" { t = String(t.dropFirst().dropLast()) }
    return t
  }
}

extension DsaclsGrant {
  /// The statement as dsacls takes it (`"DOM\acct:WP;proxyAddresses;user"` without the quotes);
  /// the switches are `switches`.
  public var statement: String {
    var text = trustee.text + ":" + DsaclsRights.letters(rights)
    let objectName = object?.name
    let inheritedName = inheritedClass?.name
    if objectName != nil || inheritedName != nil { text += ";" + (objectName ?? "") }
    if let inheritedName { text += ";" + inheritedName }
    return text
  }

  /// `/G` or `/D`, then `/I:x` when there is inheritance.
  public var switches: [String] {
    [deny ? "/D" : "/G"] + (inheritance.map { ["/I:\($0.rawValue)"] } ?? [])
  }
}
