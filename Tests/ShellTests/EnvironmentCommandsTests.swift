import EnvironmentFiles
import EnvironmentModel
import Foundation
import XCTest

@testable import Shell

/// The environment commands run through the interpreter against the standard catalog, as a
/// user types them.
final class EnvironmentCommandsTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-envcmd-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func interpreter() -> Interpreter {
    let session = Session(catalog: .standard, surroundings: .batch, baseDirectory: directory)
    return Interpreter(session: session, console: Console(.capture), options: RunOptions())
  }

  /// Runs `line` and returns what it printed (output and errors).
  private func run(_ interpreter: inout Interpreter, _ line: String) -> String {
    let before = interpreter.console.captured.count
    interpreter.run(line)
    return String(interpreter.console.captured.dropFirst(before))
  }

  private func write(_ name: String, _ text: String) throws {
    try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
  }

  func testLoadDemoSummarisesWhatTheDemoDeclares() {
    var shell = interpreter()
    // The demo (examples/contoso-lab.yaml): vnets lab (4 subnets) and hub (2), site oslo, one
    // P2S pool; OUs Staff, Servers, Workstations, Groups, Service Accounts; containers Users,
    // Computers, AdminSDHolder; users Ann, Ian (inetOrgPerson), Bob, AAD_4f2a, svc-join.
    let text = run(&shell, "load demo")
    XCTAssertTrue(
      text.hasPrefix(
        "loaded 'contoso-lab': 2 vnets · 6 subnets · 1 local site · 1 P2S pool · 1 connection"
          + " · 1 peering · 2 VMs · 2 hosts · domain corp.contoso.com (5 OUs, 3 containers, 5 users,"
          + " 2 groups, 1 computer) · 1 machine\n"), text)
    XCTAssertEqual(shell.session.environments.currentName, "contoso-lab")
    XCTAssertEqual(shell.session.prompt, "hb[contoso-lab]> ")
  }

  func testCommandsWithoutAnEnvironmentSaySoAndSuggestTheDemo() {
    var shell = interpreter()
    for command in ["show", "show vnets", "show object x", "save"] {
      XCTAssertEqual(run(&shell, command), "error: no environment loaded: try 'load demo'\n", command)
    }
    XCTAssertEqual(shell.failures, 4)
  }

  func testAFailedLoadLeavesEveryEnvironmentAsItWas() throws {
    try write("bad.yaml", "name: bad\nazure:\n  vms:\n    - name: dc1\n      start_order: first\n")
    var shell = interpreter()
    _ = run(&shell, "load demo")
    _ = run(&shell, "load demo as second")
    let before = shell.session.environments
    let text = run(&shell, "load bad.yaml")
    XCTAssertEqual(
      text, "error: bad.yaml:5:20: expected 'start_order' in a VM to be an integer, found 'first'\n")
    XCTAssertEqual(shell.session.environments.names, before.names)
    XCTAssertEqual(shell.session.environments.currentName, "second")
    XCTAssertEqual(shell.session.environments.current, before.current)
  }

  func testAsNameWinsOverTheNameInTheFile() throws {
    try write("lab.yaml", "name: from-file\nazure:\n  vnets:\n    - name: v\n      address_space: [10.0.0.0/16]\n")
    var shell = interpreter()
    XCTAssertEqual(run(&shell, "load lab.yaml"), "loaded 'from-file': 1 vnet\n")
    XCTAssertEqual(run(&shell, "load lab.yaml as mine"), "loaded 'mine': 1 vnet\n")
    XCTAssertEqual(shell.session.environments.names, ["from-file", "mine"])
    XCTAssertTrue(run(&shell, "load lab.yaml mine").hasPrefix("error: expected 'as NAME' after FILE"))
  }

  func testWarningsFollowTheSummaryWithTheirLocations() throws {
    try write("typo.yaml", "name: t\nazure:\n  vnets:\n    - name: v\n      adress_space: [10.0.0.0/16]\n")
    var shell = interpreter()
    let lines = run(&shell, "load typo.yaml").split(separator: "\n")
    XCTAssertEqual(lines.count, 2)
    XCTAssertTrue(lines[1].hasPrefix("typo.yaml:5:7: warning: unknown key 'adress_space'"), String(lines[1]))
  }

  func testShowJSONIsTheNativeDocumentAndSaveWritesItsYAML() throws {
    var shell = interpreter()
    _ = run(&shell, "load demo")
    let demo = try DemoEnvironment.load().environment
    XCTAssertEqual(run(&shell, "show --format json"), demo.json.prettyText + "\n")
    XCTAssertEqual(run(&shell, "save"), EnvironmentLoader.save(demo))
    let wrote = run(&shell, "save lab.yaml")
    XCTAssertTrue(wrote.hasPrefix("wrote lab.yaml · environment 'contoso-lab' · "), wrote)
    XCTAssertEqual(
      run(&shell, "save lab.yaml"), "error: lab.yaml already exists (add --force to replace it)\n"
        + "  save lab.yaml\n       ^\n")
    XCTAssertTrue(run(&shell, "save lab.yaml --force").hasPrefix("wrote lab.yaml"))
    _ = run(&shell, "load lab.yaml as copy")
    var copy = try XCTUnwrap(shell.session.environments.environment(named: "copy"))
    copy.name = demo.name
    XCTAssertEqual(copy, demo, "what 'save' wrote loads back as the same environment")
  }

  func testShowPartsAndUnknownNames() {
    var shell = interpreter()
    _ = run(&shell, "load demo")
    XCTAssertEqual(
      run(&shell, "show subnets").split(separator: "\n").dropFirst().map { $0.split(separator: " ").last! },
      ["10.1.1.0/24", "10.1.2.0/24", "172.32.1.0/24", "10.1.255.0/27", "10.2.1.0/24", "10.2.255.0/27"])
    XCTAssertTrue(run(&shell, "show vnet lab").contains("  P2S pool       192.168.200.0/24\n"))
    XCTAssertEqual(
      run(&shell, "show vnet nope"),
      "error: no vnet 'nope' in 'contoso-lab'\n  show vnet nope\n            ^\n  vnets: lab, hub\n")
    let unknown = run(&shell, "show widgets")
    XCTAssertTrue(unknown.hasPrefix("error: unknown subcommand 'widgets' for 'show'; expected one of: "), unknown)
    XCTAssertTrue(unknown.contains("'vnets'") && unknown.contains("'objects'"), unknown)
    let object = run(&shell, "show object 'cn=ann admin,ou=staff,dc=corp,dc=contoso,dc=com'")
    XCTAssertTrue(object.contains("  admin count  1\n"), object)
    XCTAssertTrue(object.contains("    CN=Domain Admins,CN=Users,DC=corp,DC=contoso,DC=com\n"), object)
    XCTAssertTrue(run(&shell, "show account APP1$").hasPrefix("object CN=APP1,OU=Servers,"))
  }

  func testEnvsUseUnloadAndDiff() throws {
    var shell = interpreter()
    _ = run(&shell, "load demo")
    _ = run(&shell, "load demo as other")
    XCTAssertEqual(run(&shell, "use contoso-lab"), "using 'contoso-lab'\n")
    let envs = run(&shell, "envs").split(separator: "\n")
    XCTAssertTrue(envs[0].hasPrefix("*  contoso-lab  demo:contoso-lab  2 vnets"), String(envs[0]))
    XCTAssertTrue(envs[1].hasPrefix("   other        demo:contoso-lab  2 vnets"), String(envs[1]))
    XCTAssertEqual(run(&shell, "diff contoso-lab other"), "no differences between 'contoso-lab' and 'other'\n")
    XCTAssertEqual(run(&shell, "unload contoso-lab"), "unloaded 'contoso-lab'; 'other' is current\n")
    XCTAssertTrue(run(&shell, "use contoso-lab").contains("  loaded: other\n"))
  }

  func testDiffListsOneLinePerDifference() throws {
    try write("a.yaml", "name: a\nazure:\n  vnets:\n    - name: v\n      address_space: [10.0.0.0/16]\n")
    try write("b.yaml", "name: b\nazure:\n  vnets:\n    - name: v\n      address_space: [10.1.0.0/16]\n"
      + "    - name: w\n")
    var shell = interpreter()
    _ = run(&shell, "load a.yaml; load b.yaml")
    XCTAssertEqual(
      run(&shell, "diff a b"),
      "~ azure.vnets[v].address_space: [\"10.0.0.0/16\"] -> [\"10.1.0.0/16\"]\n"
        + "+ azure.vnets[w]: {\"name\":\"w\"}\n2 differences between 'a' and 'b'\n")
  }

  func testTabCompletesNamesFromTheLoadedEnvironments() {
    var shell = interpreter()
    _ = run(&shell, "load demo; load demo as second")
    let completer = Completer(session: shell.session)
    func complete(_ line: String) -> [String] { completer.complete(line).candidates.map(\.insertion) }
    XCTAssertEqual(complete("use "), ["contoso-lab", "second"])
    XCTAssertEqual(complete("diff second s"), ["second"])
    XCTAssertEqual(complete("show vnet "), ["lab", "hub"])
    XCTAssertEqual(complete("show host r"), ["RRAS1"])
    XCTAssertEqual(complete("show local-site "), ["oslo"])
    XCTAssertEqual(complete("show machine "), ["app1"])
    XCTAssertEqual(complete("show account sv"), ["svc-join"])
    XCTAssertEqual(
      complete("show object 'CN=Ann"), ["'CN=Ann Admin,OU=Staff,DC=corp,DC=contoso,DC=com'"])
  }
}
