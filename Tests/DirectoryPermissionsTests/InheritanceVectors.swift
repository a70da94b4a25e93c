// Fixtures written from ../shared/reference/data/permissions/inheritance-test-vectors.json
// (Samba source4/dsdb/tests/python/sec_descriptor.py @4614f04b, written to pass on Windows).
// Parent: a protected OU; child: a group. DA/DU relative to the test domain.

struct InheritanceVector {
  var test: String
  var parentACE: String
  var mustContain: [String]
  var mustNotContain: [String]
}

enum InheritanceVectors {
  static let singleLevel: [InheritanceVector] = [
    InheritanceVector(
      test: "test_203", parentACE: "(D;CI;WP;;;DU)",
      mustContain: ["(D;CIID;WP;;;DU)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_204", parentACE: "(D;OI;WP;;;DU)",
      mustContain: ["(D;OIIOID;WP;;;DU)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_205", parentACE: "(OA;CI;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)",
      mustContain: ["(OA;CIID;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_206", parentACE: "(OA;OI;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)",
      mustContain: ["(OA;OIIOID;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_207", parentACE: "(OA;CI;WP;bf967a39-0de6-11d0-a285-00aa003049e2;;DU)",
      mustContain: ["(OA;CIID;WP;bf967a39-0de6-11d0-a285-00aa003049e2;;DU)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_208", parentACE: "(OA;OI;WP;bf967a39-0de6-11d0-a285-00aa003049e2;;DU)",
      mustContain: ["(OA;OIIOID;WP;bf967a39-0de6-11d0-a285-00aa003049e2;;DU)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_209 (CREATOR OWNER; group created by AU-owner)", parentACE: "(D;CI;WP;;;CO)",
      mustContain: ["(D;ID;WP;;;AU)", "(D;CIIOID;WP;;;CO)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_ci_and_io_on_attribute", parentACE: "(OA;CIOI;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)",
      mustContain: ["(OA;OICIID;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_ci_and_np_on_attribute", parentACE: "(OA;CINP;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)",
      mustContain: ["(OA;ID;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_oi_and_np_on_attribute", parentACE: "(OA;OINP;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;;DU)",
      mustContain: [],
      mustNotContain: ["bf967a0e-0de6-11d0-a285-00aa003049e2"]),
    InheritanceVector(
      test: "test_ci_ga_no_attr_objectclass_same", parentACE: "(OA;CI;GA;;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)",
      mustContain: ["(A;ID;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DA)", "(OA;CIIOID;GA;;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_ci_ga_no_attr_objectclass_different", parentACE: "(OA;CI;GA;;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)",
      mustContain: ["(OA;CIIOID;GA;;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)"],
      mustNotContain: ["(A;ID;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DA)"]),
    InheritanceVector(
      test: "test_ci_ga_name_attr_objectclass_same", parentACE: "(OA;CI;GA;bf967a0e-0de6-11d0-a285-00aa003049e2;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)",
      mustContain: ["(OA;ID;CCDCLCSWRPWPDTLOCRSDRCWDWO;bf967a0e-0de6-11d0-a285-00aa003049e2;;DA)", "(OA;CIIOID;GA;bf967a0e-0de6-11d0-a285-00aa003049e2;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)"],
      mustNotContain: []),
    InheritanceVector(
      test: "test_ci_ga_name_attr_objectclass_different", parentACE: "(OA;CI;GA;bf967a0e-0de6-11d0-a285-00aa003049e2;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)",
      mustContain: ["(OA;CIIOID;GA;bf967a0e-0de6-11d0-a285-00aa003049e2;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)"],
      mustNotContain: ["(OA;ID;CCDCLCSWRPWPDTLOCRSDRCWDWO;bf967a0e-0de6-11d0-a285-00aa003049e2;;DA)"]),
    InheritanceVector(
      test: "test_ci_lc_no_attr_objectclass_same", parentACE: "(OA;CI;LC;;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)",
      mustContain: ["(OA;CIID;LC;;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)"],
      mustNotContain: ["(A;ID;LC;;;DA)"]),
    InheritanceVector(
      test: "test_ci_lc_no_attr_objectclass_different", parentACE: "(OA;CI;LC;;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)",
      mustContain: ["(OA;CIIOID;LC;;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)"],
      mustNotContain: ["(A;ID;LC;;;DA)"]),
    InheritanceVector(
      test: "test_ci_lc_name_attr_objectclass_same", parentACE: "(OA;CI;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)",
      mustContain: ["(OA;CIID;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)"],
      mustNotContain: ["(OA;ID;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;;DA)"]),
    InheritanceVector(
      test: "test_ci_lc_name_attr_objectclass_different", parentACE: "(OA;CI;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)",
      mustContain: ["(OA;CIIOID;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)"],
      mustNotContain: ["(OA;ID;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;;DA)"]),
    InheritanceVector(
      test: "test_ci_np_ga_no_attr_objectclass_same", parentACE: "(OA;CINP;GA;;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)",
      mustContain: ["(A;ID;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DA)"],
      mustNotContain: ["bf967a9c-0de6-11d0-a285-00aa003049e2"]),
    InheritanceVector(
      test: "test_ci_np_ga_no_attr_objectclass_different", parentACE: "(OA;CINP;GA;;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)",
      mustContain: [],
      mustNotContain: ["aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "(A;ID;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DA)"]),
    InheritanceVector(
      test: "test_ci_np_ga_name_attr_objectclass_same", parentACE: "(OA;CINP;GA;bf967a0e-0de6-11d0-a285-00aa003049e2;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)",
      mustContain: ["(OA;ID;CCDCLCSWRPWPDTLOCRSDRCWDWO;bf967a0e-0de6-11d0-a285-00aa003049e2;;DA)"],
      mustNotContain: ["bf967a9c-0de6-11d0-a285-00aa003049e2"]),
    InheritanceVector(
      test: "test_ci_np_ga_name_attr_objectclass_different", parentACE: "(OA;CINP;GA;bf967a0e-0de6-11d0-a285-00aa003049e2;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)",
      mustContain: [],
      mustNotContain: ["bf967a0e-0de6-11d0-a285-00aa003049e2", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"]),
    InheritanceVector(
      test: "test_ci_np_lc_no_attr_objectclass_same", parentACE: "(OA;CINP;LC;;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)",
      mustContain: ["(A;ID;LC;;;DA)"],
      mustNotContain: ["bf967a9c-0de6-11d0-a285-00aa003049e2"]),
    InheritanceVector(
      test: "test_ci_np_lc_no_attr_objectclass_different", parentACE: "(OA;CINP;LC;;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)",
      mustContain: [],
      mustNotContain: ["aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "(A;ID;LC;;;DA)"]),
    InheritanceVector(
      test: "test_ci_np_lc_name_attr_objectclass_same", parentACE: "(OA;CINP;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;bf967a9c-0de6-11d0-a285-00aa003049e2;DA)",
      mustContain: ["(OA;ID;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;;DA)"],
      mustNotContain: ["bf967a9c-0de6-11d0-a285-00aa003049e2"]),
    InheritanceVector(
      test: "test_ci_np_lc_name_attr_objectclass_different", parentACE: "(OA;CINP;LC;bf967a0e-0de6-11d0-a285-00aa003049e2;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;DA)",
      mustContain: [],
      mustNotContain: ["bf967a0e-0de6-11d0-a285-00aa003049e2", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"]),
  ]
}
