import Findings

/// Reads LDIF exports of Active Directory (RFC 2849 content records from ldifde or
/// ldapsearch) into a `Domain`: objects keyed by DN, binary `nTSecurityDescriptor` kept as bytes.
///
/// Single pass over bytes, streaming from the file in chunks. Change records, `:<` URL values
/// and malformed lines are `InputError`s at their line and column.
public struct LDIFImporter {
  let file: String
  var domain = Domain(dnsName: "")
  private var current: DirectoryObject?
  var recordCount = 0
  var sawVersion = false
  /// True once the domain's own record (objectClass domainDNS) has been read.
  var sawDomainRoot = false
  /// objectClass values met so far, shared by every object that has them (one allocation
  /// for `organizationalPerson` instead of one per user).
  private var classNames: [String] = []

  init(file: String) {
    self.file = file
  }

  /// Reads an LDIF file from disk in chunks; a large file is read as two halves in parallel,
  /// split at a record boundary (see LDIFImporter+Parallel.swift).
  public static func read(path: String, file: String? = nil) throws -> Domain {
    try readInParts(path: path, file: file ?? path)
  }

  /// Reads LDIF held in memory.
  public static func read(bytes: [UInt8], file: String) throws -> Domain {
    var importer = LDIFImporter(file: file)
    try LDIFLineSource.lines(bytes: bytes) { try importer.line($0, $1, $2) }
    return try importer.finish()
  }

  func fail(_ message: String, _ line: Int, _ column: Int = 1) -> InputError {
    InputError(message, at: SourceLocation(file: file, line: line, column: column))
  }

  mutating func line(_ text: UnsafeBufferPointer<UInt8>, _ line: Int, _ newline: Bool)
    throws
  {
    if text.isEmpty {
      endRecord()
      return
    }
    if text[0] == UInt8(ascii: "#") { return }
    guard let colon = text.firstIndex(of: UInt8(ascii: ":")), colon > 0 else {
      throw fail("expected 'attribute: value' (RFC 2849), found a line without ':'", line)
    }
    let name = UnsafeBufferPointer(rebasing: text[0..<colon])
    var valueStart = colon + 1
    var isBase64 = false
    if valueStart < text.count {
      if text[valueStart] == UInt8(ascii: ":") {
        isBase64 = true
        valueStart += 1
      } else if text[valueStart] == UInt8(ascii: "<") {
        throw fail("':<' URL values are not read (RFC 2849 allows them; export the value inline)",
          line, colon + 1)
      }
    }
    while valueStart < text.count, text[valueStart] == 0x20 { valueStart += 1 }
    let raw = UnsafeBufferPointer(rebasing: text[valueStart...])
    var bytes: [UInt8]? = nil
    if isBase64 {
      guard let decoded = Base64.decode(raw, padded: true) else {
        let hint = newline ? "" : " (the file ends inside this value: truncated?)"
        throw fail("expected base64 after '::'\(hint)", line, valueStart + 1)
      }
      bytes = decoded
    }
    try attribute(name, raw: raw, decoded: bytes, line: line, column: valueStart + 1)
  }

