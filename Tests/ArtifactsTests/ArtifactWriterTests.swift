import Findings
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

  private func file(_ name: String) -> FileReference {
    FileReference(path: directory + "/" + name, shown: name)
  }

  func testWritesCreatesParentsAndReportsSizeAndDigest() throws {
    let target = file("out/scripts/grant.ps1")
    let written = try ArtifactWriter().write("abc", to: target)
    XCTAssertEqual(written.size, 3)
    XCTAssertEqual(
      written.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    XCTAssertEqual(written.file, target)
    XCTAssertEqual(try String(contentsOfFile: target.path, encoding: .utf8), "abc")
  }

  func testRefusesToOverwriteWithoutForceAndLeavesTheFileAlone() throws {
    let target = file("a.txt")
    try ArtifactWriter().write("first", to: target)
    XCTAssertThrowsError(try ArtifactWriter().write("second", to: target)) { error in
      XCTAssertEqual(error as? ArtifactError, .exists(target))
      XCTAssertEqual((error as? ArtifactError)?.code, "artifact.exists")
    }
    XCTAssertEqual(try String(contentsOfFile: target.path, encoding: .utf8), "first")
    try ArtifactWriter().write("second", to: target, force: true)
    XCTAssertEqual(try String(contentsOfFile: target.path, encoding: .utf8), "second")
  }

  /// The library names neither the resolved path nor a shell flag: the location carries the
  /// file as typed, and the shell adds its own hint.
  func testMessagesNameNoPathAndNoFlag() throws {
    let target = file("a.txt")
    try ArtifactWriter().write("first", to: target)
    XCTAssertThrowsError(try ArtifactWriter().write("second", to: target)) { error in
      let artifact = error as? ArtifactError
      XCTAssertEqual(artifact?.message, "already exists")
      XCTAssertEqual(artifact?.location.file?.shown, "a.txt")
      XCTAssertEqual("\(error)", "a.txt already exists")
      XCTAssertFalse("\(error)".contains(self.directory))
      XCTAssertFalse("\(error)".contains("--force"))
    }
  }

  /// A file that appears under the name after the writer looked (another process, a second
  /// export) is never replaced: the publish itself refuses, atomically.
  func testAFileCreatedWhileWritingIsNotReplaced() throws {
    let target = file("race.txt")
    XCTAssertThrowsError(
      try ArtifactWriter().write(to: target) { temporary in
        try "mine".write(toFile: temporary.path, atomically: false, encoding: .utf8)
        try "theirs".write(toFile: target.path, atomically: false, encoding: .utf8)
      }
    ) { XCTAssertEqual($0 as? ArtifactError, .exists(target)) }
    XCTAssertEqual(try String(contentsOfFile: target.path, encoding: .utf8), "theirs")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["race.txt"])
  }

  func testAProducedFileIsPublishedWithTheDigestOfWhatWasWritten() throws {
    let target = file("made.bin")
    var seen: FileReference?
    let written = try ArtifactWriter().write(to: target) { temporary in
      seen = temporary
      XCTAssertEqual(FileReference.directory(of: temporary.path), directory)
      try Data("abc".utf8).write(to: URL(fileURLWithPath: temporary.path))
    }
    XCTAssertEqual(seen?.shown, "made.bin", "errors about the temporary file name the target")
    XCTAssertEqual(written.size, 3)
    XCTAssertEqual(
      written.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  func testAFailedProducerLeavesNothingBehind() throws {
    struct Refused: Error {}
    XCTAssertThrowsError(try ArtifactWriter().write(to: file("no.bin")) { _ in throw Refused() }) {
      XCTAssertTrue($0 is Refused)
    }
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [])
  }

  func testLeavesNoTemporaryFilesBehind() throws {
    try ArtifactWriter().write("x", to: file("b.txt"))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["b.txt"])
  }

  func testAFileInTheWayOfAParentDirectoryIsAnError() throws {
    try ArtifactWriter().write("x", to: file("file"))
    XCTAssertThrowsError(try ArtifactWriter().write("y", to: file("file/inner.txt"))) {
      XCTAssertEqual($0 as? ArtifactError, .notADirectory(self.file("file")))
      XCTAssertEqual("\($0)", "file is not a directory")
    }
  }

  func testADirectoryIsNeverReplaced() throws {
    let target = FileReference(path: directory, shown: "out")
    XCTAssertThrowsError(try ArtifactWriter().write("y", to: target, force: true)) {
      XCTAssertEqual($0 as? ArtifactError, .isADirectory(target))
    }
  }
}
