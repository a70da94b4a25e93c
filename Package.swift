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
    // unattend.xml: the answer-file model (secrets redacted) and the UnattendedJoin lint.
    .target(name: "AnswerFiles", dependencies: ["Findings"]),
    .testTarget(name: "AnswerFilesTests", dependencies: ["AnswerFiles", "Findings"]),
    // Troubleshooting analysers (NetSetup.log, setupact.log) and, later, the walkthroughs.
    .target(name: "Walkthroughs", dependencies: ["Findings", "AnswerFiles"]),
    .testTarget(name: "WalkthroughsTests", dependencies: ["Walkthroughs", "Findings"]),
  ]
)
