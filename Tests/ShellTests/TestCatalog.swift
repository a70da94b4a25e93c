@testable import Shell

/// A small catalog for tests: the session commands plus a few shaped like the capabilities'.
enum TestCatalog {
  static let kinds = NameKind(rawValue: "vnet")

  static var catalog: CommandCatalog {
    var registry = CommandRegistry(SessionCommands.all)
    registry.add(
      CommandSpec(
        ["show", "vnet"], summary: "show a vnet",
        arguments: [ArgumentSpec("NAME", .name(kinds), help: "the vnet")]
      ) { invocation, _ in TextOutput("vnet \(invocation.value("NAME") ?? "")") })
    registry.add(
      CommandSpec(["show", "env"], summary: "show the environment") { _, _ in TextOutput("env") })
    registry.add(
      CommandSpec(
        ["prefix"], summary: "prefix math",
        arguments: [ArgumentSpec("CIDR", help: "a prefix")],
        options: [
          OptionSpec("force", help: "force"),
          OptionSpec("to", value: .outputFile, valueName: "FILE", help: "where"),
          OptionSpec("count", value: .number, valueName: "N", help: "how many"),
        ]
      ) { invocation, _ in
        TextOutput("prefix \(invocation.value("CIDR") ?? "") force=\(invocation.flag("force")) to=\(invocation.option("to") ?? "-")")
      })
    registry.add(
      CommandSpec(
        ["prefix", "split"], summary: "split a prefix",
        arguments: [
          ArgumentSpec("CIDR", help: "a prefix"), ArgumentSpec("LENGTH", .number, .optional, help: "new length"),
          ArgumentSpec("MORE", .text, .variadic(minimum: 0), help: "more"),
        ]
      ) { invocation, _ in
        TextOutput("split \(invocation.values("CIDR")) \(invocation.values("LENGTH")) \(invocation.values("MORE"))")
      })
    return CommandCatalog(registry: registry, nameSources: [kinds: { _ in ["lab", "Lab Two", "prod"] }])
  }

  static func session(base: String = "/tmp") -> Session {
    Session(catalog: catalog, surroundings: .batch, baseDirectory: base)
  }
}
