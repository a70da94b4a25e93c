import Foundation
import XCTest

@testable import Shell

final class LineInputTests: XCTestCase {
  private func lines(_ bytes: [UInt8], chunk: Int = 7) throws -> [LineReader.RawLine] {
    let path = NSTemporaryDirectory() + "hb-lines-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    var reader = LineReader(fd: fd, chunkSize: chunk)
    var result: [LineReader.RawLine] = []
    while let line = reader.next() { result.append(line) }
    return result
  }

  func testSplitsAcrossChunksDropsCRAndKeepsAFinalLineWithoutNewline() throws {
    let read = try lines(Array("first line\r\n\nsecond line that is long\nlast".utf8))
    XCTAssertEqual(read.map { String(decoding: $0.bytes, as: UTF8.self) }, ["first line", "", "second line that is long", "last"])
    XCTAssertEqual(read.map(\.number), [1, 2, 3, 4])
  }

  func testAnOverlongLineIsCutAndFlagged() throws {
    var bytes = [UInt8](repeating: 0x61, count: LineReader.longestLine + 10)
    bytes += Array("\nsay ok\n".utf8)
    let read = try lines(bytes, chunk: 1 << 16)
    XCTAssertEqual(read.count, 2)
    XCTAssertTrue(read[0].isOverlong)
    XCTAssertEqual(read[0].bytes.count, LineReader.longestLine)
    XCTAssertEqual(String(decoding: read[1].bytes, as: UTF8.self), "say ok")
  }

  func testDecodingRefusesNulAndInvalidUTF8WithThePlace() {
    func decode(_ bytes: [UInt8], number: Int = 2) -> Result<String, ShellError> {
      LineDecoding.decode(LineReader.RawLine(bytes: bytes, number: number, isOverlong: false))
    }
    XCTAssertEqual(try? decode(Array("say é".utf8)).get(), "say é")
    XCTAssertEqual(try? decode(Array("\u{FEFF}help".utf8), number: 1).get(), "help")
    if case .failure(let error) = decode([0x73, 0x00, 0x61]) {
      XCTAssertEqual(error.message, "not text: a NUL byte at column 2")
    } else {
      XCTFail("NUL accepted")
    }
    if case .failure(let error) = decode([0x61, 0x62, 0xC3, 0x28]) {
      XCTAssertEqual(error.message, "not UTF-8 text: byte 0xC3 at byte 3")
    } else {
      XCTFail("invalid UTF-8 accepted")
    }
  }

  func testCaretExcerptStaysWithinAWindowOnLongLines() {
    let line = String(repeating: "x", count: 100_000) + " bad"
    let lines = ErrorReport.caret(under: 100_002, in: line)
    XCTAssertLessThanOrEqual(lines[0].count, ErrorReport.excerptWidth + 4)
    XCTAssertTrue(lines[0].hasSuffix("x bad"))
    let caretColumn = lines[1].count - 1
    XCTAssertEqual(Array(lines[0])[caretColumn], "b")
  }

  func testCaretOnAShortLine() {
    XCTAssertEqual(ErrorReport.caret(under: 5, in: "say 'x"), ["  say 'x", "      ^"])
  }
}
