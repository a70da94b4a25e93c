import WindowsSecurity

/// One ACE of the DACL stored with a SAM user object, with where its access mask sits inside V
/// so a repair can say which bytes it changed.
public struct StoredACE: Sendable, Hashable {
  /// The ACE; its mask is an MS-SAMR 2.2.1.7 user right set (USER_CHANGE_PASSWORD = 0x40).
  public var entry: AccessControlEntry
  /// Offset of the 4-byte mask from the start of the V value.
  public var maskOffsetInV: Int

  /// The allow and deny ACEs of the descriptor at `start ..< start + length` inside V, and
  /// whether its DACL is NULL (everyone, all access). Decoding is WindowsSecurity's.
  static func dacl(
    v: [UInt8], start: Int, length: Int
  ) throws(BinaryDescriptorError) -> (entries: [StoredACE], nullDACL: Bool) {
    guard start >= 0, length >= 0, start <= v.count, length <= v.count - start else {
      throw BinaryDescriptorError(.header, at: 0, "descriptor runs past the end of V")
    }
    let (descriptor, layout) = try SecurityDescriptor.decode(Array(v[start..<(start + length)]))
    let entries = zip(descriptor.dacl?.entries ?? [], layout.daclEntryOffsets).compactMap {
      entry, offset -> StoredACE? in
      guard entry.type == .accessAllowed || entry.type == .accessDenied else { return nil }
      return StoredACE(entry: entry, maskOffsetInV: start + offset + 4)
    }
    return (entries, descriptor.hasNullDACL)
  }
}
