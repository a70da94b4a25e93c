/// The binary SID ([MS-DTYP] 2.4.2.2): revision, sub-authority count, 6-byte big-endian
/// authority, then little-endian 32-bit sub-authorities.
extension SecurityIdentifier {
  /// The encoded length: 8 + 4 per sub-authority.
  public var byteCount: Int { 8 + 4 * subAuthorities.count }

  /// The binary form, as stored in an ACE or a descriptor.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(byteCount)
    append(to: &out)
    return out
  }

  func append(to out: inout [UInt8]) {
    out.append(revision)
    out.append(UInt8(truncatingIfNeeded: subAuthorities.count))
    for shift in stride(from: 40, through: 0, by: -8) {
      out.append(UInt8(truncatingIfNeeded: authority >> UInt64(shift)))
    }
    for sub in subAuthorities { out.appendLE32(sub) }
  }

  /// Reads a SID at `offset`, which must end by `limit`; errors name the SID's byte offset.
  public static func decode(
    _ bytes: [UInt8], at offset: Int, limit: Int? = nil
  ) throws(BinaryDescriptorError) -> SecurityIdentifier {
    let end = Swift.min(limit ?? bytes.count, bytes.count)
    guard offset >= 0, offset + 8 <= end else {
      throw BinaryDescriptorError(
        .sid, at: offset, "SID header needs 8 bytes, \(Swift.max(0, end - offset)) left")
    }
    guard bytes[offset] == 1 else {
      throw BinaryDescriptorError(.sid, at: offset, "SID revision \(bytes[offset]), expected 1")
    }
    let count = Int(bytes[offset + 1])
    guard count <= maximumSubAuthorities else {
      throw BinaryDescriptorError(
        .sid, at: offset + 1, "SID claims \(count) sub-authorities, at most 15 are allowed")
    }
    guard offset + 8 + 4 * count <= end else {
      throw BinaryDescriptorError(
        .sid, at: offset, "SID with \(count) sub-authorities needs \(8 + 4 * count) bytes, "
          + "\(end - offset) left")
    }
    var authority: UInt64 = 0
    for byte in bytes[(offset + 2)..<(offset + 8)] { authority = authority << 8 | UInt64(byte) }
    var subs: [UInt32] = []
    subs.reserveCapacity(count)
    for i in 0..<count { subs.append(bytes.le32(at: offset + 8 + 4 * i)!) }
    return SecurityIdentifier(revision: 1, authority: authority, subAuthorities: subs)
  }
}
