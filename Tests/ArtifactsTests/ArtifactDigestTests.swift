import Findings
import Foundation
import XCTest

@testable import Artifacts

/// The writer's reported sha256 (swift-crypto) against NIST's SHA-256 examples (FIPS 180-4
/// appendix and the CAVP short messages): each message is written, and the digest reported.
final class ArtifactDigestTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-digest-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func reported(_ bytes: [UInt8], _ name: String) throws -> String {
    try ArtifactWriter().write(bytes, to: FileReference(path: directory + "/" + name)).sha256
  }

  func testEmptyMessage() throws {
    XCTAssertEqual(
      try reported([], "empty"), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  func testTwoBlockMessage() throws {
    let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    XCTAssertEqual(
      try reported(message, "two-block"),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  func testMillionAs() throws {
    XCTAssertEqual(
      try reported([UInt8](repeating: 0x61, count: 1_000_000), "million"),
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  func testLengthsAroundThePaddingBoundary() throws {
    // 55 bytes fit one block with padding, 56 need two: both must match known digests.
    XCTAssertEqual(
      try reported([UInt8](repeating: 0x61, count: 55), "a55"),
      "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    XCTAssertEqual(
      try reported([UInt8](repeating: 0x61, count: 56), "a56"),
      "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
  }
}
