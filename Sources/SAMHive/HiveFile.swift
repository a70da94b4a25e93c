import CHivex
import Findings
import WindowsSecurity

/// An open libhivex handle, closed when the last reference goes. Read-only opens mmap the file
/// PROT_READ; writable opens copy it into memory (libhivex closes the file at once), so edits
/// reach disk only through `commit(to:)`, which the repair points at the copy.
final class HiveFile {
  let file: FileReference
  private let handle: OpaquePointer

  /// Opens `file`; `writable` means "edit in memory", never "write the source back".
  init(_ file: FileReference, writable: Bool) throws(InputError) {
    self.file = file
    try HiveFile.checkHeader(file)
    errno = 0
    guard let handle = hivex_open(file.path, writable ? HIVEX_OPEN_WRITE : 0) else {
      let reason = String(cString: strerror(errno))
      throw SAMReadError.at(
        file,
        "libhivex refused the hive (\(reason)); expected a regf hive "
          + "whose hbin pages and cells are intact")
    }
    self.handle = handle
  }

  deinit { hivex_close(handle) }

  var root: Int { hivex_root(handle) }

  /// The child key called `name` (case-insensitive, as the registry is), or nil.
  func child(_ node: Int, named name: String) -> Int? {
    let found = hivex_node_get_child(handle, node, name)
    return found == 0 ? nil : found
  }

  /// The subkeys of `node`, or nil when libhivex cannot read the subkey list.
  func children(_ node: Int) -> [Int]? {
    guard let list = hivex_node_children(handle, node) else { return nil }
    defer { free(list) }
    var result: [Int] = []
    var index = 0
    while list[index] != 0 {
      result.append(list[index])
      index += 1
    }
    return result
  }

  func name(_ node: Int) -> String? {
    guard let text = hivex_node_name(handle, node) else { return nil }
    defer { free(text) }
    return String(cString: text)
  }

  /// The value `key` of `node` ("" is the default value) with its type and bytes, or nil.
  func value(_ node: Int, _ key: String) -> (type: UInt32, bytes: [UInt8])? {
    let value = hivex_node_get_value(handle, node, key)
    guard value != 0 else { return nil }
    var type = hive_type(rawValue: 0)
    var length = 0
    guard let data = hivex_value_value(handle, value, &type, &length) else { return nil }
    defer { free(data) }
    let bytes = UnsafeRawBufferPointer(start: data, count: length)
    return (type.rawValue, Array(bytes))
  }

  /// The type of value `key` without reading its data (the RID under `Names\<name>`).
  func valueType(_ node: Int, _ key: String) -> UInt32? {
    let value = hivex_node_get_value(handle, node, key)
    guard value != 0 else { return nil }
    var type = hive_type(rawValue: 0)
    var length = 0
    guard hivex_value_type(handle, value, &type, &length) == 0 else { return nil }
    return type.rawValue
  }

  /// Where the data of value `key` of `node` starts in the hive file and how long it is, or nil
  /// when the data is inline in the value record (4 bytes or fewer) or unknown. libhivex gives
  /// the file offset of the data cell, whose first 4 bytes are the cell size.
  func dataRange(_ node: Int, _ key: String) -> Range<Int>? {
    let value = hivex_node_get_value(handle, node, key)
    guard value != 0 else { return nil }
    var length = 0
    let cell = hivex_value_data_cell_offset(handle, value, &length)
    guard cell != 0, length > 4 else { return nil }
    return (cell + 4)..<(cell + length)
  }

  /// Replaces one REG_BINARY value of `node` in memory, keeping its other values.
  func setBinary(_ node: Int, _ key: String, _ bytes: [UInt8]) -> Bool {
    var data = bytes
    return key.withCString { name in
      data.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return false }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
          var value = hive_set_value(
            key: UnsafeMutablePointer(mutating: name), t: hive_t_REG_BINARY, len: buffer.count,
            value: chars)
          return hivex_node_set_value(handle, node, &value, 0) == 0
        }
      }
    }
  }

  /// Writes the edited hive to `target` (never to the source; the repair checks that first);
  /// the errno when libhivex fails.
  func commit(to target: String) -> Int32? {
    errno = 0
    guard hivex_commit(handle, target, 0) == 0 else { return errno }
    return nil
  }

  /// Checks size, signature and the bins size in the 4 KiB base block before libhivex sees it,
  /// so "not a hive" and "truncated" get messages that say what was expected.
  private static func checkHeader(_ reference: FileReference) throws(InputError) {
    guard let file = fopen(reference.path, "rb") else {
      throw SAMReadError.at(reference, "cannot open: \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    var header = [UInt8](repeating: 0, count: 0x1000)
    let got = header.withUnsafeMutableBytes { fread($0.baseAddress, 1, 0x1000, file) }
    guard got >= 4, header[0] == 0x72, header[1] == 0x65, header[2] == 0x67, header[3] == 0x66
    else {
      throw SAMReadError.at(reference, "not a registry hive: expected the signature 'regf' at offset 0")
    }
    guard fseeko(file, 0, SEEK_END) == 0 else {
      throw SAMReadError.at(reference, "cannot read the file size")
    }
    let size = Int(ftello(file))
    guard got == 0x1000, size >= 0x2000 else {
      throw SAMReadError.at(
        reference,
        "truncated hive: \(size) bytes, expected a 4096-byte base "
          + "block followed by at least one 4096-byte hbin")
    }
    let binsSize = Int(header.le32(at: 0x28) ?? 0)
    guard binsSize <= size - 0x1000 else {
      throw SAMReadError.at(
        reference,
        "truncated hive: the base block says the hbins end at "
          + "\(Hex.plain(0x1000 + binsSize)), but the file has \(size) bytes")
    }
  }
}
