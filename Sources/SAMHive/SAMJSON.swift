import Findings

extension SAMAnalysis {
  /// `analyze sam FILE --format json`: `{file, accounts: [...], findings: [...]}`; each account
  /// starts with the contract keys rid, name, enabled, locked, password_never_expires,
  /// must_change_password, can_change_password.
  public var json: JSONValue {
    .object([
      ("file", .string(file.shown)),
      ("accounts", .array(accounts.map(\.json))),
      ("findings", .array(findings.map(\.json))),
    ])
  }
}

extension SAMAccount {
  /// The account with its states first, then the raw fields they come from.
  public var json: JSONValue {
    let change = passwordChange
    return .object([
      ("rid", .int(Int(rid))),
      ("name", .string(name)),
      ("enabled", .bool(enabled)),
      ("locked", .bool(locked)),
      ("password_never_expires", .bool(passwordNeverExpires)),
      ("must_change_password", .bool(mustChangePassword)),
      ("can_change_password", .bool(canChangePassword)),
      ("password_not_required", .bool(passwordNotRequired)),
      ("password_blank", .bool(passwordBlank)),
      ("full_name", .string(fullName)),
      ("comment", .string(comment)),
      ("acb", .string(Hex.word(flags.rawValue))),
      ("acb_flags", .array(flags.names.map(JSONValue.string))),
      ("password_last_set", Self.time(fixed.passwordLastSet)),
      ("last_logon", Self.time(fixed.lastLogon)),
      ("account_expires", fixed.accountExpires.isZero ? "never" : Self.time(fixed.accountExpires)),
      ("bad_password_count", .int(Int(fixed.badPasswordCount))),
      ("logon_count", .int(Int(fixed.logonCount))),
      ("world_mask", change.worldMask.map { .string(Hex.plain($0)) } ?? .null),
      ("self_mask", change.selfMask.map { .string(Hex.plain($0)) } ?? .null),
      ("key", .string(keyPath)),
    ])
  }

  /// ISO-8601 UTC, `"never"` for the maximum, null for zero (for pwdLastSet: must change).
  /// accountExpires uses 0 for "never" as well (reference §3.1), so the caller maps it.
  private static func time(_ time: FileTime) -> JSONValue {
    if time.isNever { return .string("never") }
    return time.iso8601.map(JSONValue.string) ?? .null
  }
}

extension SAMChange {
  /// `{value, offset, field, before, after, meaning_before, meaning_after, reason, bytes}`;
  /// offsets as `0x` hex strings, bytes as two-digit hex.
  public var json: JSONValue {
    .object([
      ("value", .string(value)),
      ("offset", .string(Hex.plain(offset))),
      ("field", .string(field)),
      ("before", .string(Hex.bytes(before))),
      ("after", .string(Hex.bytes(after))),
      ("meaning_before", .string(meaningBefore)),
      ("meaning_after", .string(meaningAfter)),
      ("reason", .string(reason)),
      (
        "bytes",
        .array(
          bytes.map { (byte: ByteChange) -> JSONValue in
            let file: JSONValue = dataStart.map { .string(Hex.plain($0 + byte.offset)) } ?? .null
            return .object([
              ("offset", .string(Hex.plain(byte.offset))),
              ("before", .string(Hex.bytes([byte.before]))),
              ("after", .string(Hex.bytes([byte.after]))),
              ("file_offset", file),
            ])
          })
      ),
    ])
  }
}

extension SAMRepairReport {
  /// `{source, copy, size, sha256, account, rid, verified, storage, differing_bytes, changes,
  /// notes, warnings, problems, before, after}`.
  public var json: JSONValue {
    .object([
      ("source", .string(source.shown)),
      ("copy", .string(copy.file.shown)),
      ("size", .int(copy.size)),
      ("sha256", .string(copy.sha256)),
      ("account", .string(before.name)),
      ("rid", .int(Int(before.rid))),
      ("verified", .bool(verified)),
      ("storage", .string(storage.rawValue)),
      ("differing_bytes", .int(differingBytes)),
      ("changes", .array(changes.map(\.json))),
      ("notes", .array(notes.map(JSONValue.string))),
      ("warnings", .array(warnings.map(JSONValue.string))),
      ("problems", .array(problems.map(JSONValue.string))),
      ("before", before.json),
      ("after", after.json),
    ])
  }
}
