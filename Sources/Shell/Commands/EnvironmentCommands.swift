import Artifacts
import EnvironmentFiles
import EnvironmentModel
import Findings
import PlacementRules

/// The commands that load, list, switch, save, compare and unload environments. `show` and its
/// subcommands are in EnvironmentCommands+Show.swift.
public enum EnvironmentCommands {
  public static var all: [CommandSpec] {
    [load, envs, use, unload, save, diff] + show
  }

  /// Group summaries for `help`.
  public static let groups = [
    "show": "show the current environment, or one part of it",
  ]

  /// Where Tab finds names of each kind: the loaded environments, and names in the current one.
  public static var nameSources: [NameKind: @Sendable (Session) -> [String]] {
    [
      .environment: { $0.environments.names },
      .vnet: { $0.environments.current?.azure.vnets.map(\.name) ?? [] },
      .localSite: { $0.environments.current?.azure.localSites.map(\.name) ?? [] },
      .directorySite: { $0.environments.current?.domain.map(DomainView.siteNames) ?? [] },
      .host: { $0.environments.current?.hosts.map(\.name) ?? [] },
      .machine: { $0.environments.current?.machines.map(\.name) ?? [] },
      .distinguishedName: { $0.environments.current?.domain?.objects.map(\.dn) ?? [] },
      .account: { session in
        session.environments.current?.domain?.objects.compactMap { $0.attribute("sAMAccountName") }
          ?? []
      },
    ]
  }

  static let loadFile = ArgumentSpec(
    "FILE", .file, suggestions: ["demo"],
    help: "the file to read, or 'demo' for the built-in contoso-lab")
  static let loadName = ArgumentSpec(
    "NAME", .text, .optional, keyword: "as", help: "the name to give the environment")
  static let loadParameters = OptionSpec(
    "parameters", value: .file, valueName: "FILE",
    help: "the deployment parameters file of an ARM template (azuredeploy.parameters.json)")

  static let load = CommandSpec(
    ["load"], summary: "load an environment from FILE, or the built-in demo",
    discussion: "The kind of file is recognised by its content: the native YAML/JSON format (docs/environment-format.md), classic NetworkConfiguration XML, an ARM template or az network JSON, an LDIF export of Active Directory, or ipconfig /all output. An ARM template takes its deployment parameters file with --parameters, so parameters() resolves to the values given there. The environment is named after the file unless 'as NAME' is given, and becomes current. A file that fails to load changes nothing.",
    arguments: [
      loadFile,
      loadName,
    ],
    options: [loadParameters],
    examples: [
      "load demo", "load lab.yaml", "load corp.ldif as corp", "load netcfg.xml as classic",
      "load azuredeploy.json --parameters azuredeploy.parameters.json",
    ]
  ) { invocation, session in
    var name = invocation.value(loadName)
    if let given = name, given.isEmpty || given.contains(where: { $0 == " " || $0 == "\t" }) {
      throw ShellError(
        "an environment name is one word without spaces, not '\(given)'",
        column: invocation.word(loadName)?.column)
    }
    var result: LoadResult
    let typed = invocation.value(loadFile) ?? ""
    if typed == "demo" {
      if let given = invocation.word(loadParameters) {
        throw ShellError(
          "--parameters goes with an ARM template, not the demo", column: given.column)
      }
      result = try DemoEnvironment.load()
    } else {
      guard let file = invocation.file(loadFile) else { throw ShellError("load needs FILE") }
      if name == nil { name = EnvironmentLoader.defaultName(typed) }
      result = try EnvironmentLoader.load(
        file, name: name, parameters: invocation.file(loadParameters))
    }
    // A prefix that is no prefix (10.0.300.0/24) is kept as written but said at once.
    result.warnings += AddressPlan.from(result.environment).unreadable.map {
      LoadWarning($0.message, at: $0.location)
    }
    // 'as NAME' wins over the name a native file declares for itself.
    if let given = invocation.value(loadName) { result.environment.name = given }
    let replaced = session.environments.environment(named: result.environment.name) != nil
    session.environments.add(result.environment)
    var report = LoadReport(result, replaced: replaced)
    if let walk = session.walks[result.environment.name], !walk.finished {
      report.walkInProgress = walk.walkthrough
    }
    return report
  }

  static let envs = CommandSpec(
    ["envs"], summary: "list the loaded environments (* marks the current one)"
  ) { _, session in
    EnvironmentList(session.environments)
  }

  static let useName = ArgumentSpec("NAME", .name(.environment), help: "a loaded environment")

