@testable import SetupLogs
import XCTest

/// The encodings Windows writes logs in, built byte by byte here.
final class LogEncodingTests: XCTestCase {
  private let lines = NetSetupFixture.attempt(
    status: "0x54b", ou: "OU=Société,DC=contoso,DC=com",
    steps: ["NetpDsGetDcName: failed to find a DC in the specified domain: 0x54b"])

  private func check(_ bytes: [UInt8], _ encoding: LogEncoding, ou: String = "OU=Société,DC=contoso,DC=com",
                     file: StaticString = #filePath, line: UInt = #line) {
    let r = NetSetupLog.analyze(bytes: bytes, file: "enc.log")
    XCTAssertEqual(r.encoding, encoding, file: file, line: line)
    XCTAssertEqual(r.finalStatus, 0x54b, file: file, line: line)
    XCTAssertEqual(r.attempts.first?.machineAccountOU, ou, file: file, line: line)
    XCTAssertEqual(r.attempts.first?.steps.first?.line, 11, file: file, line: line)
    XCTAssertEqual(r.findings.first?.id, "NETSETUP-NO-SUCH-DOMAIN", file: file, line: line)
  }

  private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { u -> [UInt8] in
      let lo = UInt8(u & 0xFF), hi = UInt8(u >> 8)
      return bigEndian ? [hi, lo] : [lo, hi]
    }
  }

  private var text: String { lines.joined(separator: "\r\n") + "\r\n" }

  func testUTF8WithAndWithoutBOMAndLF() {
    check(Array(text.utf8), .utf8)
    check([0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8BOM)
    check(NetSetupFixture.bytes(lines, eol: "\n"), .utf8)
  }

  func testWindows1252() {
    let bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    XCTAssertTrue(bytes.contains(0xE9))
    check(bytes, .utf8)
    XCTAssertEqual(NetSetupLog.analyze(bytes: bytes, file: "a").ansiLines, 0)  // OU is a dump value
  }

  func testUTF16LittleAndBigEndian() {
    check([0xFF, 0xFE] + utf16(text, bigEndian: false), .utf16LE)
    check(utf16(text, bigEndian: false), .utf16LE)
    check([0xFE, 0xFF] + utf16(text, bigEndian: true), .utf16BE)
  }

  /// The splitter and transcoder carry partial lines, odd bytes and CRLF across any chunking.
  func testChunkBoundariesDoNotChangeTheResult() {
    let inputs: [[UInt8]] = [Array(text.utf8), [0xFF, 0xFE] + utf16(text, bigEndian: false)]
    for input in inputs {
      for size in [1, 2, 3, 7, 64] {
        var scanner = NetSetupScanner()
        var stream = LogStream()
        input.withUnsafeBufferPointer { all in
          var start = 0
          while start < all.count {
            let end = min(start + size, all.count)
            stream.feed(UnsafeBufferPointer(rebasing: all[start..<end]), into: &scanner)
            start = end
          }
        }
        stream.finish(into: &scanner)
        let attempts = scanner.finish()
        XCTAssertEqual(attempts.first?.status, 0x54b, "chunk \(size)")
        XCTAssertEqual(attempts.first?.machineAccountOU, "OU=Société,DC=contoso,DC=com")
        XCTAssertEqual(stream.lineCount, 12, "chunk \(size)")
      }
    }
  }

  func testMixedEncodingsNeverCrash() {
    var bytes = Array(text.utf8)
    bytes += [0x4F, 0x55, 0x3D, 0xE9, 0x0D, 0x0A]  // a Windows-1252 line
    bytes += utf16("NetpDoDomainJoin\r\n", bigEndian: false)  // a UTF-16 fragment
    bytes += [0xEF, 0xBB, 0xBF] + Array(text.utf8)  // a second file appended with its BOM
    let r = NetSetupLog.analyze(bytes: bytes, file: "mixed")
    XCTAssertEqual(r.attempts.filter { $0.status == 0x54b }.count, 2)
  }

  func testAnsiFailureLineIsDecodedAs1252() {
    let line = "09/04/2019 10:00:00:251 NetpDoDomainJoin: status: 0x0\r\n"
      + "09/04/2019 10:00:00:251 NetpJoinDomainOnDs: \u{E9}chec: 0x5\r\n"
    let bytes = line.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    let r = NetSetupLog.analyze(bytes: Array(bytes), file: "ansi")
    XCTAssertEqual(r.ansiLines, 1)
  }
}
