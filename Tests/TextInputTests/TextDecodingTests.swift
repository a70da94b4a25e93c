import Findings
import Foundation
import TextInput
import XCTest

/// The one decoding layer: files as Windows writes them, binary files and directories.
final class TextDecodingTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-text-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func file(_ name: String, _ bytes: [UInt8]) -> String {
    let path = directory + "/" + name
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
  }

  static func utf16LE(_ text: String, bom: Bool = true) -> [UInt8] {
    (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  static func utf16BE(_ text: String) -> [UInt8] {
    [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
  }

  func testEveryWindowsEncodingDecodesToTheSameUTF8() throws {
    let text = "name: lab\r\nvnets: é\r\n"
    let expected = Array("name: lab\nvnets: é\n".utf8)
    for bytes in [
      Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8), Self.utf16LE(text),
      Self.utf16BE(text),
    ] {
      XCTAssertEqual(try TextDecoding.utf8(bytes, file: "f"), expected)
    }
  }

  func testBinaryBytesAreRefusedWithTheirOffset() {
    XCTAssertThrowsError(try TextDecoding.utf8([0x41, 0x42, 0x00, 0x01], file: "blob.bin")) {
      XCTAssertEqual(
        "\($0)", "blob.bin is not a text file (byte 2 is 0x00, a control character)")
    }
  }

  func testADirectoryIsOneLine() {
    XCTAssertThrowsError(try InputFile.text(FileReference(path: directory, shown: "lab"))) {
      XCTAssertEqual("\($0)", "lab is a directory")
    }
  }

  func testAMissingFileNamesThePathAsTypedAndTheReason() {
    XCTAssertThrowsError(try InputFile.text(FileReference(path: directory + "/nope", shown: "nope.yaml"))) {
      XCTAssertEqual("\($0)", "cannot read nope.yaml: No such file or directory")
    }
  }

  func testStreamedChunksDecodeUTF16AndRefuseBinary() throws {
    let path = file("list.txt", Self.utf16LE("10.0.0.1\r\n10.0.0.2\r\n"))
    var out: [UInt8] = []
    let encoding = try InputFile.textChunks(FileReference(path: path), chunkSize: 7) { out.append(contentsOf: $0) }
    XCTAssertEqual(encoding, .utf16LE)
    XCTAssertEqual(out, Array("10.0.0.1\r\n10.0.0.2\r\n".utf8))

    let binary = file("blob", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
    XCTAssertThrowsError(try InputFile.textChunks(FileReference(path: binary, shown: "blob")) { _ in }) {
      XCTAssertEqual("\($0)", "blob is not a text file (byte 4 is 0x02, a control character)")
    }
  }
}
