import Foundation
import XCTest

/// Reads the shared reference CSVs (`<package root>/../shared/reference/data/address/`), or
/// skips the test when they are absent.
enum ReferenceData {
  static var directory: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("../shared/reference/data/address")
  }

  /// The rows of a CSV file (RFC 4180 quoting, newlines inside quotes), header first.
  static func csv(_ name: String) throws -> [[String]] {
    let url = directory.appendingPathComponent(name)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw XCTSkip("reference data \(name) not found at \(url.path)")
    }
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)
    if chars.last != "\n" { chars.append("\n") }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count, chars[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" || c == "\r\n" {
        row.append(field)
        field = ""
        if row != [""] { rows.append(row) }
        row = []
      } else if c != "\r" {
        field.append(c)
      }
      i += 1
    }
    return rows
  }

  /// Rows as dictionaries keyed by the header.
  static func records(_ name: String) throws -> [[String: String]] {
    let rows = try csv(name)
    guard let header = rows.first else { return [] }
    return rows.dropFirst().map { row in
      Dictionary(
        uniqueKeysWithValues: header.enumerated().map { ($1, $0 < row.count ? row[$0] : "") })
    }
  }
}
