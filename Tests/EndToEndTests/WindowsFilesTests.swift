import Foundation
import XCTest

/// `run` on files as Windows writes them, a directory and a binary file (issue 8, section 2):
/// scripts decode like every other input; what is not a script is one line and exit 1.
final class WindowsFilesTests: XCTestCase {
  private func fixture(_ name: String) -> String {
    BuiltProduct.packageRoot.appendingPathComponent("Tests/Transcripts/fixtures/windows/" + name)
      .path
  }

  func testRunAUTF16ScriptWithCRLF() throws {
    let result = try BuiltProduct.run(["run", fixture("script-utf16le.hb")])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.hasPrefix("hello from a UTF-16 script\n10.0.0.1 "), result.stdout)
  }

  func testRunADirectoryIsOneLineAndExitOne() throws {
    let result = try BuiltProduct.run(["run", fixture("")])
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.stdout, "")
    XCTAssertTrue(result.stderr.hasSuffix("is a directory\n"), result.stderr)
    XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
  }

  func testRunABinaryFileNeverPrintsItsBytes() throws {
    let result = try BuiltProduct.run(["run", fixture("tool.exe")])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.hasSuffix(
        "tool.exe is not a text file (byte 3 is 0x00, a control character)\n"),
      result.stderr)
    XCTAssertFalse(result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }
}
