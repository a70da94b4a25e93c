/// Text files as Windows tools write them, as UTF-8 bytes: a UTF-8 BOM dropped, UTF-16 with a
/// BOM (PowerShell 5.1's Out-File and `>` default) transcoded. Without a BOM, bytes pass as is.
enum WindowsTextBytes {
  static func utf8(_ bytes: [UInt8]) -> [UInt8] {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
    guard bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) else { return bytes }
    let little = bytes[0] == 0xFF
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = 2
    while i + 1 < bytes.count {
      let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
      units.append(little ? a | b << 8 : a << 8 | b)
      i += 2
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }
}
