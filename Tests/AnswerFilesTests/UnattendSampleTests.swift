import AnswerFiles
import Findings
import Foundation
import XCTest

/// Optional checks over the shared public samples; skipped when ../shared is absent.
final class UnattendSampleTests: XCTestCase {
  private func sample(_ prefix: String) throws -> (bytes: [UInt8], name: String) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("shared/samples/unattend")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
      throw XCTSkip("shared sample \(prefix) not present")
    }
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    var bytes = [UInt8](data)
    // Strip the `# SOURCE:` header line the samples carry.
    if let newline = bytes.firstIndex(of: 0x0A) { bytes.removeSubrange(0...newline) }
    return (bytes, name)
  }

  func testArmDeploymentSample() throws {
    let (bytes, name) = try sample("DeploymentResearch__DRFiles__Scripts_ArmDeployment")
    let file = try UnattendFile.parse(bytes, file: FileReference(path: name))
    XCTAssertEqual(file.join?.joinWorkgroup?.value, "WORKGROUP")
    XCTAssertEqual(file.join?.processorArchitecture, "arm64")
    XCTAssertEqual(file.computerName?.value, "*")
    XCTAssertEqual(file.administratorPassword?.plainText, true)
    XCTAssertEqual(file.autoLogon?.username?.value, "Administrator")
    let json = UnattendAnalysis(file: file).json.compactText
    XCTAssertFalse(json.contains("P@ssw0rd"))
  }

  func testNutanixTemplateHasPlaceholdersAndClearJoinPassword() throws {
    let (bytes, name) = try sample("sebastienbaars__CreateVMNutanix")
    let file = try UnattendFile.parse(bytes, file: FileReference(path: name))
    let ids = Set(UnattendLint().check(file).map(\.id))
    XCTAssertTrue(ids.contains("DJ-TEMPLATE-PLACEHOLDER"))
    XCTAssertTrue(ids.contains("DJ-JOIN-PASSWORD-CLEAR"))
    XCTAssertEqual(file.join?.unsecureJoin?.value, "false")
  }

  func testMSLabOfflineProvisioning() throws {
    let (bytes, name) = try sample("microsoft__MSLab")
    let file = try UnattendFile.parse(bytes, file: FileReference(path: name))
    XCTAssertEqual(file.join?.pass, "offlineServicing")
    XCTAssertEqual(file.join?.isOffline, true)
    XCTAssertEqual(file.join?.provisioning?.accountDataLength, 5)  // "$Blob"
  }

  func testPowerShellFragmentIsNotWellFormed() throws {
    let (bytes, name) = try sample("Azure__AzureStackHCI")
    XCTAssertThrowsError(try UnattendFile.parse(bytes, file: FileReference(path: name))) { error in
      XCTAssertEqual((error as? InputError)?.location.line, 1)
    }
  }
}
