import Foundation
import XCTest

/// Files an export must reproduce byte for byte, in Tests/EndToEndTests/Golden;
/// `HB_UPDATE_GOLDEN=1` rewrites them from the actual output.
enum Golden {
  static func compare(_ actual: String, golden name: String) throws {
    let url = BuiltProduct.packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["HB_UPDATE_GOLDEN"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    XCTAssertEqual(actual, try String(contentsOf: url, encoding: .utf8), "\(name) differs")
  }
}
