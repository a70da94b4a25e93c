import EnvironmentModel
import Foundation
import Findings

/// `show` and its subcommands: the current environment, or one part of it.
extension EnvironmentCommands {
  static var show: [CommandSpec] {
    [
      showSummary,
      listing(["show", "vnets"], "list the vnets with address space and gateway") {
        AzureView.vnets($0.azure)
      },
      named(["show", "vnet"], "show one vnet: subnets, gateway, connections, VMs", "NAME", .vnet,
        "vnet", { $0.azure.vnets.map(\.name) }) { env, name in
          env.azure.vnets.first { sameName($0.name, name) }.map { AzureView.vnet($0, in: env.azure) }
        },
      listing(["show", "subnets"], "list every subnet of every vnet") { AzureView.subnets($0.azure) },
      listing(["show", "local-sites"], "list the Azure local network sites (on-premises gateways)") {
        AzureView.sites($0.azure)
      },
      named(["show", "local-site"], "show one Azure local network site", "NAME", .localSite,
        "local site", { $0.azure.localSites.map(\.name) }) { env, name in
          env.azure.localSites.first { sameName($0.name, name) }.map { AzureView.site($0, in: env.azure) }
        },
      listing(["show", "sites"], "list the AD sites in the directory, with their servers and subnets") {
        env throws(ShellError) in DomainView.sites(try domain(env))
      },
      named(["show", "site"], "show one AD site from the directory", "NAME", .directorySite, "AD site",
        { $0.domain.map(DomainView.siteNames) ?? [] }) { env, name in
          env.domain.flatMap { DomainView.site(named: name, in: $0) }
        },
      listing(["show", "connections"], "list the site-to-site and vnet-to-vnet connections") {
        AzureView.connections($0.azure)
      },
      listing(["show", "peerings"], "list the vnet peerings") { AzureView.peerings($0.azure) },
      listing(["show", "vms"], "list the VMs with placement, start order and addresses") {
        AzureView.vms($0.azure)
      },
      listing(["show", "dns"], "list the declared DNS servers and the vnets using them") {
        AzureView.dns($0.azure)
      },
      listing(["show", "hosts"], "list the hosts with OS, roles and interfaces") {
        HostView.hosts($0.hosts)
      },
      named(["show", "host"], "show one host with its interfaces and addresses", "NAME", .host,
        "host", { $0.hosts.map(\.name) }) { env, name in
          env.hosts.first { sameName($0.name, name) }.map(HostView.host)
        },
      listing(["show", "domain"], "show the AD domain: names, SID, sync account, writeback") {
        env throws(ShellError) in DomainView.domain(try domain(env))
      },
      showObjects,
      named(["show", "object"], "show one directory object by DN", "DN", .distinguishedName,
        "object", { _ in [] }) { env, dn in
          env.domain?.object(dn: dn).map(DomainView.object)
        },
      showAccounts,
      named(["show", "account"], "show the directory object of one account", "NAME", .account,
        "account", { _ in [] }) { env, name in
          env.domain?.account(named: name).map(DomainView.object)
        },
      listing(["show", "machines"], "list the machines with their answer files and logs") {
        MachineView.machines($0.machines)
      },
      named(["show", "machine"], "show one machine", "NAME", .machine, "machine",
        { $0.machines.map(\.name) }) { env, name in
          env.machines.first { sameName($0.name, name) }.map(MachineView.machine)
        },
    ]
  }

  static let showSummary = CommandSpec(
    ["show"], summary: "summarise the current environment, or show one part of it",
    discussion: "With --format json, prints the whole environment in the native schema: the document 'save' writes.",
    examples: ["show", "show vnets", "show vnet lab", "show object 'OU=Staff,DC=corp,DC=contoso,DC=com'"]
  ) { _, session in
    let env = try session.currentEnvironment()
    var lines = ["environment '\(env.name)'" + (env.description.map { ": \($0)" } ?? "")]
    lines += TextTable.fields([
      ("source", env.sourceFile.isEmpty ? nil : env.sourceFile),
      ("holds", EnvironmentSummary(env).text),
    ])
    lines.append("  (show ? lists the parts: vnets, subnets, sites, hosts, domain, objects...)")
    return StructuredOutput(text: lines.joined(separator: "\n"), json: env.json)
  }

  /// `--limit N` for listings that can run to 300,000 lines.
  static let limit = OptionSpec(
    "limit", value: .number, valueName: "N",
    help: "list at most N (default \(DomainView.defaultLimit)); the count is always shown")

  static let showObjectsClass = ArgumentSpec(
    "CLASS", .text, .optional, help: "an objectClass, e.g. user or group")

  static let showObjects = CommandSpec(
    ["show", "objects"], summary: "list the directory objects, optionally of one objectClass",
    arguments: [showObjectsClass],
    options: [limit],
    examples: ["show objects", "show objects organizationalUnit", "show objects user --limit 20"]
  ) { invocation, session in
    let env = try session.currentEnvironment()
    return DomainView.objects(
      try domain(env), classFilter: invocation.value(showObjectsClass),
      limit: invocation.number(limit).map { max(0, $0) })
  }

  static let showAccounts = CommandSpec(
    ["show", "accounts"], summary: "list the accounts (objects with a sAMAccountName)",
    options: [limit], examples: ["show accounts", "show accounts --limit 20"]
  ) { invocation, session in
    DomainView.accounts(
      try domain(try session.currentEnvironment()),
      limit: invocation.number(limit).map { max(0, $0) })
  }

  /// Azure resource names and Windows and AD names compare case-insensitively (`show vnet LAB`).
  static func sameName(_ a: String, _ b: String) -> Bool {
    a.caseInsensitiveCompare(b) == .orderedSame
  }

  /// A `show` subcommand that lists one part of the current environment.
  static func listing(
    _ path: [String], _ summary: String,
    _ render: @escaping @Sendable (Environment) throws(ShellError) -> StructuredOutput
  ) -> CommandSpec {
    CommandSpec(path, summary: summary) { _, session in
      try render(try session.currentEnvironment())
    }
  }

  /// A `show` subcommand for one named element; an unknown name is an error listing the names
  /// (`names` returns none for large sets such as objects, where a list would not help).
  static func named(
    _ path: [String], _ summary: String, _ argument: String, _ kind: NameKind, _ noun: String,
    _ names: @escaping @Sendable (Environment) -> [String],
    _ find: @escaping @Sendable (Environment, String) -> StructuredOutput?
  ) -> CommandSpec {
    let argument = ArgumentSpec(argument, .name(kind), help: "the \(noun), Tab completes it")
    return CommandSpec(path, summary: summary, arguments: [argument]) { invocation, session in
      let env = try session.currentEnvironment()
      let name = invocation.value(argument) ?? ""
      if let output = find(env, name) { return output }
      let known = names(env)
      throw ShellError(
        "no \(noun) '\(ShellError.abbreviated(name))' in '\(env.name)'",
        column: invocation.word(argument)?.column,
        hint: known.isEmpty ? "Tab completes the names" : "\(noun)s: " + known.joined(separator: ", "))
    }
  }

  static func domain(_ env: Environment) throws(ShellError) -> Domain {
    guard let domain = env.domain else {
      throw ShellError("'\(env.name)' has no domain (load an LDIF export or a file with 'domain:')")
    }
    return domain
  }
}
