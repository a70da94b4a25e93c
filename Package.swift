// swift-tools-version: 6.0
// hybridbench: a line-editing workbench for hybrid Windows / Active Directory / Azure
// infrastructure. One library module per capability, a thin shell and a thin executable.
import PackageDescription

let package = Package(
  name: "hybridbench",
  products: [
    .executable(name: "hybridbench", targets: ["hybridbench"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    // File descriptors, read with EINTR retry, FilePath and Errno: one reader for every input.
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    // SHA-256 of every written artifact.
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // Findings, source locations and the JSON value every capability reports through.
    .target(name: "Findings"),
    .testTarget(name: "FindingsTests", dependencies: ["Findings"]),

    // The one file reader (swift-system descriptors, chunked reads), the one decoding layer
    // (UTF-8 with or without BOM, UTF-16 with BOM, CRLF, binary refused), the one line splitter,
    // and the platform imports.
    .target(
      name: "TextInput",
      dependencies: ["Findings", .product(name: "SystemPackage", package: "swift-system")]),
    .testTarget(name: "TextInputTests", dependencies: ["TextInput", "Findings"]),

    // Addresses, prefixes, the IANA special-purpose registries, prefix sets, IPv6 planning.
    .target(name: "AddressKit", dependencies: ["Findings"]),
    .testTarget(name: "AddressKitTests", dependencies: ["AddressKit"]),
    // The environment model: vnets, subnets, sites, hosts, machines, the directory and where each
    // value came from; the VM start plan and the legacy OS support table read only the model.
    .target(name: "EnvironmentModel", dependencies: ["Findings"]),

    // Placement rule packs (azure-2014, azure-current) over a neutral address plan, and the
    // address reviews of tunnels and RRAS adapters. The model only: no YAML, no XML.
    .target(name: "PlacementRules", dependencies: ["AddressKit", "Findings", "EnvironmentModel"]),
    .testTarget(
      name: "PlacementRulesTests",
      dependencies: [
        "PlacementRules", "AddressKit", "Findings", "EnvironmentModel", "EnvironmentFiles",
      ]),

    // Environments as files: the native YAML/JSON format, the importers (az/ARM JSON, ipconfig,
    // LDIF, unattend/netcfg XML), the loader, the on-disk store and the demo lab.
    .target(
      name: "EnvironmentFiles",
      dependencies: [
        "Findings", "EnvironmentModel", "AnswerFiles", "TextInput",
        .product(name: "Yams", package: "Yams"),
      ]),
    .testTarget(
      name: "EnvironmentFilesTests", dependencies: ["EnvironmentFiles", "EnvironmentModel"]),

    // unattend.xml: parsed with locations, secrets redacted, UnattendedJoin rules.
    .target(name: "AnswerFiles", dependencies: ["Findings", "EnvironmentModel", "TextInput"]),
    .testTarget(name: "AnswerFilesTests", dependencies: ["AnswerFiles", "EnvironmentModel"]),

    // NetSetup.log and setupact.log analysers: encodings, timestamps, status codes, join attempts.
    .target(name: "SetupLogs", dependencies: ["Findings", "TextInput"]),
    .testTarget(name: "SetupLogsTests", dependencies: ["SetupLogs", "Findings"]),

    // Walkthroughs: the engine (steps as data, pure transitions) and the stories.
    .target(
      name: "Walkthroughs",
      dependencies: [
        "Findings", "AnswerFiles", "EnvironmentModel", "AddressKit", "SAMHive", "SetupLogs",
        "PlacementRules", "TextInput",
      ]),
    .testTarget(
      name: "WalkthroughsTests",
      dependencies: [
        "Walkthroughs", "AnswerFiles", "Findings", "EnvironmentModel", "EnvironmentFiles",
        "PlacementRules", "SetupLogs",
      ]),

    // Windows security primitives: SIDs, GUIDs, access masks, ACEs, ACLs, security descriptors in
    // SDDL and self-relative binary. Hand-written: no maintained Swift or C library does SDDL.
    .target(name: "WindowsSecurity", dependencies: ["Findings"]),
    .testTarget(name: "WindowsSecurityTests", dependencies: ["WindowsSecurity"]),

    // libhivex, the offline registry hive reader/editor; only SAMHive imports it.
    .systemLibrary(name: "CHivex", pkgConfig: "hivex", providers: [.apt(["libhivex-dev"])]),
    // Offline SAM hive: local accounts, their flags, the sysprep lock-out, the repaired copy, and
    // which keys the WOW64 registry redirector sends to Wow6432Node.
    .target(
      name: "SAMHive",
      dependencies: ["CHivex", "Findings", "Artifacts", "TextInput", "WindowsSecurity"]),
    .testTarget(
      name: "SAMHiveTests",
      dependencies: [
        "SAMHive", "HiveFixtures", "CHivex", "Findings", "Artifacts", "WindowsSecurity",
      ]),
    // Test support: builds SAM hives from an empty regf file plus libhivex, for the tests only.
    .target(name: "HiveFixtures", dependencies: ["CHivex", "WindowsSecurity"]),

    // libedit's native API through a few non-variadic wrappers; only LineEditing imports it.
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "LineEditing", dependencies: ["CEditLine", "Artifacts", "Findings"]),

    // The one writer every export goes through: atomic, no silent overwrite, sha256 reported.
    .target(
      name: "Artifacts",
      dependencies: ["Findings", .product(name: "Crypto", package: "swift-crypto")]),
    .testTarget(name: "ArtifactsTests", dependencies: ["Artifacts", "Findings"]),

    // The command language, registry, session, rendering, transcripts and the interactive loop.
    .target(
      name: "Shell",
      dependencies: [
        "Findings", "Artifacts", "LineEditing", "EnvironmentModel", "EnvironmentFiles", "SAMHive",
        "AnswerFiles", "SetupLogs", "Walkthroughs", "AddressKit", "PlacementRules", "TextInput",
        "WindowsSecurity",
      ]),
    .testTarget(
      name: "ShellTests", dependencies: ["Shell", "LineEditing", "Artifacts", "Findings", "Walkthroughs"]),
    // The real binary: pseudo-terminal tests of the libedit path, modes, golden transcripts.
    .testTarget(name: "EndToEndTests", dependencies: ["hybridbench", "HiveFixtures"]),

    // The executable: argument parsing and the choice of mode, nothing else.
    .executableTarget(
      name: "hybridbench",
      dependencies: ["Shell", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
  ]
)
