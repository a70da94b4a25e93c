// Fixtures written from ../shared/reference/data/permissions/access-check-scenarios.json
// (derived from [MS-ADTS] 5.1.3.3 / 6.1.3 and Samba; synthetic SIDs; [verify] on a lab DC).

struct AccessScenario {
  var id: String
  /// An explicit ACE on the domain root (the chain root -> OU -> target is computed).
  var rootACE: String?
  /// The target's DACL, used as it stands.
  var targetDACL: String?
  var targetClass: String
  var protectedTarget: Bool
  var rights: String
  /// An attribute, or a control access right's cn.
  var name: String
  var token: [String]
  var granted: Bool
  /// The deciding ACE index in the target DACL, when the scenario names one.
  var decidingIndex: Int?
}

enum AccessScenarios {
  static let connector = "S-1-5-21-1-2-3-1105"
  static let all: [AccessScenario] = [
    AccessScenario(
      id: "inherit-user-match",
      rootACE: "(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)", targetDACL: nil,
      targetClass: "user", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105"], granted: true, decidingIndex: nil),
    AccessScenario(
      id: "inherit-inetorgperson-nomatch",
      rootACE: "(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)", targetDACL: nil,
      targetClass: "inetOrgPerson", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105"], granted: false, decidingIndex: nil),
    AccessScenario(
      id: "inherit-computer-nomatch",
      rootACE: "(OA;CIIO;CR;00299570-246d-11d0-a768-00aa006e0529;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)", targetDACL: nil,
      targetClass: "computer", protectedTarget: false, rights: "CR", name: "User-Force-Change-Password",
      token: ["S-1-5-21-1-2-3-1105"], granted: false, decidingIndex: nil),
    AccessScenario(
      id: "protected-admin",
      rootACE: "(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)", targetDACL: nil,
      targetClass: "user", protectedTarget: true, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105"], granted: false, decidingIndex: nil),
    AccessScenario(
      id: "property-set-covers-member#0",
      rootACE: nil, targetDACL: "D:(OA;;WP;4c164200-20c0-11d0-a768-00aa006e0529;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105"], granted: true, decidingIndex: nil),
    AccessScenario(
      id: "property-set-covers-member#1",
      rootACE: nil, targetDACL: "D:(OA;;WP;4c164200-20c0-11d0-a768-00aa006e0529;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "lockoutTime",
      token: ["S-1-5-21-1-2-3-1105"], granted: false, decidingIndex: nil),
    AccessScenario(
      id: "public-information-covers-proxyAddresses",
      rootACE: nil, targetDACL: "D:(OA;;WP;e48d0154-bcf8-11d1-8702-00c04fb96050;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "proxyAddresses",
      token: ["S-1-5-21-1-2-3-1105"], granted: true, decidingIndex: nil),
    AccessScenario(
      id: "explicit-deny-beats-inherited-allow",
      rootACE: nil, targetDACL: "D:(OD;;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;;S-1-5-21-1-2-3-1200)(OA;CIID;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105", "S-1-5-21-1-2-3-1200"], granted: false, decidingIndex: 0),
    AccessScenario(
      id: "explicit-allow-beats-inherited-deny",
      rootACE: nil, targetDACL: "D:(OA;;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;;S-1-5-21-1-2-3-1105)(OD;ID;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;;S-1-5-21-1-2-3-1200)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105", "S-1-5-21-1-2-3-1200"], granted: true, decidingIndex: 0),
    AccessScenario(
      id: "deny-other-attribute-irrelevant#0",
      rootACE: nil, targetDACL: "D:(OD;;WP;28630ebf-41d5-11d1-a9c1-0000f80367c1;;S-1-5-21-1-2-3-1105)(A;;WP;;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105"], granted: true, decidingIndex: 1),
    AccessScenario(
      id: "deny-other-attribute-irrelevant#1",
      rootACE: nil, targetDACL: "D:(OD;;WP;28630ebf-41d5-11d1-a9c1-0000f80367c1;;S-1-5-21-1-2-3-1105)(A;;WP;;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "lockoutTime",
      token: ["S-1-5-21-1-2-3-1105"], granted: false, decidingIndex: 0),
    AccessScenario(
      id: "deny-property-set-blocks-member",
      rootACE: nil, targetDACL: "D:(OD;;WP;4c164200-20c0-11d0-a768-00aa006e0529;;S-1-5-21-1-2-3-1105)(A;;WP;;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105"], granted: false, decidingIndex: 0),
    AccessScenario(
      id: "io-ace-ignored",
      rootACE: nil, targetDACL: "D:(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105"], granted: false, decidingIndex: nil),
    AccessScenario(
      id: "generic-all-covers-cr",
      rootACE: nil, targetDACL: "D:(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "CR", name: "User-Force-Change-Password",
      token: ["S-1-5-21-1-2-3-1105"], granted: true, decidingIndex: nil),
    AccessScenario(
      id: "cr-object-other-right",
      rootACE: nil, targetDACL: "D:(OA;;CR;ab721a53-1e2f-11d0-9819-00aa0040529b;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "CR", name: "User-Force-Change-Password",
      token: ["S-1-5-21-1-2-3-1105"], granted: false, decidingIndex: nil),
    AccessScenario(
      id: "class-guid-objecttype",
      rootACE: nil, targetDACL: "D:(OA;;WP;bf967aba-0de6-11d0-a285-00aa003049e2;;S-1-5-21-1-2-3-1105)",
      targetClass: "user", protectedTarget: false, rights: "WP", name: "pwdLastSet",
      token: ["S-1-5-21-1-2-3-1105"], granted: true, decidingIndex: nil),
  ]
}
