import Foundation
import XCTest

/// The shared public samples (`<package root>/../shared/samples`), header line stripped;
/// tests skip when they are absent.
enum SharedSamples {
  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/samples")
  }

  /// The bytes of the first sample in `folder` whose name contains `fragment`, without its
  /// `# SOURCE:` line.
  static func bytes(_ folder: String, _ fragment: String) throws -> [UInt8] {
    let dir = root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    guard let name = names.sorted().first(where: { $0.contains(fragment) }) else {
      throw XCTSkip("shared sample \(folder)/*\(fragment)* not present")
    }
    var bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
    if let newline = bytes.firstIndex(of: 0x0A) { bytes.removeSubrange(0...newline) }
    return bytes
  }
}
