import WindowsSecurity

/// The V value of a SAM user key: a table of (offset, length, unused) triplets at V+0x00, whose
/// offsets count from V+0xCC where the data starts (chntpw `sam.h`, libyal winreg-kb).
public struct UserVariableRecord: Sendable, Hashable {
  /// Where the table entries this reader uses sit inside V.
  public enum Entry: Int, Sendable {
    case securityDescriptor = 0x00
    case userName = 0x0C
    case fullName = 0x18
    case comment = 0x24
    case lmHash = 0x9C
    case ntHash = 0xA8

    /// Offset in V of this entry's 4-byte length field (entry offset + 4).
    public var lengthOffset: Int { rawValue + 4 }
  }

  /// The size of the table; data offsets count from here.
  public static let dataStart = 0xCC

  public var userName: String
  public var fullName: String
  public var comment: String
  /// Length of the stored LM hash; chntpw blanks a password by setting it to 0 (V+0xA0).
  public var lmHashLength: UInt32
  /// Length of the stored NT hash; chntpw blanks a password by setting it to 0 (V+0xAC).
  public var ntHashLength: UInt32
  /// Offset, inside V, of the security descriptor.
  public var descriptorStart: Int
  /// Length of the security descriptor.
  public var descriptorLength: Int

  /// Decodes V; on failure returns what was expected, for the error message.
  static func parse(_ v: [UInt8]) -> Result<Self, VRecordProblem> {
    guard v.count >= dataStart else {
      return .failure(VRecordProblem("V is \(v.count) bytes, expected at least 0xcc (the offset table)"))
    }
    func range(_ entry: Entry) -> (Int, Int)? {
      guard let offset = v.le32(at: entry.rawValue), let length = v.le32(at: entry.lengthOffset)
      else { return nil }
      let start = dataStart + Int(offset)
      guard Int(length) <= v.count, start <= v.count - Int(length) else { return nil }
      return (start, Int(length))
    }
    func text(_ entry: Entry) -> String? {
      guard let (start, length) = range(entry) else { return nil }
      return UTF16LE.decode(v[start..<(start + length)])
    }
    guard let sd = range(.securityDescriptor) else {
      return .failure(VRecordProblem("V's security descriptor entry points outside V"))
    }
    guard let name = text(.userName) else {
      return .failure(VRecordProblem("V's user name entry (V+0x0c) points outside V"))
    }
    return .success(
      Self(
        userName: name, fullName: text(.fullName) ?? "", comment: text(.comment) ?? "",
        lmHashLength: v.le32(at: Entry.lmHash.lengthOffset) ?? 0,
        ntHashLength: v.le32(at: Entry.ntHash.lengthOffset) ?? 0,
        descriptorStart: sd.0, descriptorLength: sd.1))
  }
}

/// UTF-16LE text as SAM stores names; odd trailing bytes are dropped, bad pairs replaced.
enum UTF16LE {
  static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      units.append(UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }
}

/// Why a V value's offset table could not be read.
struct VRecordProblem: Error {
  var text: String
  init(_ text: String) { self.text = text }
}
