import Findings
import WindowsSecurity

/// `perm sddl --file`: every line of a file canonicalised, or refused with its line and column.
/// One pass over the bytes; the lines are parsed and printed as they are split.
struct SDDLFileReport: CommandOutput {
  enum Result: Sendable {
    /// The canonical text, as a range of `canonicalBytes`.
    case canonical(Range<Int>)
    case refused(SDDLError)
  }

  var file: String
  var results: [(line: Int, result: Result)] = []
  /// Every canonical string, back to back: one buffer rather than a String per line.
  var canonicalBytes: [UInt8] = []

  /// `text` is UTF-8 with LF line breaks, as TextInput decodes every text file.
  init(file: String, text: [UInt8], context: SIDContext) {
    self.file = file
    // Canonical text is about as long as its input: reserve once instead of regrowing.
    canonicalBytes.reserveCapacity(text.count + text.count / 8)
    var start = 0
    var number = 0
    while start < text.count {
      number += 1
      var end = start
      while end < text.count, text[end] != 0x0A { end += 1 }
      var last = end
      if last > start, text[last - 1] == 0x0D { last -= 1 }
      if last > start {
        do throws(SDDLError) {
          let sd = try SecurityDescriptor(sddlUTF8: Array(text[start..<last]), context: context)
          let from = canonicalBytes.count
          sd.appendSDDL(to: &canonicalBytes, in: context)
          results.append((number, .canonical(from..<canonicalBytes.count)))
        } catch {
          results.append((number, .refused(error)))
        }
      }
      start = end + 1
    }
  }

  var refusedCount: Int {
    results.reduce(0) { if case .refused = $1.result { $0 + 1 } else { $0 } }
  }

  func canonical(_ range: Range<Int>) -> String {
    String(decoding: canonicalBytes[range], as: UTF8.self)
  }

  func text(_ style: TextStyle) -> String {
    let refusals = results.map { line, result -> [UInt8] in
      guard case .refused(let error) = result else { return [] }
      return Array("refused: \(error.located(file: FileReference(path: file), line: line))".utf8)
    }
    let summary = Array("\(Plural.count(results.count, "SDDL string")) · \(refusedCount) refused".utf8)
    let total = canonicalBytes.count + refusals.reduce(0) { $0 + $1.count } + results.count + summary.count
    // Written straight into the String's storage: the canonical bytes are already UTF-8.
    return String(unsafeUninitializedCapacity: total) { buffer in
      var at = 0
      func put(_ bytes: some Collection<UInt8>) {
        at = buffer[at...].initialize(fromContentsOf: bytes) 
      }
      for (index, (_, result)) in results.enumerated() {
        switch result {
        case .canonical(let range): put(canonicalBytes[range])
        case .refused: put(refusals[index])
        }
        buffer[at] = 0x0A
        at += 1
      }
      put(summary)
      return at
    }
  }

  var json: JSONValue {
    .object([
      ("file", .string(file)),
      ("strings", .int(results.count)),
      ("refused", .int(refusedCount)),
      ("results", .array(results.map { line, result in
        switch result {
        case .canonical(let range): .object([("line", .int(line)), ("canonical", .string(canonical(range)))])
        case .refused(let error):
          .object([("line", .int(line)), ("column", .int(error.column)), ("error", .string(error.message))])
        }
      })),
    ])
  }
}
