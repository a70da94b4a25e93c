import EnvironmentModel
import Findings
import XCTest

@testable import EnvironmentFiles

/// Optional: every real public sample under ../shared/samples/env must load or fail with a
/// located message, never crash.
final class SampleTests: XCTestCase {
  func testRealSamplesLoadOrFailPrecisely() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/samples/env")
    guard let walker = FileManager.default.enumerator(atPath: root.path) else {
      throw XCTSkip("no samples at \(root.path)")
    }
    var loaded = 0
    for case let relative as String in walker where relative.hasSuffix(".txt") {
      let path = root.appendingPathComponent(relative).path
      do {
        let result = try EnvironmentLoader.load(FileReference(path: path))
        XCTAssertNotEqual(result.kind, .unknown, relative)
        loaded += 1
      } catch let error as InputError {
        XCTAssertEqual(error.location.file?.path, path)
        XCTAssertGreaterThan(error.location.line ?? 0, 0, relative)
      }
    }
    XCTAssertGreaterThan(loaded, 5)
  }
}
