// swift-tools-version: 6.0
// hybridbench: a line-editing workbench for hybrid Windows / Active Directory / Azure
// infrastructure. One library module per capability, a thin shell and a thin executable.
import PackageDescription

let package = Package(
  name: "hybridbench",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "hybridbench", targets: ["hybridbench"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // Findings, source locations and the JSON value every capability reports through.
    .target(name: "Findings"),
    .testTarget(name: "FindingsTests", dependencies: ["Findings"]),

    // Addresses, prefixes, the IANA special-purpose registries, prefix sets, IPv6 planning.
    .target(name: "AddressKit", dependencies: ["Findings"]),
    .testTarget(name: "AddressKitTests", dependencies: ["AddressKit"]),
    // Placement rule packs (azure-2014, azure-current) over a neutral address plan.
    .target(name: "Rules", dependencies: ["AddressKit", "Findings", "Environments"]),
    .testTarget(
      name: "RulesTests", dependencies: ["Rules", "AddressKit", "Findings", "Environments"]),

    // Environments: the model, the native YAML/JSON format, importers, the demo lab.
    .target(
      name: "Environments",
      dependencies: ["Findings", "AnswerFiles", .product(name: "Yams", package: "Yams")]),
    .testTarget(name: "EnvironmentsTests", dependencies: ["Environments"]),

    // unattend.xml: parsed with locations, secrets redacted, UnattendedJoin rules.
    .target(name: "AnswerFiles", dependencies: ["Findings"]),
    .testTarget(name: "AnswerFilesTests", dependencies: ["AnswerFiles"]),

    // Walkthroughs: the engine (steps as data, pure transitions), the analysers and the stories.
    .target(
      name: "Walkthroughs",
      dependencies: ["Findings", "AnswerFiles", "Environments", "AddressKit", "SAMHive"]),
    .testTarget(
      name: "WalkthroughsTests",
      dependencies: ["Walkthroughs", "AnswerFiles", "Findings", "Environments"]),

    // Windows security primitives: SIDs, GUIDs, access masks, ACEs, ACLs, security descriptors in
    // SDDL and self-relative binary. Hand-written: no maintained Swift or C library does SDDL.
    .target(name: "WindowsSecurity", dependencies: ["Findings"]),
    .testTarget(name: "WindowsSecurityTests", dependencies: ["WindowsSecurity"]),

    // libhivex, the offline registry hive reader/editor; only SAMHive imports it.
    .systemLibrary(name: "CHivex", pkgConfig: "hivex", providers: [.apt(["libhivex-dev"])]),
    // Offline SAM hive: local accounts, their flags, the sysprep lock-out, and the repaired copy.
    .target(name: "SAMHive", dependencies: ["CHivex", "Findings", "WindowsSecurity"]),
    .testTarget(name: "SAMHiveTests", dependencies: ["SAMHive", "HiveFixtures", "CHivex", "Findings"]),
    // Test support: builds SAM hives from an empty regf file plus libhivex, for the tests only.
    .target(name: "HiveFixtures", dependencies: ["CHivex", "WindowsSecurity"]),

    // Permissions over the directory: DNs, the AD schema, dsacls grants, the access check,
    // the Entra Connect / Cloud Sync permission sets and the audit.
    .target(
      name: "DirectoryPermissions", dependencies: ["Findings", "Environments", "WindowsSecurity"]),
    .testTarget(
      name: "DirectoryPermissionsTests",
      dependencies: ["DirectoryPermissions", "Environments", "Findings", "WindowsSecurity"]),

    // libedit's native API through a few non-variadic wrappers; only LineEditing imports it.
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "LineEditing", dependencies: ["CEditLine"]),

    // The one writer every export goes through: atomic, no silent overwrite, sha256 reported.
    .target(name: "Artifacts"),
    .testTarget(name: "ArtifactsTests", dependencies: ["Artifacts"]),

    // The command language, registry, session, rendering, transcripts and the interactive loop.
    .target(
      name: "Shell",
      dependencies: [
        "Findings", "Artifacts", "LineEditing", "Environments", "SAMHive", "AnswerFiles",
        "Walkthroughs", "AddressKit", "Rules", "WindowsSecurity", "DirectoryPermissions",
      ]),
    .testTarget(name: "ShellTests", dependencies: ["Shell", "LineEditing"]),
    // The real binary: pseudo-terminal tests of the libedit path, modes, golden transcripts.
    .testTarget(name: "EndToEndTests", dependencies: ["hybridbench", "HiveFixtures"]),

    // The executable: argument parsing and the choice of mode, nothing else.
    .executableTarget(
      name: "hybridbench",
      dependencies: ["Shell", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
  ]
)
