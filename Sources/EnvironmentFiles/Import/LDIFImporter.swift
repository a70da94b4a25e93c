import EnvironmentModel
import Findings

/// Reads LDIF exports of Active Directory (RFC 2849 content records from ldifde or
/// ldapsearch) into a `Domain`: objects keyed by DN, binary `nTSecurityDescriptor` kept as bytes.
///
/// Single pass over the bytes in place (a file is mapped, not copied); base64 values are
/// decoded across their folds straight into one `ByteArena` per load. Change records, `:<` URL
/// values, malformed lines and bad base64 are `InputError`s at their line and column.
public struct LDIFImporter {
  let file: FileReference
  var domain = Domain(dnsName: "")
  /// The record being read; meaningful only while `inRecord` (kept out of an Optional so it
  /// is changed in place, never copied).
  var current = DirectoryObject(dn: "")
  var inRecord = false
  var recordCount = 0
  /// True for the importer of a later part of a parallel read: its objects collect in
  /// `objects`, each slot emptied when the object moves into the first part's domain (moving
  /// out of Optionals costs no reference counting; copying out of an Array would).
  var handsOver = false
  var objects: [DirectoryObject?] = []
  /// The length of text whose objects end up in this importer's list (the whole file for the
  /// first part), for sizing the list once from the first records' average length.
  var expectedLength = 0
  private var reserved = false
  var sawVersion = false
  /// True once the domain's own record (objectClass domainDNS) has been read.
  var sawDomainRoot = false
  /// Where decoded base64 values go. A descriptor keeps its bytes there (`arenaUsed` moves
  /// past them); any other decoded value is overwritten by the next one.
  let arena: ByteArena
  var arenaUsed: Int
  /// Strings met over and over (objectClass values, their chains, attribute names), shared by
  /// every object that has them instead of one allocation per object.
  var interned = InternedNames()
  /// The objectClass values of the record being read.
  var classChain: [String] = []
  /// A folded text value, unfolded (descriptors and other base64 values never come here).
  var unfolded: [UInt8] = []

  init(file: FileReference, arena: ByteArena, arenaStart: Int = 0) {
    self.file = file
    self.arena = arena
    self.arenaUsed = arenaStart
    classChain.reserveCapacity(8)
  }

  /// The arena room a text of `length` bytes can need: base64 gives 3 bytes per 4
  /// characters, and a decoded group is stored with one 4-byte write.
  static func arenaRoom(forText length: Int) -> Int { length / 4 * 3 + 8 }

  /// Reads an LDIF file from disk, mapped into memory; a large file is read as two halves in
  /// parallel, split at a record boundary (see LDIFImporter+Parallel.swift).
  public static func read(_ file: FileReference) throws -> Domain {
    try MappedFile.withBytes(file) { try read(text: $0, file: file) }
  }

  /// Reads LDIF held in memory.
  public static func read(bytes: [UInt8], file: FileReference) throws -> Domain {
    try bytes.withUnsafeBufferPointer { try read(text: $0, file: file) }
  }

  func fail(_ message: String, _ line: Int, _ column: Int = 1) -> InputError {
    InputError(message, at: SourceLocation(file: file, line: line, column: column))
  }

  /// Adds one attribute of the record being read (or starts one at `dn:`). `value` is the
  /// text after the separator, or the decoded bytes (in the arena) when `isBase64`.
  mutating func attribute(
    _ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>, isBase64: Bool,
    line: Int, column: Int
  ) throws {
    let key = AttributeKey(name)
    if !inRecord {
      try startRecord(key, name, value, isBase64: isBase64, line: line, column: column)
      return
    }
    switch key {
    case .changetype, .control:
      throw fail(
        "change records (changetype:/control:) are not accepted: expected an export of "
          + "content records (ldifde -f, ldapsearch -LLL), not a change file", line)
    case .dn:
      throw fail(
        "expected a blank line before the next 'dn:' (records are separated by a blank line)",
        line)
    case .objectClass:
      let text = isBase64 ? try self.text(value, true, line, column) : interned.className(value)
      classChain.append(text)
    case .memberOf:
      let text = isBase64 ? try self.text(value, true, line, column) : interned.dn(value)
      current.memberOf.append(text)
    case .member:
      let text = isBase64 ? try self.text(value, true, line, column) : interned.dn(value)
      current.members.append(text)
    case .adminCount:
      let text = try self.text(value, isBase64, line, column)
      guard let n = Int(text), n >= Int(Int32.min), n <= Int(UInt32.max) else {
        throw fail("expected an integer adminCount, found '\(text)'", line, column)
      }
      current.adminCount = n
    case .objectSid:
      guard isBase64 else {
        current.sid = String(decoding: value, as: UTF8.self)
        return
      }
      guard let sid = SIDText.format(value) else {
        throw fail("expected a binary SID in objectSid (revision 1, 8 + 4n bytes)", line, column)
      }
      current.sid = sid
    case .nTSecurityDescriptor:
      let descriptor = try descriptor(value, isBase64: isBase64, line, column)
      current.securityDescriptor = descriptor
    case .version:
      throw fail("'version:' is only allowed before the first record", line)
    case .other:
      keep(name, value, isBase64: isBase64)
    }
  }

  /// `version:` or the `dn:` that starts a record.
  private mutating func startRecord(
    _ key: AttributeKey, _ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>,
    isBase64: Bool, line: Int, column: Int
  ) throws {
    if key == .version, recordCount == 0, !sawVersion {
      sawVersion = true
      guard String(decoding: value, as: UTF8.self) == "1", !isBase64 else {
        throw fail("expected 'version: 1' (RFC 2849)", line, column)
      }
      return
    }
    guard key == .dn else {
      let found = String(decoding: name, as: UTF8.self)
      throw fail(
        "expected a record to start with 'dn:' (RFC 2849), found '\(found):'; "
          + "an attribute dump without DNs (ldapsearch or BOF log) is not LDIF", line)
    }
    let dn = try text(value, isBase64, line, column)
    current = DirectoryObject(dn: dn, origin: SourceLocation(file: file, line: line))
    inRecord = true
  }

