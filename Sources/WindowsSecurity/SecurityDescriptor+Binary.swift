/// The self-relative binary form ([MS-DTYP] 2.4.6), read and written in one pass. Written in
/// the layout Windows produces (the [MS-DTYP] 2.5.1.4 example): the 20-byte header, then the
/// SACL, the DACL, the owner and the group.
extension SecurityDescriptor {
  /// Where each ACE sits in the bytes a descriptor was decoded from, so a caller that edits
  /// bytes in place (the SAM repair) can say which ones it changed.
  public struct BinaryLayout: Sendable, Hashable {
    /// Byte offset of each DACL ACE's header, in DACL order.
    public var daclEntryOffsets: [Int] = []
    /// Byte offset of each SACL ACE's header, in SACL order.
    public var saclEntryOffsets: [Int] = []
  }

  /// Decodes a self-relative descriptor; any inconsistency is an error naming its byte offset.
  public init(selfRelative bytes: [UInt8]) throws(BinaryDescriptorError) {
    self = try Self.decode(bytes).descriptor
  }

  /// Decodes a self-relative descriptor and reports where its ACEs were found.
  public static func decode(
    _ bytes: [UInt8]
  ) throws(BinaryDescriptorError) -> (descriptor: SecurityDescriptor, layout: BinaryLayout) {
    guard bytes.count >= 20 else {
      throw BinaryDescriptorError(
        .header, at: bytes.count,
        "a self-relative descriptor starts with a 20-byte header; only \(bytes.count) bytes")
    }
    guard bytes[0] == 1 else {
      throw BinaryDescriptorError(.header, at: 0, "revision \(bytes[0]), expected 1")
    }
    let control = Control(rawValue: bytes.le16(at: 2)!)
    guard control.contains(.selfRelative) else {
      throw BinaryDescriptorError(
        .header, at: 2, "control 0x\(String(control.rawValue, radix: 16)) lacks SE_SELF_RELATIVE "
          + "(0x8000): an absolute descriptor holds pointers, not offsets")
    }
    func offset(_ field: Int, _ name: String) throws(BinaryDescriptorError) -> Int? {
      let value = Int(bytes.le32(at: field)!)
      if value == 0 { return nil }
      guard value >= 20, value < bytes.count else {
        throw BinaryDescriptorError(
          .header, at: field, "\(name) offset \(value) is outside the descriptor's "
            + (value < 20 ? "body (the header is bytes 0-19)" : "\(bytes.count) bytes"))
      }
      return value
    }
    var descriptor = SecurityDescriptor(control: control)
    var layout = BinaryLayout()
    if let at = try offset(4, "owner") {
      descriptor.owner = try SecurityIdentifier.decode(bytes, at: at)
    }
    if let at = try offset(8, "group") {
      descriptor.group = try SecurityIdentifier.decode(bytes, at: at)
    }
    let saclAt = try offset(12, "SACL")
    if control.contains(.saclPresent), let at = saclAt {
      (descriptor.sacl, layout.saclEntryOffsets) = try decodeACL(bytes, at: at, name: "SACL")
    }
    let daclAt = try offset(16, "DACL")
    if control.contains(.daclPresent), let at = daclAt {
      (descriptor.dacl, layout.daclEntryOffsets) = try decodeACL(bytes, at: at, name: "DACL")
    }
    return (descriptor, layout)
  }

  private static func decodeACL(
    _ bytes: [UInt8], at start: Int, name: String
  ) throws(BinaryDescriptorError) -> (AccessControlList, [Int]) {
    guard start + 8 <= bytes.count else {
      throw BinaryDescriptorError(
        .acl, at: start, "\(name) header needs 8 bytes, \(bytes.count - start) left")
    }
    let revision = bytes[start]
    guard (2...4).contains(revision) else {
      throw BinaryDescriptorError(
        .acl, at: start, "\(name) revision \(revision), expected 2 (ACL_REVISION) or 4 "
          + "(ACL_REVISION_DS)")
    }
    let size = Int(bytes.le16(at: start + 2)!)
    let count = Int(bytes.le16(at: start + 4)!)
    guard size >= 8, start + size <= bytes.count else {
      throw BinaryDescriptorError(
        .acl, at: start + 2, "\(name) size \(size) "
          + (size < 8 ? "is smaller than its 8-byte header" : "runs past the descriptor's end "
            + "(\(bytes.count) bytes)"))
    }
    let end = start + size
    var entries: [AccessControlEntry] = []
    var offsets: [Int] = []
    entries.reserveCapacity(min(count, size / 16))
    var cursor = start + 8
    for index in 0..<count {
      guard cursor + 4 <= end else {
        throw BinaryDescriptorError(
          .ace, at: cursor, "\(name) says \(count) ACEs, but ACE \(index) starts past its end "
            + "(byte \(end))")
      }
      let aceSize = Int(bytes.le16(at: cursor + 2)!)
      guard aceSize >= 8, cursor + aceSize <= end else {
        throw BinaryDescriptorError(
          .ace, at: cursor + 2, "\(name) ACE \(index) size \(aceSize) "
            + (aceSize < 8 ? "is too small for a header and mask" : "runs past the ACL's end "
              + "(byte \(end))"))
      }
      entries.append(try decodeACE(bytes, at: cursor, end: cursor + aceSize, index: index))
      offsets.append(cursor)
      cursor += aceSize
    }
    return (AccessControlList(revision: revision, entries: entries), offsets)
  }

