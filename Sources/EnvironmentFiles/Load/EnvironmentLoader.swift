import EnvironmentModel
import Findings
import Foundation
import TextInput

/// What a load produced: the environment, the warnings met on the way and the detected kind.
public struct LoadResult: Sendable {
  public var environment: Environment
  public var warnings: [LoadWarning]
  public var kind: FileKind
}

/// Loads environments from files of any supported kind (picked by content) and writes the
/// native YAML form.
public enum EnvironmentLoader {
  /// Loads `file`; the environment is named `name` or after the file. Throws `InputError`.
  /// Errors, warnings and origins carry the file reference, so they name it as the user typed it.
  /// `parameters` is an ARM deployment parameters file, for a template only.
  public static func load(
    _ file: FileReference, name: String? = nil, parameters: FileReference? = nil
  ) throws -> LoadResult {
    let path = file.path
    let envName = name ?? defaultName(path)
    let head = try InputFile.head(file, count: 65536)
    let kind = FileSniffer.kind(of: head, file: file)
    if let parameters, kind != .armTemplate {
      throw InputError(
        "--parameters \(parameters.shown) goes with an ARM template; this file is not one",
        at: SourceLocation(file: file, line: 1))
    }
    if kind == .ldif {
      // Streams: huge exports are never held whole in memory.
      var env = Environment(name: envName)
      env.domain = try LDIFImporter.read(file)
      env.sourceFile = file.shown
      return LoadResult(environment: env, warnings: [], kind: kind)
    }
    let bytes = try InputFile.bytes(file)
    let directory = (path as NSString).deletingLastPathComponent
    var parameterFile: DocNode?
    if let parameters {
      parameterFile = try parametersDocument(parameters)
    }
    return try load(
      bytes: bytes, file: file, name: envName, baseDirectory: directory,
      parameterFile: parameterFile.map { ($0, parameters ?? "") })
  }

  /// The parsed deployment parameters file, through the one reader and decoding layer;
  /// anything else is refused with its name.
  static func parametersDocument(_ parameters: FileReference) throws -> DocNode {
    let bytes = try InputFile.text(parameters)
    let kind = FileSniffer.kind(of: bytes, file: parameters)
    let start = FileSniffer.contentStart(bytes)
    guard kind == .armParameters else {
      throw InputError(
        "expected an ARM deployment parameters file (\"$schema\": "
          + "...deploymentParameters.json#, \"parameters\": {...})",
        at: SourceLocation(file: parameters, line: start.line))
    }
    return try JSONDocumentParser.parse(
      Array(bytes[start.offset...]), file: parameters, firstLine: start.line)
  }

  /// Loads a document held in memory; `baseDirectory` resolves relative paths. The bytes go
  /// through the one decoding layer first: UTF-8 with or without BOM, UTF-16 with BOM, CRLF.
  public static func load(
    bytes raw: [UInt8], file: FileReference, name: String, baseDirectory: String = "",
    parameterFile: (document: DocNode, file: FileReference)? = nil
  ) throws -> LoadResult {
    let bytes = try TextDecoding.utf8(raw, file: file)
    let kind = FileSniffer.kind(of: bytes, file: file)
    let start = FileSniffer.contentStart(bytes)
    var env = Environment(name: name)
    env.sourceFile = file.shown
    var warnings: [LoadWarning] = []
    switch kind {
    case .nativeYAML, .nativeJSON:
      let root = kind == .nativeJSON
        ? try JSONDocumentParser.parse(Array(bytes[start.offset...]), file: file, firstLine: start.line)
        : try YAMLDocumentReader.parse(String(decoding: bytes, as: UTF8.self), file: file)
      var decoder = NativeDecoder(file: file, baseDirectory: baseDirectory)
      env = try decoder.environment(root, defaultName: name)
      env.sourceFile = file.shown
      warnings = decoder.warnings
    case .networkConfiguration:
      (env.azure, warnings) = try NetworkConfigurationImporter.read(Array(bytes[start.offset...]),
        file: file, lineOffset: start.line - 1)
    case .armTemplate, .azureResources:
      let root = try JSONDocumentParser.parse(Array(bytes[start.offset...]), file: file,
        firstLine: start.line)
      (env.azure, warnings) = try ARMImporter.read(
        root, file: file, parameterFile: parameterFile?.document,
        parameterFileName: parameterFile?.file ?? "")
    case .ldif:
      env.domain = try LDIFImporter.read(bytes: bytes, file: file)
    case .ipconfig:
      env.hosts = [try IPConfigImporter.read(String(decoding: bytes, as: UTF8.self), file: file,
        defaultName: name)]
    case .armParameters:
      throw refusal("this is an ARM deployment parameters file: load the template it belongs to "
        + "(azuredeploy.json)", file, start.line)
    case .unattend:
      let (machine, domain) = try UnattendImporter.read(bytes, file: file, fallbackName: name)
      env.machines = [machine]
      env.domain = domain
    case .bicep:
      throw refusal("this is Bicep source: compile it to an ARM template first "
        + "(az bicep build --file FILE) and load the JSON", file, start.line)
    case .unknown:
      throw refusal("expected an environment (YAML/JSON), NetworkConfiguration XML, an ARM "
        + "template or az JSON, LDIF or ipconfig /all output", file, start.line)
    }
    return LoadResult(environment: env, warnings: warnings, kind: kind)
  }

  private static func refusal(_ message: String, _ file: FileReference, _ line: Int) -> InputError {
    InputError(message, at: SourceLocation(file: file, line: line))
  }

  /// The environment's native YAML: loading it gives an equal environment.
  public static func save(_ env: Environment) -> String {
    YAMLWriter.write(env.json,
      header: "hybridbench environment '\(env.name)' (format: docs/environment-format.md)")
  }

  /// The environment's name from a file path: the base name without extension.
  public static func defaultName(_ path: String) -> String {
    let base = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
    return String(base[..<dot])
  }
}
