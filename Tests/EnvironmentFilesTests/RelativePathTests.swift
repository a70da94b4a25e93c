import Findings
import EnvironmentModel
import XCTest

@testable import EnvironmentFiles

/// Relative paths in an environment file resolve against the file's own directory.
final class RelativePathTests: XCTestCase {
  func testMachinePathsResolveAgainstTheFilesDirectory() throws {
    let yaml = """
      name: lab
      machines:
        - name: app1
          answer_file: answers/app1.xml
          logs: [logs/NetSetup.log, /abs/setupact.log]
      """
    let result = try EnvironmentLoader.load(
      bytes: Array(yaml.utf8), file: "/lab/env.yaml", name: "lab", baseDirectory: "/lab")
    let machine = try XCTUnwrap(result.environment.machines.first)
    XCTAssertEqual(machine.answerFile, "/lab/answers/app1.xml")
    XCTAssertEqual(machine.logs, ["/lab/logs/NetSetup.log", "/abs/setupact.log"])
  }
}
