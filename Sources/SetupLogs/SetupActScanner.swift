/// The setupact.log scanner: keeps only the `[DJOIN.EXE]` / `Unattended Join:` lines and reads
/// their parameters, retries and final error.
struct SetupActScanner: LineConsumer {
  private(set) var lines: [SetupActLine] = []
  private(set) var parameters: [SetupActParameter] = []
  private(set) var retries: [SetupActRetry] = []
  private(set) var finalError: SetupActError?
  private(set) var domainController: String?
  /// Bound on the lines kept, so an enormous log stays bounded in memory.
  static let maxLines = 10_000

  mutating func consume(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
    guard ByteSearch.index(line, "Unattended Join") != nil
      || ByteSearch.index(line, "[DJOIN.EXE]") != nil
    else { return }
    let text = LogText.decode(line).text
    let time = SetupActTime.parse(text)
    let message = Self.message(text)
    if lines.count < Self.maxLines {
      lines.append(SetupActLine(line: number, time: time, level: Self.level(text), text: message))
    }
    readParameters(message, number)
    if let dc = Self.bracketed(message, after: "DsGetDcName returned ") { domainController = dc }
    if let retry = Self.retry(message, number, time) {
      if retries.count < Self.maxLines { retries.append(retry) }
    }
    if let error = Self.finalError(message, number) { finalError = error }
  }

  /// The text after `Unattended Join:` (or after the tag), secrets masked.
  private static func message(_ text: String) -> String {
    let masked = SetupActParameter.maskSecrets(text)
    for marker in ["Unattended Join:", "[DJOIN.EXE]"] {
      if let range = masked.range(of: marker) {
        return String(masked[range.upperBound...]).trimmingCharacters(in: .whitespaces)
      }
    }
    return masked
  }

  private static func level(_ text: String) -> String? {
    for level in ["Fatal Error", "Error", "Warning", "Info"] where text.contains(", \(level) ") {
      return level
    }
    return nil
  }

  private mutating func readParameters(_ message: String, _ number: Int) {
    var rest = Substring(message)
    while let eq = rest.range(of: " = [") {
      let key = rest[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
      let after = rest[eq.upperBound...]
      guard let close = after.firstIndex(of: "]") else { return }
      let value = String(after[..<close])
      if !key.isEmpty, parameters.count < Self.maxLines {
        parameters.append(SetupActParameter(name: key, rawValue: value, line: number))
      }
      rest = after[after.index(after: close)...]
    }
    if let domain = Self.bracketed(message, after: "Constructed domain parameter ") {
      parameters.append(SetupActParameter(name: "DomainParameter", rawValue: domain, line: number))
    }
  }

  static func bracketed(_ message: String, after marker: String) -> String? {
    guard let range = message.range(of: marker + "[") else { return nil }
    let rest = message[range.upperBound...]
    return rest.firstIndex(of: "]").map { String(rest[..<$0]) }
  }

  /// `X failed: 0x54b, ... will retry in 10 seconds`.
  private static func retry(_ message: String, _ number: Int, _ time: Double?) -> SetupActRetry? {
    guard let will = message.range(of: "will retry in ") else { return nil }
    let seconds = Int(message[will.upperBound...].prefix { $0.isNumber })
    let operation = message.split(separator: " ").first.map(String.init) ?? ""
    return SetupActRetry(
      line: number, time: time, operation: operation, code: firstHex(message),
      intervalSeconds: seconds)
  }

  /// `NetJoinDomain failed error code is [1355]` (decimal) or `gdwError = 0x54b`.
  private static func finalError(_ message: String, _ number: Int) -> SetupActError? {
    if let decimal = bracketed(message, after: "error code is "), let code = UInt32(decimal) {
      return SetupActError(line: number, code: code, text: message)
    }
    if message.contains("Unable to join"), let code = firstHex(message) {
      return SetupActError(line: number, code: code, text: message)
    }
    return nil
  }

  static func firstHex(_ message: String) -> UInt32? {
    guard let range = message.range(of: "0x") else { return nil }
    let digits = message[range.upperBound...].prefix { $0.isHexDigit }.prefix(8)
    return UInt32(digits, radix: 16)
  }
}

/// `YYYY-MM-DD HH:MM:SS` at the start of a setupact.log line, as seconds for differences.
enum SetupActTime {
  static func parse(_ text: String) -> Double? {
    let chars = Array(text.utf8.prefix(19))
    guard chars.count == 19, chars[4] == 0x2D, chars[10] == 0x20, chars[13] == 0x3A else {
      return nil
    }
    func n(_ a: Int, _ b: Int) -> Int? { Int(String(decoding: chars[a..<b], as: UTF8.self)) }
    guard let y = n(0, 4), let mo = n(5, 7), let d = n(8, 10), let h = n(11, 13),
      let mi = n(14, 16), let s = n(17, 19)
    else { return nil }
    let stamp = LogTimestamp(
      era: .modern, month: mo, day: d, year: y, hour: h, minute: mi, second: s, millisecond: 0)
    return stamp.seconds
  }
}
