import WindowsSecurity
import Findings

/// Reads the local accounts of an offline SAM hive through libhivex, read-only (mmap PROT_READ).
public enum SAMReader {
  /// The key under the hive root that holds one subkey per account, named by RID in hex.
  public static let usersPath = ["SAM", "Domains", "Account", "Users"]

  /// Reads every account of the SAM hive `file` and the findings about them.
  /// Throws `InputError` for a file that is not a hive, a truncated hive, a hive that is not a
  /// SAM, or an account whose F/V values are missing or too short.
  public static func analyze(_ file: FileReference) throws(InputError) -> SAMAnalysis {
    let hive = try HiveFile(file, writable: false)
    let accounts = try readAccounts(hive).map(\.account)
    return SAMAnalysis(file: file, accounts: accounts)
  }

  /// One account and the node of its key, for the repair to edit.
  struct AccountRecord {
    var account: SAMAccount
    var node: Int
    var f: [UInt8]
    var v: [UInt8]
  }

  /// Finds the Users key, maps `Names\<name>` to RIDs, and decodes every `<RID hex>` subkey.
  static func readAccounts(_ hive: HiveFile) throws(InputError) -> [AccountRecord] {
    var node = hive.root
    var walked: [String] = []
    for part in usersPath {
      guard let next = hive.child(node, named: part) else {
        let parent = walked.isEmpty ? "the hive root" : walked.joined(separator: "\\")
        throw SAMReadError.at(
          hive.file,
          "not a SAM hive: expected the key "
            + "\(usersPath.joined(separator: "\\")), but \(parent) has no subkey '\(part)'")
      }
      walked.append(part)
      node = next
    }
    let users = node
    guard let keys = hive.children(users) else {
      throw SAMReadError.at(
        hive.file, "cannot read the subkeys of \(walked.joined(separator: "\\"))")
    }
    let names = namesByRID(hive, users)
    var result: [AccountRecord] = []
    result.reserveCapacity(keys.count)
    for key in keys {
      guard let keyName = hive.name(key), keyName.utf8.count == 8,
        let rid = UInt32(keyName, radix: 16)
      else { continue }
      result.append(try readAccount(hive, key, keyName: keyName, rid: rid, alias: names[rid]))
    }
    result.sort { $0.account.rid < $1.account.rid }
    return result
  }

  /// `Users\Names\<name>` keys: the default value's *type* is the RID (libyal winreg-kb).
  private static func namesByRID(_ hive: HiveFile, _ users: Int) -> [UInt32: String] {
    guard let names = hive.child(users, named: "Names"), let keys = hive.children(names) else {
      return [:]
    }
    var map: [UInt32: String] = [:]
    map.reserveCapacity(keys.count)
    for key in keys {
      if let name = hive.name(key), let rid = hive.valueType(key, "") { map[rid] = name }
    }
    return map
  }

  private static func readAccount(
    _ hive: HiveFile, _ node: Int, keyName: String, rid: UInt32, alias: String?
  ) throws(InputError) -> AccountRecord {
    let keyPath = (usersPath + [keyName]).joined(separator: "\\")
    func fail(_ message: String) -> InputError {
      SAMReadError.at(hive.file, "\(keyPath): \(message)")
    }
    guard let f = hive.value(node, "F")?.bytes else { throw fail("missing value F (REG_BINARY)") }
    guard let fixed = UserFixedRecord(f) else {
      throw fail(
        "F is \(f.count) bytes, expected at least \(UserFixedRecord.minimumLength) "
          + "(0x50 on Windows)")
    }
    guard let v = hive.value(node, "V")?.bytes else { throw fail("missing value V (REG_BINARY)") }
    let variable: UserVariableRecord
    switch UserVariableRecord.parse(v) {
    case .success(let parsed): variable = parsed
    case .failure(let problem): throw fail(problem.text)
    }
    let dacl: (entries: [StoredACE], nullDACL: Bool)
    do throws(BinaryDescriptorError) {
      dacl = try StoredACE.dacl(
        v: v, start: variable.descriptorStart, length: variable.descriptorLength)
    } catch {
      throw fail(
        "security descriptor at V+\(Hex.plain(variable.descriptorStart)): \(error.structure.rawValue) "
          + "at SD+\(Hex.plain(error.offset)): \(error.message)")
    }
    let account = SAMAccount(
      rid: rid, name: variable.userName.isEmpty ? (alias ?? "") : variable.userName,
      fullName: variable.fullName, comment: variable.comment, fixed: fixed, variable: variable,
      passwordChange: PasswordChangeRight(dacl: dacl.entries, nullDACL: dacl.nullDACL, rid: rid),
      keyPath: keyPath)
    return AccountRecord(account: account, node: node, f: f, v: v)
  }
}
