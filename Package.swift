// swift-tools-version: 6.0
// hybridbench: a line-editing workbench for hybrid Windows / Active Directory / Azure
// infrastructure. One library module per capability, a thin shell and a thin executable.
import PackageDescription

let package = Package(
  name: "hybridbench",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // Findings, source locations and the JSON value every capability reports through.
    .target(name: "Findings"),
    .testTarget(name: "FindingsTests", dependencies: ["Findings"]),
    // The environment model, its native YAML/JSON format, the importers and the demo lab.
    .target(
      name: "Environments",
      dependencies: ["Findings", .product(name: "Yams", package: "Yams")]
    ),
    .testTarget(name: "EnvironmentsTests", dependencies: ["Environments"]),
  ]
)