  /// A descriptor value: binary bytes stay where they were decoded, in the arena.
  private mutating func descriptor(
    _ value: UnsafeBufferPointer<UInt8>, isBase64: Bool, _ line: Int, _ column: Int
  ) throws -> SecurityDescriptorValue {
    if isBase64 {
      let offset = value.baseAddress.map {
        arena.base.distance(to: UnsafeMutablePointer(mutating: $0))
      }
      arenaUsed = (offset ?? arenaUsed) + value.count
      return .bytes(DescriptorBytes(arena: arena, offset: offset ?? 0, count: value.count))
    }
    let text = String(decoding: value, as: UTF8.self)
    if text.hasPrefix("O:") || text.hasPrefix("G:") || text.hasPrefix("D:") || text.hasPrefix("S:")
    {
      return .sddl(text)
    }
    if let bytes = Base64.decode(value), bytes.count >= 20, bytes[0] == 1 {
      // Some dumpers (BOF logs) write the binary descriptor as bare base64.
      return .bytes(DescriptorBytes(bytes))
    }
    throw fail("expected nTSecurityDescriptor as SDDL text or base64 ('::')", line, column)
  }

  /// Keeps an attribute the model does not name, appending to an existing one of that name.
  private mutating func keep(
    _ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>,
    isBase64: Bool
  ) {
    let attributeName = interned.attributeName(name)
    var binary = false
    let text: String
    if isBase64 {
      if let decoded = String(validating: value, as: UTF8.self), !name.contains(UInt8(ascii: ";")),
        !Self.binaryAttributes.contains(attributeName.lowercased())
      {
        text = decoded
      } else {
        binary = true
        text = Base64.encode(Array(value))
      }
    } else {
      text = String(decoding: value, as: UTF8.self)
    }
    let last = current.attributes.count - 1
    if last >= 0, current.attributes[last].binary == binary,
      current.attributes[last].name == attributeName
    {
      current.attributes[last].values.append(text)
    } else {
      current.attributes.append(
        DirectoryAttribute(name: attributeName, values: [text], binary: binary))
    }
  }

  static let binaryAttributes: Set<String> = [
    "objectguid", "msds-generationid", "usercertificate", "thumbnailphoto", "logonhours",
    "msexchmailboxsecuritydescriptor", "ms-ds-consistencyguid", "msds-consistencyguid",
  ]

  /// A value as text: as written, or decoded base64 that must be UTF-8.
  private func text(
    _ value: UnsafeBufferPointer<UInt8>, _ isBase64: Bool, _ line: Int, _ column: Int
  )
    throws -> String
  {
    guard isBase64 else { return String(decoding: value, as: UTF8.self) }
    guard let s = String(validating: value, as: UTF8.self) else {
      throw fail("expected UTF-8 text in this base64 value", line, column)
    }
    return s
  }

  mutating func endRecord() {
    guard inRecord else { return }
    inRecord = false
    recordCount += 1
    let chain = interned.classChain(classChain)
    classChain.removeAll(keepingCapacity: true)
    current.objectClasses = chain.classes
    if chain.isDomainRoot {
      sawDomainRoot = true
      domain.dnsName = DNText.dnsName(ofDomainDN: current.dn)
      domain.sid = current.sid
      domain.origin = current.origin
    }
    // Moved out of `current` (left blank), not copied: no reference counting per field.
    let handsOver = self.handsOver
    withUnsafeMutablePointer(to: &current) { record in
      if handsOver {
        objects.append(record.move())
      } else {
        domain.objects.append(record.move())
      }
      record.initialize(to: DirectoryObject(dn: ""))
    }
  }

  /// Sizes the object list for `expectedLength` bytes from the average record length so far
  /// (`consumed` bytes), so it is not regrown (and its 160-byte elements moved) log n times.
  mutating func reserveObjects(consumed: Int) {
    guard !reserved, consumed > 0 else { return }
    reserved = true
    // Capped (records of under 128 bytes average are unusual in an AD export); past the
    // estimate the list simply grows.
    let estimate = min(
      recordCount * (expectedLength / consumed + 1) + recordCount / 4, expectedLength / 128 + 64)
    if handsOver {
      objects.reserveCapacity(estimate)
    } else {
      domain.objects.reserveCapacity(estimate)
    }
  }

  /// The domain read, with the objects of `tails` (read by the importers of the parts that
  /// follow, in order, line numbers already shifted) after this importer's own.
  mutating func finish(appending tails: inout [[DirectoryObject?]]) throws -> Domain {
    endRecord()
    guard recordCount > 0 else {
      throw fail("expected at least one record ('dn:' line), found none", 1)
    }
    let total = tails.reduce(domain.objects.count + objects.count) { $0 + $1.count }
    domain.objects.reserveCapacity(total)
    Self.move(&objects, into: &domain.objects)
    for k in tails.indices { Self.move(&tails[k], into: &domain.objects) }
    if domain.dnsName.isEmpty, let first = domain.objects.first {
      domain.dnsName = DNText.dnsName(ofDomainDN: first.dn)
      domain.origin = first.origin
    }
    return domain
  }

  private static func move(_ list: inout [DirectoryObject?], into objects: inout [DirectoryObject])
  {
    for i in list.indices {
      if let object = list[i].take() { objects.append(object) }
    }
  }
}
