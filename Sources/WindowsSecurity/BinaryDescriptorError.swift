/// A binary security descriptor that is truncated or inconsistent: the byte offset (from the
/// start of the descriptor) and the structure being read when it stopped making sense.
public struct BinaryDescriptorError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The structures of [MS-DTYP] 2.4.6 (descriptor header), 2.4.5 (ACL), 2.4.4 (ACE), 2.4.2.2 (SID).
  public enum Structure: String, Sendable, Hashable {
    case header = "descriptor header"
    case acl = "ACL"
    case ace = "ACE"
    case sid = "SID"
  }

  public var structure: Structure
  public var offset: Int
  public var message: String

  public init(_ structure: Structure, at offset: Int, _ message: String) {
    self.structure = structure
    self.offset = offset
    self.message = message
  }

  public var description: String {
    "byte \(offset) (0x\(String(offset, radix: 16))), \(structure.rawValue): \(message)"
  }
}
