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
    // Addresses, prefixes, the IANA special-purpose registries, prefix sets, IPv6 planning.
    .target(name: "AddressKit", dependencies: ["Findings"]),
    .testTarget(name: "AddressKitTests", dependencies: ["AddressKit"]),
    // Placement rule packs (azure-2014, azure-current) over a neutral address plan.
    .target(name: "Rules", dependencies: ["AddressKit", "Findings"]),
    .testTarget(name: "RulesTests", dependencies: ["Rules", "AddressKit", "Findings"]),
  ]
)
