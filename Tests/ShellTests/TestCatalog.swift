@testable import Shell

/// A small catalog for tests: the session commands plus a few shaped like the capabilities'.
enum TestCatalog {
  static let kinds = NameKind(rawValue: "vnet")

  static let vnetName = ArgumentSpec("NAME", .name(kinds), help: "the vnet")
  static let cidr = ArgumentSpec("CIDR", help: "a prefix")
  static let force = OptionSpec("force", help: "force")
  static let to = OptionSpec("to", value: .outputFile, valueName: "FILE", help: "where")
  static let length = ArgumentSpec("LENGTH", .number, .optional, help: "new length")
  static let more = ArgumentSpec("MORE", .text, .variadic(minimum: 0), help: "more")

  static var catalog: CommandCatalog {
    var registry = CommandRegistry(SessionCommands.all)
    registry.add(
      CommandSpec(["show", "vnet"], summary: "show a vnet", arguments: [vnetName]) {
        invocation, _ in
        TextOutput("vnet \(invocation.value(vnetName) ?? "")")
      })
    registry.add(
      CommandSpec(["show", "env"], summary: "show the environment") { _, _ in TextOutput("env") })
    registry.add(
      CommandSpec(
        ["prefix"], summary: "prefix math",
        arguments: [cidr],
        options: [
          force, to, OptionSpec("count", value: .number, valueName: "N", help: "how many"),
        ]
      ) { invocation, _ in
        TextOutput(
          "prefix \(invocation.value(cidr) ?? "") force=\(invocation.flag(force)) "
            + "to=\(invocation.value(to) ?? "-")")
      })
    registry.add(
      CommandSpec(
        ["prefix", "split"], summary: "split a prefix", arguments: [cidr, length, more]
      ) { invocation, _ in
        TextOutput(
          "split \(invocation.values(cidr)) \(invocation.values(length)) "
            + "\(invocation.values(more))")
      })
    return CommandCatalog(registry: registry, nameSources: [kinds: { _ in ["lab", "Lab Two", "prod"] }])
  }

  static func session(base: String = "/tmp") -> Session {
    Session(catalog: catalog, surroundings: .batch, baseDirectory: base)
  }
}
