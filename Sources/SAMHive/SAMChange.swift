/// One field a repair changed, located by value and offset, with the stored bytes before and
/// after and what they mean, so the report reads "F+0x38 ACB 0x0010 [NORMAL] -> 0x0210 [...]".
public struct SAMChange: Sendable, Hashable {
  /// The registry value edited: "F" or "V".
  public var value: String
  /// Offset of the field inside that value.
  public var offset: Int
  /// The field's name, e.g. "ACB flags", "NT hash length", "World ACE mask".
  public var field: String
  /// The stored bytes before (little-endian, as on disk).
  public var before: [UInt8]
  /// The stored bytes after.
  public var after: [UInt8]
  /// What the bytes meant before, e.g. `0x0010 [NORMAL]`.
  public var meaningBefore: String
  /// What the bytes mean after.
  public var meaningAfter: String
  /// Why the recovery changes this field, and which tool does the same.
  public var reason: String
  /// Where the value's data starts in the hive file, once the copy was edited in place.
  public var dataStart: Int?

  /// One byte that differs: its offset inside the value and both values.
  public struct ByteChange: Sendable, Hashable {
    public var offset: Int
    public var before: UInt8
    public var after: UInt8
  }

  /// The individual bytes that differ, e.g. F+0x39 0x00 -> 0x02 for setting PWNOEXP.
  public var bytes: [ByteChange] {
    zip(before, after).enumerated().compactMap { index, pair in
      pair.0 == pair.1 ? nil : ByteChange(offset: offset + index, before: pair.0, after: pair.1)
    }
  }

  /// The same bytes located in the hive file, when the copy was edited in place.
  public var fileBytes: [ByteChange] {
    guard let dataStart else { return [] }
    return bytes.map {
      ByteChange(offset: dataStart + $0.offset, before: $0.before, after: $0.after)
    }
  }

  /// `F+0x38 ACB flags: 0x0010 [NORMAL] -> 0x0210 [NORMAL|PWNOEXP] (bytes F+0x39 00->02)`, with
  /// ` at file offset 0x3dc1` after each byte once it is located in the file.
  public var summary: String {
    let diffs = bytes.map { (byte: ByteChange) -> String in
      var text = "\(value)+\(Hex.plain(byte.offset)) \(Hex.bytes([byte.before]))->"
      text += Hex.bytes([byte.after])
      if let dataStart { text += " at file offset \(Hex.plain(dataStart + byte.offset))" }
      return text
    }
    return "\(value)+\(Hex.plain(offset)) \(field): \(meaningBefore) -> \(meaningAfter) "
      + "(bytes \(diffs.joined(separator: ", ")))"
  }
}
