import EnvironmentModel
import Findings

/// Reads ARM templates and `az network vnet list/show` (or REST API response) JSON into an
/// `AzureNetwork`. Template expressions that literal parameters and variables cannot decide are
/// reported per property as warnings, and the property is left unset.
public struct ARMImporter {
  let file: FileReference
  let expressions: TemplateExpression
  var warnings: [LoadWarning] = []
  var network = AzureNetwork()
  /// Gateway name → vnet name, to attach connections to their vnet.
  var gatewayVNet: [String: String] = [:]

  init(file: FileReference, expressions: TemplateExpression) {
    self.file = file
    self.expressions = expressions
  }

  /// Reads a parsed template or resource document; `parameterFile` is a parsed deployment
  /// parameters file (`{"parameters": {"NAME": {"value": ...}}}`) read from `parameterFileName`.
  public static func read(
    _ root: DocNode, file: FileReference, parameterFile: DocNode? = nil,
    parameterFileName: FileReference = ""
  ) throws -> (AzureNetwork, [LoadWarning]) {
    var parameters: [String: DocNode] = [:]
    var variables: [String: DocNode] = [:]
    if case .mapping(let entries)? = root["parameters"]?.value {
      for e in entries { parameters[e.key] = e.value }
    }
    if case .mapping(let entries)? = root["variables"]?.value {
      for e in entries { variables[e.key] = e.value }
    }
    var expressions = TemplateExpression(parameters: parameters, variables: variables)
    var parameterWarnings: [LoadWarning] = []
    if let parameterFile {
      let declared = Set(parameters.keys.map { $0.lowercased() })
      (expressions.values, parameterWarnings) = try Self.values(
        parameterFile, file: parameterFileName, declared: declared)
    }
    var importer = ARMImporter(file: file, expressions: expressions)
    importer.warnings = parameterWarnings
    let resources = importer.resourceList(root)
    guard !resources.isEmpty else {
      throw InputError("expected Azure network resources (a template 'resources' list, or "
        + "objects with a 'type' such as Microsoft.Network/virtualNetworks), found none",
        at: SourceLocation(file: file, line: root.line, column: root.column))
    }
    for resource in resources { importer.resource(resource, parent: nil) }
    for resource in resources { importer.connectionResource(resource) }
    return (importer.network, importer.warnings)
  }

  /// The `value` of each parameter in a deployment parameters file. A Key Vault `reference`
  /// is kept out (a secret the file does not hold) and a name the template does not declare is
  /// warned about, as a deployment would refuse it.
  static func values(_ root: DocNode, file: FileReference, declared: Set<String>) throws
    -> ([String: DocNode], [LoadWarning])
  {
    guard case .mapping(let entries)? = root["parameters"]?.value else {
      throw InputError(
        "expected a deployment parameters file: an object with 'parameters' holding "
          + "{\"NAME\": {\"value\": ...}}",
        at: SourceLocation(file: file, line: root.line, column: root.column))
    }
    var values: [String: DocNode] = [:]
    var warnings: [LoadWarning] = []
    for entry in entries {
      let place = SourceLocation(file: file, line: entry.line, column: entry.column)
      if !declared.contains(entry.key.lowercased()) {
        warnings.append(
          LoadWarning(
            "parameter '\(entry.key)' is not declared by the template; ignored", at: place))
        continue
      }
      if let value = entry.value["value"] {
        values[entry.key] = value
      } else if entry.value["reference"] != nil {
        warnings.append(
          LoadWarning(
            "parameter '\(entry.key)' is a Key Vault reference: its value is not in the file; "
              + "the template's default (if any) is used", at: place))
      } else {
        warnings.append(
          LoadWarning("parameter '\(entry.key)' has no 'value'; ignored", at: place))
      }
    }
    return (values, warnings)
  }

  /// The resource objects of a template, a list, a single resource or a REST example.
  private func resourceList(_ root: DocNode) -> [DocNode] {
    if case .sequence(let items) = root.value { return items }
    if case .sequence(let items)? = root["resources"]?.value { return items }
    if case .sequence(let items)? = root["value"]?.value { return items }
    if let responses = root["responses"], case .mapping(let codes) = responses.value {
      for code in codes { if let body = code.value["body"] { return resourceList(body) } }
    }
    if root["type"] != nil { return [root] }
    return []
  }

  mutating func warn(_ message: String, _ node: DocNode) {
    warnings.append(LoadWarning(message, at: SourceLocation(file: file, line: node.line,
      column: node.column)))
  }

  /// The node at `path` under `object`, resolved; unresolvable expressions are warned about.
  mutating func value(_ object: DocNode, _ path: [String], _ what: String) -> DocNode? {
    var node: DocNode? = object
    for key in path { node = node?[key] }
    guard let found = node else { return nil }
    if case .null = found.value { return nil }
    guard let resolved = expressions.resolve(found) else {
      warn("template expression \(found.text ?? "") for \(what) cannot be resolved from literal "
        + "parameters/variables; left unset", found)
      return nil
    }
    return resolved
  }

  mutating func string(_ object: DocNode, _ path: [String], _ what: String) -> String? {
    guard let node = value(object, path, what) else { return nil }
    guard let text = node.text else {
      warn("expected \(what) to be a string, found \(node.kindName); left unset", node)
      return nil
    }
    return text
  }

  mutating func bool(_ object: DocNode, _ path: [String], _ what: String) -> Bool? {
    guard let text = string(object, path, what) else { return nil }
    return text.lowercased() == "true"
  }

  /// A list of addresses; each item may itself be an expression.
  mutating func addresses(_ object: DocNode, _ path: [String], _ what: String) -> [AddressText] {
    guard let node = value(object, path, what) else { return [] }
    let items: [DocNode]
    switch node.value {
    case .sequence(let list): items = list
    case .scalar: items = [node]
    default: return []
    }
    return items.compactMap { item in
      guard let resolved = value(item, [], what), let text = resolved.text else { return nil }
      return AddressText(text, at: item.origin(file))
    }
  }

  /// The properties object: `properties` in templates and REST bodies, the object itself in
  /// az CLI output (which flattens properties).
  func properties(_ resource: DocNode) -> DocNode {
    resource["properties"] ?? resource
  }

  /// The last path segment of a resource id, or the id's name after a type segment.
  static func name(in id: String, after type: String) -> String? {
    let parts = id.split(separator: "/")
    guard let i = parts.lastIndex(where: { $0.lowercased() == type.lowercased() }),
      i + 1 < parts.count
    else { return nil }
    return String(parts[i + 1])
  }
}
