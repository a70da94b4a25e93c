import WindowsSecurity

/// The permission letters of dsacls's `<perms>` field (`dsacls /?` on Windows 10.0.17763;
/// Windows Server 2003 "Dsacls Syntax"). Two differ from SDDL: dsacls `CA` is SDDL `CR`
/// (control access, 0x100) and dsacls `WS` is SDDL `SW` (validated write, 0x8); dsacls `GE`
/// is SDDL `GX`.
enum DsaclsRights {
  /// Letter pair → mask, in the order dsacls lists them.
  static let table: [(letters: String, mask: AccessMask)] = [
    ("GR", .genericRead), ("GE", .genericExecute), ("GW", .genericWrite), ("GA", .genericAll),
    ("SD", .delete), ("DT", .deleteTree), ("RC", .readControl), ("WD", .writeDACL),
    ("WO", .writeOwner), ("LC", .listChildren), ("CC", .createChild), ("DC", .deleteChild),
    ("WS", .validatedWrite), ("RP", .readProperty), ("WP", .writeProperty),
    ("CA", .controlAccess), ("LO", .listObject),
  ]

  static func mask(_ letters: Substring) -> AccessMask? {
    table.first { $0.letters == letters.uppercased() }?.mask
  }

  /// The letters for `mask`, in table order; bits no letter names are dropped (dsacls has
  /// no hex form).
  static func letters(_ mask: AccessMask) -> String {
    table.filter { mask.contains($0.mask) }.map(\.letters).joined()
  }
}
