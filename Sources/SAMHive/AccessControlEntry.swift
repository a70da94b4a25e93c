/// One ACE of the DACL stored with a SAM user object, with where its access mask sits inside V so
/// a repair can say which bytes it changed.
public struct AccessControlEntry: Sendable, Hashable {
  /// The ACE types that decide access (MS-DTYP 2.4.4.1); the reader skips other types.
  public enum Kind: Sendable, Hashable {
    case allowed
    case denied
  }

  public var kind: Kind
  public var flags: UInt8
  /// The access mask (MS-SAMR 2.2.1.7 user rights, e.g. USER_CHANGE_PASSWORD = 0x40).
  public var mask: UInt32
  public var sid: SecurityIdentifier
  /// Offset of the 4-byte mask from the start of the V value.
  public var maskOffsetInV: Int
}

/// The parts of a self-relative security descriptor (MS-DTYP 2.4.6) the reader needs: the DACL.
struct SecurityDescriptorLayout {
  /// The ACEs of the DACL, in order; empty when the descriptor has no DACL.
  var dacl: [AccessControlEntry]
  /// True when SE_DACL_PRESENT is set and the DACL offset is zero: a NULL DACL grants everyone all.
  var hasNullDACL: Bool

  /// Parses the descriptor found at `start ..< start + length` inside `v`; nil means malformed,
  /// with the reason in `problem`.
  static func parse(v: [UInt8], start: Int, length: Int) -> Result<Self, SDProblem> {
    guard let sd = v.slice(at: start, length: length), sd.count >= 20 else {
      return .failure(SDProblem("security descriptor shorter than its 20-byte header"))
    }
    guard sd[0] == 1, let control = sd.le16(at: 2), let daclOffset = sd.le32(at: 16) else {
      return .failure(SDProblem("security descriptor revision \(sd[0]), expected 1"))
    }
    let daclPresent = control & 0x0004 != 0
    if !daclPresent || daclOffset == 0 {
      return .success(Self(dacl: [], hasNullDACL: daclPresent))
    }
    let acl = Int(daclOffset)
    guard let aceCount = sd.le16(at: acl + 4), let aclSize = sd.le16(at: acl + 2),
      acl + Int(aclSize) <= sd.count
    else {
      return .failure(SDProblem("DACL at SD+\(Hex.plain(acl)) runs past the descriptor"))
    }
    var entries: [AccessControlEntry] = []
    entries.reserveCapacity(Int(aceCount))
    var cursor = acl + 8
    for index in 0..<Int(aceCount) {
      guard let size = sd.le16(at: cursor + 2), size >= 8, cursor + Int(size) <= acl + Int(aclSize)
      else {
        return .failure(SDProblem("ACE \(index) at SD+\(Hex.plain(cursor)) runs past the DACL"))
      }
      let type = sd[cursor]
      if type <= 1 {
        guard let mask = sd.le32(at: cursor + 4),
          let (sid, _) = SecurityIdentifier.parse(sd, at: cursor + 8)
        else { return .failure(SDProblem("ACE \(index) has a truncated SID")) }
        entries.append(
          AccessControlEntry(
            kind: type == 0 ? .allowed : .denied, flags: sd[cursor + 1], mask: mask, sid: sid,
            maskOffsetInV: start + cursor + 4))
      }
      cursor += Int(size)
    }
    return .success(Self(dacl: entries, hasNullDACL: false))
  }
}

/// Why a stored security descriptor could not be read.
struct SDProblem: Error {
  var text: String
  init(_ text: String) { self.text = text }
}
