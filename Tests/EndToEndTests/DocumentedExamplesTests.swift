import Foundation
import HiveFixtures
import XCTest

/// Every example the README and `help` show runs as shown: in a folder holding the files the
/// examples name (built from the test fixtures), each example in a fresh session with what it
/// needs before it (the demo loaded, a walk at the right question).
final class DocumentedExamplesTests: XCTestCase {
  private var fixtures: FixtureHive!
  private var template = ""

  override func setUpWithError() throws {
    fixtures = try FixtureHive()
    let admin = FixtureAccount(rid: 500, name: "Administrator", dacl: FixtureAccount.cannotChangeDACL(rid: 500))
    _ = try fixtures.sam([admin], name: "SAM")
    template = fixtures.path("workspace")
    let root = BuiltProduct.packageRoot.appendingPathComponent("Tests/Transcripts/fixtures").path
    let files = [
      "logs/NetSetup.log": "logs/NetSetup.log", "NetSetup.log": "logs/NetSetup.log",
      "Panther/setupact.log": "logs/setupact.log", "answer/unattend.xml": "logs/unattend.xml",
      "seen.txt": "addresses/seen.txt", "plan.txt": "addresses/plan.txt",
      "prefixes.txt": "addresses/prefixes.txt", "big.txt": "addresses/prefixes.txt",
      "corp.ldif": "fabrikam.ldif", "netcfg.xml": "classic-netcfg.xml", "lab.yaml": "branch-office.yaml",
      "azuredeploy.json": "arm/branch.json",
      "acls.txt": "permissions/acls-utf16.txt", "adminsdholder.bin": "permissions/msdtyp-example.bin",
      "azuredeploy.parameters.json": "arm/branch.parameters.json",
      "script.hb": nil, "lesson.hb": nil, "examples/first-look.hb": nil,
      "SAM": nil, "evidence/SAM": nil,
    ] as [String: String?]
    for (name, source) in files {
      let target = template + "/" + name
      try FileManager.default.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      switch name {
      case "SAM", "evidence/SAM": try FileManager.default.copyItem(atPath: fixtures.path("SAM"), toPath: target)
      case "examples/first-look.hb":
        try FileManager.default.copyItem(
          atPath: BuiltProduct.packageRoot.appendingPathComponent(name).path, toPath: target)
      case "script.hb", "lesson.hb": try "load demo\nshow vnets\n".write(toFile: target, atomically: true, encoding: .utf8)
      default: try FileManager.default.copyItem(atPath: root + "/" + (source ?? name), toPath: target)
      }
    }
  }

  override func tearDownWithError() throws { fixtures.remove() }

  /// A fresh copy of the workspace for one example (some write files others read).
  private func workspace() throws -> String {
    let copy = fixtures.path("run-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: template, toPath: copy)
    return copy
  }

  private func run(_ arguments: [String], in directory: String, input: String? = nil) throws
    -> (status: Int32, output: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "cd \"$1\" && shift && \"$@\"", "sh", directory, BuiltProduct.hybridbench] + arguments
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory, "NO_COLOR": "1", "TERM": "dumb"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = input.flatMap { FileHandle(forReadingAtPath: directory + "/" + $0) }
      ?? FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// What an example needs to have run before it.
  private func context(for example: String) -> [String] {
    if example.hasPrefix("walk answer yes") { return ["walk start sysprep-recovery", "walk next"] }
    if example.hasPrefix("walk answer logs/NetSetup.log") {
      return [
        "walk start domain-join", "walk next", "walk answer answer/unattend.xml", "walk next",
        "walk answer Panther/setupact.log", "walk next",
      ]
    }
    if example.hasPrefix("walk") { return [] }
    return ["load demo", "load demo as lab-copy", "use contoso-lab"]
  }

  func testEveryHelpExampleRuns() throws {
    let directory = try workspace()
    let overview = try run(["-c", "help"], in: directory).output
    var paths: [String] = []
    for line in overview.split(separator: "\n") where line.hasPrefix("  ") {
      let usage = line.dropFirst(2).components(separatedBy: "  ")[0]
      let words = usage.split(separator: " ").prefix { word in
        word.first?.isLowercase == true && !word.hasPrefix("-")
      }
      paths.append(words.joined(separator: " "))
    }
    XCTAssertGreaterThan(paths.count, 50, overview)
    let helps = try run(["-c", paths.map { "help \($0)" }.joined(separator: "\n")], in: directory).output
    var examples: [String] = []
    var inExamples = false
    for line in helps.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == "examples:" { inExamples = true; continue }
      if line.hasPrefix("usage: ") || line.isEmpty { inExamples = false; continue }
      if inExamples, line.hasPrefix("  ") { examples.append(String(line.dropFirst(2))) }
    }
    XCTAssertGreaterThan(examples.count, 40, helps)
    for example in Set(examples).sorted() {
      let lines = context(for: example) + [example]
      let directory = try workspace()
      if example == "save lab.yaml" {  // the example writes a new file; 'load lab.yaml' reads one
        try FileManager.default.removeItem(atPath: directory + "/lab.yaml")
      }
      let result = try run(["--bail", "-c", lines.joined(separator: "\n")], in: directory)
      XCTAssertEqual(result.status, 0, "\(example):\n\(result.output)")
    }
  }

  func testTheReadmeRunsAsWritten() throws {
    let readme = try String(
      contentsOf: BuiltProduct.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    var session: [String] = []
    var commandLines: [String] = []
    for line in readme.split(separator: "\n") {
      if line.hasPrefix("hb> ") || line.hasPrefix("hb[") {
        let command = line.drop { $0 != ">" }.dropFirst(2)
        session.append(String(command.split(separator: "#").first ?? command).trimmingCharacters(in: .whitespaces))
      } else if line.hasPrefix("hybridbench "), !line.contains(" · ") {  // not the banner
        commandLines.append(String(line.split(separator: "#").first ?? line).trimmingCharacters(in: .whitespaces))
      }
    }
    XCTAssertTrue(session.contains("analyze unattend app1"), session.description)
    let first = try run(["--bail", "-c", session.joined(separator: "\n")], in: try workspace())
    XCTAssertEqual(first.status, 0, first.output)
    XCTAssertGreaterThan(commandLines.count, 5, commandLines.description)
    for line in commandLines {
      let directory = try workspace()
      var words = line.split(separator: " ").dropFirst().map(String.init)
      var arguments: [String] = []
      // The shell's quoting in the README: '...' groups words; '< FILE' is standard input.
      var index = 0
      var input: String?
      while index < words.count {
        var word = words[index]
        if word == "<" {
          input = words[index + 1]
          index += 2
          continue
        }
        if word.hasPrefix("'") {
          while !word.hasSuffix("'") || word.count == 1, index + 1 < words.count {
            index += 1
            word += " " + words[index]
          }
          word = String(word.dropFirst().dropLast())
        }
        arguments.append(word)
        index += 1
      }
      words = arguments
      if line.contains("Tests/Transcripts") {
        words = ["check", BuiltProduct.packageRoot.appendingPathComponent("Tests/Transcripts/session-basics.hbt").path]
      }
      let result = try run(words, in: directory, input: input)
      XCTAssertEqual(result.status, 0, "\(line):\n\(result.output)")
    }
  }
}
