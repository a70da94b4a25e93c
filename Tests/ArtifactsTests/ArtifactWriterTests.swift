import Foundation
import XCTest

@testable import Artifacts

final class ArtifactWriterTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-artifacts-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func testWritesCreatesParentsAndReportsSizeAndDigest() throws {
    let path = directory + "/out/scripts/grant.ps1"
    let written = try ArtifactWriter().write("abc", to: path)
    XCTAssertEqual(written.size, 3)
    XCTAssertEqual(
      written.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "abc")
  }

  func testRefusesToOverwriteWithoutForceAndLeavesTheFileAlone() throws {
    let path = directory + "/a.txt"
    try ArtifactWriter().write("first", to: path)
    XCTAssertThrowsError(try ArtifactWriter().write("second", to: path)) { error in
      XCTAssertEqual(error as? ArtifactError, .exists(path: path))
      XCTAssertEqual("\(error)", "\(path) already exists (add --force to replace it)")
    }
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "first")
    try ArtifactWriter().write("second", to: path, force: true)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "second")
  }

  func testLeavesNoTemporaryFilesBehind() throws {
    try ArtifactWriter().write("x", to: directory + "/b.txt")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["b.txt"])
  }

  func testAFileInTheWayOfAParentDirectoryIsAnError() throws {
    try ArtifactWriter().write("x", to: directory + "/file")
    XCTAssertThrowsError(try ArtifactWriter().write("y", to: directory + "/file/inner.txt")) {
      XCTAssertEqual($0 as? ArtifactError, .notADirectory(path: self.directory + "/file"))
    }
  }

  func testADirectoryIsNeverReplaced() throws {
    XCTAssertThrowsError(try ArtifactWriter().write("y", to: directory, force: true)) {
      XCTAssertEqual($0 as? ArtifactError, .isADirectory(path: self.directory))
    }
  }
}
