// swift-tools-version: 6.0
// hybridbench: a line-editing workbench for hybrid Windows / Active Directory / Azure
// infrastructure. One library module per capability, a thin shell and a thin executable.
import PackageDescription

let package = Package(
  name: "hybridbench",
  platforms: [.macOS(.v13)],
  dependencies: [],
  targets: [
    // Findings, source locations and the JSON value every capability reports through.
    .target(name: "Findings"),
    .testTarget(name: "FindingsTests", dependencies: ["Findings"]),
    // libhivex, the offline registry hive reader/editor; only SAMHive imports it.
    .systemLibrary(name: "CHivex", pkgConfig: "hivex", providers: [.apt(["libhivex-dev"])]),
    // Offline SAM hive: local accounts, their flags, the sysprep lock-out, and the repaired copy.
    .target(name: "SAMHive", dependencies: ["CHivex", "Findings"]),
    .testTarget(name: "SAMHiveTests", dependencies: ["SAMHive", "CHivex", "Findings"]),
  ]
)
