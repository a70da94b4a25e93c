extension StatusCodeTable {
  /// NTSTATUS values seen in NetSetup.log.
  static let ntstatus: [StatusCode] = [
    row(0xc000_0034, "STATUS_OBJECT_NAME_NOT_FOUND", kind: .ntstatus, slug: "OBJECT-NAME-NOT-FOUND",
        meaning: "The object name was not found.",
        benign: "when NetpLsaOpenSecret finds no machine secret yet",
        markers: ["NetpLsaOpenSecret"], sources: [Sources.guidance, Sources.ntstatus]),
    row(0xc002_001c, "RPC_NT_CALL_FAILED_DNE", kind: .ntstatus, slug: "RPC-CALL-FAILED-DNE",
        meaning: "The RPC call failed and did not execute (Win32 0x6bf).",
        fix: "Check routers, firewalls and VPNs on the path; disable TCP offload features.",
        sources: [Sources.guidance, Sources.ntstatus]),
  ]

  /// LDAP result codes (RFC 4511) and the client-side server-down code.
  static let ldap: [StatusCode] = [
    row(0x20, "noSuchObject", kind: .ldap, slug: "LDAP-NO-SUCH-OBJECT",
        meaning: "LDAP: the target object (often the OU) does not exist.",
        fix: "Check the OU DN.", sources: [Sources.rfc4511]),
    row(0x31, "invalidCredentials", kind: .ldap, slug: "LDAP-INVALID-CREDENTIALS",
        meaning: "LDAP: the bind credentials were rejected.", fix: "Check the join account.",
        sources: [Sources.rfc4511]),
    row(0x32, "insufficientAccessRights", kind: .ldap, slug: "LDAP-INSUFFICIENT-ACCESS",
        meaning: "LDAP: the join account may not create or modify the computer object.",
        fix: "Delegate \"Create computer objects\" on the OU or pre-stage the account.",
        sources: [Sources.rfc4511]),
    row(0x35, "unwillingToPerform", kind: .ldap, slug: "LDAP-UNWILLING",
        meaning: "LDAP: the DC is unwilling to perform the add (the Win32 code after it says why, "
          + "e.g. 0x216d machine account quota).", sources: [Sources.rfc4511, Sources.guidance]),
    row(0x44, "entryAlreadyExists", kind: .ldap, slug: "LDAP-ALREADY-EXISTS",
        meaning: "LDAP: an object with that name already exists.",
        fix: "Reuse or delete the existing computer account.", sources: [Sources.rfc4511]),
    row(0x51, "LDAP_SERVER_DOWN", kind: .ldap, slug: "LDAP-SERVER-DOWN",
        meaning: "LDAP client: the DC cannot be contacted over LDAP (81: Server Down).",
        fix: "Open TCP/UDP 389 to the DC.", sources: [Sources.guidance]),
  ]
}