  private mutating func attribute(
    _ name: UnsafeBufferPointer<UInt8>, raw: UnsafeBufferPointer<UInt8>, decoded: [UInt8]?,
    line: Int, column: Int
  ) throws {
    let key = AttributeKey(name)
    if current == nil {
      if key == .version, recordCount == 0, !sawVersion {
        sawVersion = true
        guard String(decoding: raw, as: UTF8.self) == "1" else {
          throw fail("expected 'version: 1' (RFC 2849)", line, column)
        }
        return
      }
      guard key == .dn else {
        let found = String(decoding: name, as: UTF8.self)
        throw fail("expected a record to start with 'dn:' (RFC 2849), found '\(found):'; "
          + "an attribute dump without DNs (ldapsearch or BOF log) is not LDIF", line)
      }
      let dn = try text(raw, decoded, line, column)
      current = DirectoryObject(dn: dn, origin: Origin(file: file, line: line))
      return
    }
    switch key {
    case .changetype, .control:
      throw fail("change records (changetype:/control:) are not accepted: expected an export of "
        + "content records (ldifde -f, ldapsearch -LLL), not a change file", line)
    case .dn:
      throw fail("expected a blank line before the next 'dn:' (records are separated by a blank line)",
        line)
    case .objectClass:
      let value = decoded == nil ? className(raw) : try text(raw, decoded, line, column)
      current?.objectClasses.append(value)
    case .memberOf:
      let value = try text(raw, decoded, line, column)
      current?.memberOf.append(value)
    case .member:
      let value = try text(raw, decoded, line, column)
      current?.members.append(value)
    case .adminCount:
      let value = try text(raw, decoded, line, column)
      guard let n = Int(value), n >= Int(Int32.min), n <= Int(UInt32.max) else {
        throw fail("expected an integer adminCount, found '\(value)'", line, column)
      }
      current?.adminCount = n
    case .objectSid:
      if let decoded {
        guard let sid = SIDText.format(decoded) else {
          throw fail("expected a binary SID in objectSid (revision 1, 8 + 4n bytes)", line, column)
        }
        current?.sid = sid
      } else {
        current?.sid = String(decoding: raw, as: UTF8.self)
      }
    case .nTSecurityDescriptor:
      if let decoded {
        current?.securityDescriptor = .bytes(decoded)
      } else {
        let value = String(decoding: raw, as: UTF8.self)
        if value.hasPrefix("O:") || value.hasPrefix("G:") || value.hasPrefix("D:")
          || value.hasPrefix("S:")
        {
          current?.securityDescriptor = .sddl(value)
        } else if let bytes = Base64.decode(raw), bytes.count >= 20, bytes[0] == 1 {
          // Some dumpers (BOF logs) write the binary descriptor as bare base64.
          current?.securityDescriptor = .bytes(bytes)
        } else {
          throw fail("expected nTSecurityDescriptor as SDDL text or base64 ('::')", line, column)
        }
      }
    case .version:
      throw fail("'version:' is only allowed before the first record", line)
    case .other:
      try keep(name, raw: raw, decoded: decoded, line: line, column: column)
    }
  }

  /// Keeps an attribute the model does not name, appending to an existing one of that name.
  private mutating func keep(
    _ name: UnsafeBufferPointer<UInt8>, raw: UnsafeBufferPointer<UInt8>, decoded: [UInt8]?,
    line: Int, column: Int
  ) throws {
    let attributeName = String(decoding: name, as: UTF8.self)
    var binary = false
    let value: String
    if let decoded {
      if let text = String(validating: decoded, as: UTF8.self), !name.contains(UInt8(ascii: ";")),
        !Self.binaryAttributes.contains(attributeName.lowercased())
      {
        value = text
      } else {
        binary = true
        value = String(decoding: raw, as: UTF8.self)
      }
    } else {
      value = String(decoding: raw, as: UTF8.self)
    }
    if let last = current?.attributes.indices.last, current?.attributes[last].name == attributeName,
      current?.attributes[last].binary == binary
    {
      current?.attributes[last].values.append(value)
    } else {
      current?.attributes.append(DirectoryAttribute(name: attributeName, values: [value], binary: binary))
    }
  }

  static let binaryAttributes: Set<String> = [
    "objectguid", "msds-generationid", "usercertificate", "thumbnailphoto", "logonhours",
    "msexchmailboxsecuritydescriptor", "ms-ds-consistencyguid", "msds-consistencyguid",
  ]

  private func text(_ raw: UnsafeBufferPointer<UInt8>, _ decoded: [UInt8]?, _ line: Int, _ column: Int)
    throws -> String
  {
    guard let decoded else { return String(decoding: raw, as: UTF8.self) }
    guard let s = String(validating: decoded, as: UTF8.self) else {
      throw fail("expected UTF-8 text in this base64 value", line, column)
    }
    return s
  }

  /// The interned String for an objectClass value.
  private mutating func className(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    for name in classNames where name.utf8.count == raw.count && name.utf8.elementsEqual(raw) {
      return name
    }
    let name = String(decoding: raw, as: UTF8.self)
    if classNames.count < 64 { classNames.append(name) }
    return name
  }

  mutating func endRecord() {
    guard let object = current else { return }
    current = nil
    recordCount += 1
    if object.objectClasses.contains(where: { $0.utf8.count == 9 && $0.lowercased() == "domaindns" }) {
      sawDomainRoot = true
      domain.dnsName = DNText.dnsName(ofDomainDN: object.dn)
      domain.sid = object.sid
      domain.origin = object.origin
    }
    domain.objects.append(object)
  }

  mutating func finish() throws -> Domain {
    endRecord()
    guard recordCount > 0 else {
      throw fail("expected at least one record ('dn:' line), found none", 1)
    }
    if domain.dnsName.isEmpty, let first = domain.objects.first {
      domain.dnsName = DNText.dnsName(ofDomainDN: first.dn)
      domain.origin = first.origin
    }
    return domain
  }
}