  static let use = CommandSpec(
    ["use"], summary: "make NAME the current environment",
    arguments: [useName],
    examples: ["use contoso-lab"]
  ) { invocation, session in
    let name = try loadedName(invocation, useName, session)
    session.environments.use(name)
    return StructuredOutput(
      text: "using '\(name)'", json: .object([("current", .string(name))]))
  }

  static let unloadName = ArgumentSpec("NAME", .name(.environment), help: "a loaded environment")

  static let unload = CommandSpec(
    ["unload"], summary: "forget the environment NAME",
    discussion: "If NAME was current, the most recently loaded other environment becomes current.",
    arguments: [unloadName]
  ) { invocation, session in
    let name = try loadedName(invocation, unloadName, session)
    session.environments.unload(name)
    let current = session.environments.currentName
    let then = current.map { "; '\($0)' is current" } ?? "; no environment is loaded"
    return StructuredOutput(
      text: "unloaded '\(name)'\(then)",
      json: .object([("unloaded", .string(name)), ("current", current.map(JSONValue.string) ?? .null)]))
  }

  static let saveFile = ArgumentSpec("FILE", .outputFile, .optional, help: "the YAML file to write")

  static let save = CommandSpec(
    ["save"], summary: "write the current environment as native YAML to FILE (or print it)",
    discussion: "Loading what 'save' wrote gives an equal environment. Without FILE the YAML is printed; with --format json the same document is printed as JSON.",
    arguments: [saveFile],
    options: [OptionSpec("force", help: "replace FILE if it exists")],
    examples: ["save", "save lab.yaml", "save lab.yaml --force"]
  ) { invocation, session in
    let env = try session.currentEnvironment()
    let yaml = EnvironmentLoader.save(env)
    guard invocation.value(saveFile) != nil else {
      let text = yaml.hasSuffix("\n") ? String(yaml.dropLast()) : yaml
      return StructuredOutput(text: text, json: env.json)
    }
    return try invocation.writeArtifact(
      Array(yaml.utf8), to: saveFile, detail: "environment '\(env.name)'")
  }

  static let diffA = ArgumentSpec("A", .name(.environment), help: "a loaded environment")
  static let diffB = ArgumentSpec("B", .name(.environment), help: "another loaded environment")

  static let diff = CommandSpec(
    ["diff"], summary: "list the differences between two loaded environments",
    discussion: "One line per difference: '+' is only in B, '-' only in A, '~' changed (A -> B). Lists are matched by name or DN, so order does not matter.",
    arguments: [
      diffA, diffB,
    ],
    examples: ["diff contoso-lab lab-copy"]
  ) { invocation, session in
    let a = try loadedName(invocation, diffA, session)
    let b = try loadedName(invocation, diffB, session)
    guard let first = session.environments.environment(named: a),
      let second = session.environments.environment(named: b)
    else { throw ShellError("diff needs two loaded environments") }
    return DifferenceReport(a, b, EnvironmentDiff.diff(first, second))
  }

  /// The loaded environment an argument names, or an error listing the loaded ones.
  static func loadedName(_ invocation: Invocation, _ argument: ArgumentSpec, _ session: Session)
    throws(ShellError) -> String
  {
    let name = invocation.value(argument) ?? ""
    if session.environments.environment(named: name) != nil { return name }
    let loaded = session.environments.names
    throw ShellError(
      "no environment named '\(ShellError.abbreviated(name))' is loaded",
      column: invocation.word(argument)?.column,
      hint: loaded.isEmpty
        ? "no environment is loaded: try 'load demo'"
        : "loaded: " + loaded.joined(separator: ", "))
  }
}

extension NameKind {
  /// Loaded environment names.
  public static let environment = NameKind(rawValue: "environment")
  /// Vnet names in the current environment.
  public static let vnet = NameKind(rawValue: "vnet")
  /// Local network site names in the current environment.
  public static let localSite = NameKind(rawValue: "local-site")
  /// AD site names in the current environment's directory.
  public static let directorySite = NameKind(rawValue: "ad-site")
  /// Host names in the current environment.
  public static let host = NameKind(rawValue: "host")
  /// Machine names in the current environment.
  public static let machine = NameKind(rawValue: "machine")
  /// Directory object DNs in the current environment.
  public static let distinguishedName = NameKind(rawValue: "dn")
  /// sAMAccountNames in the current environment.
  public static let account = NameKind(rawValue: "account")
}

extension Session {
  /// The current environment, or the error every environment command gives without one.
  func currentEnvironment() throws(ShellError) -> Environment {
    guard let env = environments.current else {
      throw ShellError("no environment loaded: try 'load demo'")
    }
    return env
  }
}

