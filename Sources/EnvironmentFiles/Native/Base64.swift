import EnvironmentModel
/// RFC 4648 base64 over bytes, written for the LDIF hot path (no Foundation, no copies
/// beyond the output).
public enum Base64 {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  private static let table: [UInt8] = {
    var t = [UInt8](repeating: 0xFF, count: 256)
    for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
    return t
  }()

  /// Decodes base64 text, ignoring spaces and line breaks; nil when it is not base64.
  /// With `padded`, the text must be whole 4-character groups (RFC 2045, as LDIF writes it),
  /// which is how a value cut by a truncated file is caught.
  public static func decode<C: Collection>(_ text: C, padded: Bool = false) -> [UInt8]?
  where C.Element == UInt8 {
    var count = 0
    var out: [UInt8] = []
    out.reserveCapacity(text.count * 3 / 4)
    var acc: UInt32 = 0
    var bits = 0
    var padding = 0
    let ok = table.withUnsafeBufferPointer { table -> Bool in
      for c in text {
        if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { continue }
        count += 1
        if c == UInt8(ascii: "=") {
          padding += 1
          continue
        }
        let v = table[Int(c)]
        if v == 0xFF || padding > 0 { return false }
        acc = (acc << 6) | UInt32(v)
        bits += 6
        if bits >= 8 {
          bits -= 8
          out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
        }
      }
      return true
    }
    if !ok || padding > 2 || bits >= 6 || (padded && count % 4 != 0) { return nil }
    return out
  }

  /// Encodes bytes as padded base64 on one line.
  public static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i + 2 < bytes.count {
      let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(alphabet[Int(n >> 6 & 63)])
      out.append(alphabet[Int(n & 63)])
      i += 3
    }
    let rest = bytes.count - i
    if rest > 0 {
      let n = UInt32(bytes[i]) << 16 | (rest == 2 ? UInt32(bytes[i + 1]) << 8 : 0)
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(rest == 2 ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
      out.append(UInt8(ascii: "="))
    }
    return String(decoding: out, as: UTF8.self)
  }
}
