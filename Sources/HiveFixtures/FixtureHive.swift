import CHivex
import Foundation

/// Builds SAM fixtures: writes `EmptyHive`, then has libhivex add SAM\Domains\Account\Users with
/// one `<RID hex>` key (F, V) and one `Names\<name>` key (default value typed with the RID) per
/// account, and commits to a file in a fresh temporary directory.
public struct FixtureHive {
  public let directory: URL

  public init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("samhive-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  public func remove() { try? FileManager.default.removeItem(at: directory) }

  public func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// Writes the empty hive to `name` and returns its path.
  public func empty(_ name: String = "empty.hive") throws -> String {
    let target = path(name)
    try Data(EmptyHive.bytes()).write(to: URL(fileURLWithPath: target))
    return target
  }

  /// A SAM hive with `accounts`; `edit` may change an account's F/V bytes before they are stored
  /// (for short or damaged values) or return nil to leave the value out.
  public func sam(
    _ accounts: [FixtureAccount], name: String = "SAM",
    edit: (FixtureAccount, String, [UInt8]) -> [UInt8]? = { _, _, bytes in bytes },
    keys: [String] = ["SAM", "Domains", "Account", "Users"]
  ) throws -> String {
    let target = path(name)
    let base = try empty(name + ".empty")
    guard let h = hivex_open(base, HIVEX_OPEN_WRITE) else {
      throw FixtureError("libhivex could not open the empty hive: errno \(errno)")
    }
    defer { hivex_close(h) }
    var node = hivex_root(h)
    for key in keys { node = try child(h, node, key) }
    let names = try child(h, node, "Names")
    for account in accounts {
      let key = try child(h, node, hex8(account.rid))
      var values: [(String, UInt32, [UInt8])] = []
      if let f = edit(account, "F", account.f) { values.append(("F", 3, f)) }
      if let v = edit(account, "V", account.v) { values.append(("V", 3, v)) }
      try set(h, key, values)
      let nameKey = try child(h, names, account.name)
      try set(h, nameKey, [("", account.rid, [])])
    }
    guard hivex_commit(h, target, 0) == 0 else {
      throw FixtureError("libhivex could not commit the fixture: errno \(errno)")
    }
    return target
  }

  private func hex8(_ rid: UInt32) -> String {
    let text = String(rid, radix: 16, uppercase: true)
    return String(repeating: "0", count: 8 - text.count) + text
  }

  private func child(_ h: OpaquePointer, _ parent: Int, _ name: String) throws -> Int {
    let node = hivex_node_add_child(h, parent, name)
    if node == 0 { throw FixtureError("hivex_node_add_child \(name): errno \(errno)") }
    return node
  }

  /// Sets all values of `node` at once: (name, type, bytes).
  private func set(_ h: OpaquePointer, _ node: Int, _ values: [(String, UInt32, [UInt8])]) throws {
    let keys = values.map { strdup($0.0) }
    let buffers = values.map { value -> UnsafeMutablePointer<CChar> in
      let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(1, value.2.count))
      for (i, byte) in value.2.enumerated() { buffer[i] = CChar(bitPattern: byte) }
      return buffer
    }
    defer {
      keys.forEach { free($0) }
      buffers.forEach { $0.deallocate() }
    }
    var set = values.indices.map { i in
      hive_set_value(
        key: keys[i], t: hive_type(rawValue: values[i].1), len: values[i].2.count,
        value: buffers[i])
    }
    if hivex_node_set_values(h, node, set.count, &set, 0) != 0 {
      throw FixtureError("hivex_node_set_values: errno \(errno)")
    }
  }
}

/// libhivex refused to build a fixture (the message says which step).
public struct FixtureError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