  private static func decodeACE(
    _ bytes: [UInt8], at start: Int, end: Int, index: Int
  ) throws(BinaryDescriptorError) -> AccessControlEntry {
    let type = AceType(rawValue: bytes[start])
    guard type.isDefined, type != .accessAllowedCompound else {
      throw BinaryDescriptorError(
        .ace, at: start, "ACE \(index) has type 0x\(String(type.rawValue, radix: 16)), "
          + (type.isDefined ? "a compound ACE (reserved)" : "not defined in [MS-DTYP] 2.4.4.1"))
    }
    let flags = AceFlags(rawValue: bytes[start + 1])
    let mask = AccessMask(rawValue: bytes.le32(at: start + 4)!)
    var cursor = start + 8
    var objectType: GUID?
    var inheritedObjectType: GUID?
    if type.isObject {
      guard let objectFlags = bytes.le32(at: cursor), cursor + 4 <= end else {
        throw BinaryDescriptorError(.ace, at: cursor, "object ACE \(index) ends before its Flags")
      }
      cursor += 4
      for (bit, label) in [(UInt32(1), "ObjectType"), (2, "InheritedObjectType")]
      where objectFlags & bit != 0 {
        guard cursor + 16 <= end, let guid = GUID(bytes: bytes, at: cursor) else {
          throw BinaryDescriptorError(
            .ace, at: cursor, "object ACE \(index) ends inside its \(label) GUID")
        }
        if bit == 1 { objectType = guid } else { inheritedObjectType = guid }
        cursor += 16
      }
    }
    let trustee = try SecurityIdentifier.decode(bytes, at: cursor, limit: end)
    cursor += trustee.byteCount
    return AccessControlEntry(
      type: type, flags: flags, mask: mask, objectType: objectType,
      inheritedObjectType: inheritedObjectType, trustee: trustee,
      applicationData: Array(bytes[cursor..<end]))
  }

  /// The self-relative bytes, laid out as Windows lays them out.
  public var selfRelativeBytes: [UInt8] {
    var out = [UInt8](repeating: 0, count: 20)
    var control = self.control.union(.selfRelative)
    if dacl != nil { control.insert(.daclPresent) }
    if sacl != nil { control.insert(.saclPresent) }
    out[0] = 1
    out.setLE16(control.rawValue, at: 2)
    if let sacl {
      out.setLE32(UInt32(out.count), at: 12)
      sacl.append(to: &out)
    }
    if let dacl {
      out.setLE32(UInt32(out.count), at: 16)
      dacl.append(to: &out)
    }
    if let owner {
      out.setLE32(UInt32(out.count), at: 4)
      owner.append(to: &out)
    }
    if let group {
      out.setLE32(UInt32(out.count), at: 8)
      group.append(to: &out)
    }
    return out
  }
}

extension AccessControlList {
  /// The encoded size: 8 bytes of header plus each ACE.
  public var byteCount: Int { 8 + entries.reduce(0) { $0 + $1.byteCount } }

  func append(to out: inout [UInt8]) {
    out.append(revision)
    out.append(0)
    out.appendLE16(UInt16(truncatingIfNeeded: byteCount))
    out.appendLE16(UInt16(truncatingIfNeeded: entries.count))
    out.appendLE16(0)
    for entry in entries { entry.append(to: &out) }
  }
}

extension AccessControlEntry {
  /// The encoded size: header, mask, object fields when present, SID, application data.
  public var byteCount: Int {
    var size = 8 + trustee.byteCount + applicationData.count
    if type.isObject {
      size += 4 + (objectType == nil ? 0 : 16) + (inheritedObjectType == nil ? 0 : 16)
    }
    return size
  }

  func append(to out: inout [UInt8]) {
    out.append(type.rawValue)
    out.append(flags.rawValue)
    out.appendLE16(UInt16(truncatingIfNeeded: byteCount))
    out.appendLE32(mask.rawValue)
    if type.isObject {
      out.appendLE32((objectType == nil ? 0 : 1) | (inheritedObjectType == nil ? 0 : 2))
      if let objectType { out += objectType.bytes }
      if let inheritedObjectType { out += inheritedObjectType.bytes }
    }
    trustee.append(to: &out)
    out += applicationData
  }
}
