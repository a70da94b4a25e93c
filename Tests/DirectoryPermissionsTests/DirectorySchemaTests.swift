import EnvironmentFiles
import EnvironmentModel
import Findings
import XCTest

@testable import DirectoryPermissions

final class DirectorySchemaTests: XCTestCase {
  let schema = DirectorySchema.base

  func testResolvesNamesBothWays() throws {
    XCTAssertEqual(
      schema.attribute(named: "pwdlastset")?.schemaIDGUID, "bf967a0a-0de6-11d0-a285-00aa003049e2")
    XCTAssertEqual(
      schema.attribute(named: "Pwd-Last-Set")?.propertySet,
      "4c164200-20c0-11d0-a768-00aa006e0529")
    XCTAssertNil(schema.attribute(named: "lockoutTime")?.propertySet)
    XCTAssertEqual(
      schema.objectClass(named: "inetOrgPerson")?.schemaIDGUID,
      "4828cc14-1437-45bc-9b07-ad6f015e5f28")
    XCTAssertEqual(
      schema.right(named: "Reset Password")?.rightsGuid, "00299570-246d-11d0-a768-00aa006e0529")
    XCTAssertEqual(
      schema.right(named: "replicating directory changes all")?.rightsGuid,
      "1131f6ad-9c07-11d1-f79f-00c04fc2dcd2")
    XCTAssertEqual(schema.entry(guid: "BF967ABA-0DE6-11D0-A285-00AA003049E2")?.name, "user")
    XCTAssertEqual(schema.entry(guid: "e48d0154-bcf8-11d1-8702-00c04fb96050")?.kindName, "property set")
    // dsacls's `device` is the RFC 1274 class, not msDS-Device.
    XCTAssertEqual(
      schema.objectClass(named: "device")?.schemaIDGUID, "bf967a8e-0de6-11d0-a285-00aa003049e2")
    XCTAssertEqual(schema.objectClass(named: "publicFolder")?.origin, .exchangeReference)
  }

  func testPropertySetMembership() {
    let restrictions = Set(
      schema.members(ofPropertySet: "4c164200-20c0-11d0-a768-00aa006e0529").map(\.name))
    XCTAssertTrue(restrictions.isSuperset(of: ["pwdLastSet", "userAccountControl", "accountExpires"]))
    XCTAssertFalse(restrictions.contains("lockoutTime"))
    let personal = schema.members(ofPropertySet: "77b5b886-944a-11d1-aebd-0000f80367c1").map(\.name)
    XCTAssertTrue(personal.contains("publicDelegates"))
    XCTAssertTrue(personal.contains("msDS-ExternalDirectoryObjectId"))
  }

  func testClassHierarchy() {
    XCTAssertEqual(
      schema.lineage(of: "inetOrgPerson").map(\.name),
      ["inetOrgPerson", "user", "organizationalPerson", "person", "top"])
    XCTAssertEqual(
      schema.mostSpecificStructuralClass(of: ["top", "person", "organizationalPerson", "user", "inetOrgPerson"])?
        .name, "inetOrgPerson")
    // Order in the export does not matter; the hierarchy decides.
    XCTAssertEqual(
      schema.mostSpecificStructuralClass(of: ["computer", "top", "user", "person"])?.name,
      "computer")
    XCTAssertEqual(
      schema.objectClass(named: "organizationalUnit")?.defaultSecurityDescriptor?.hasPrefix("D:"),
      true)
  }

  func testUnknownNamesSuggestNearest() {
    XCTAssertThrowsError(try schema.resolve("msExchDelegateLinkList", as: .attribute)) { error in
      let e = error as! SchemaLookupError
      XCTAssertEqual(e.reason, .unknown)
      XCTAssertEqual(e.suggestions.first, "msExchDelegateListLink")
    }
    XCTAssertThrowsError(try schema.resolve("msDS-ExternalDirectoryObject", as: .attribute)) {
      XCTAssertEqual(($0 as! SchemaLookupError).suggestions.first, "msDS-ExternalDirectoryObjectId")
    }
    XCTAssertThrowsError(try schema.resolve("proxyAdresses", as: .objectOrProperty)) {
      let e = $0 as! SchemaLookupError
      XCTAssertEqual(e.suggestions.first, "proxyAddresses")
      XCTAssertTrue(e.description.contains("No GUID Found for proxyAdresses"), e.description)
    }
    XCTAssertThrowsError(try schema.resolve("Reset Pasword", as: .right)) {
      XCTAssertEqual(($0 as! SchemaLookupError).suggestions.first, "Reset Password")
    }
    XCTAssertEqual(schema.suggestions(for: "zzzzzzzzzzzz", kind: .attribute), [])
  }

  func testResolveFromSchemaIsNeverInvented() throws {
    let row = try XCTUnwrap(schema.attribute(named: "msExchArchiveStatus"))
    XCTAssertNil(row.schemaIDGUID)
    XCTAssertEqual(row.propertySet, "1f298a89-de98-47b8-b5cd-572ad53d267e")
    XCTAssertThrowsError(try schema.resolve("msExchArchiveStatus", as: .attribute)) {
      XCTAssertEqual(($0 as! SchemaLookupError).reason, .guidNotInBaseSchema)
    }
  }

  /// A schema export as ldifde writes it: binary GUIDs, mixed-endian.
  static let exportLDIF = """
    dn: CN=ms-Exch-Archive-Status,CN=Schema,CN=Configuration,DC=corp,DC=contoso,DC=com
    objectClass: top
    objectClass: attributeSchema
    cn: ms-Exch-Archive-Status
    lDAPDisplayName: msExchArchiveStatus
    schemaIDGUID:: EjRWeJq8zt4SNFZ4mrze8A==
    attributeSecurityGUID:: iYopH5jeuEe1zVcq1T0mfg==

    dn: CN=contoso-Badge,CN=Schema,CN=Configuration,DC=corp,DC=contoso,DC=com
    objectClass: top
    objectClass: classSchema
    cn: contoso-Badge
    lDAPDisplayName: contosoBadge
    schemaIDGUID:: AAAAAAAAAAAAAAAAAAAAAQ==
    subClassOf: user
    objectClassCategory: 1

    """

  func testSchemaExportExtendsTheBase() throws {
    let domain = try LDIFImporter.read(bytes: Array(Self.exportLDIF.utf8), file: "schema.ldf")
    let (extended, added) = try schema.extended(with: domain.objects, base64: { Base64.decode($0.utf8, padded: true) })
    XCTAssertEqual(added, 2)
    let status = try extended.resolve("msExchArchiveStatus", as: .attribute)
    XCTAssertEqual(status.guid, "78563412-bc9a-dece-1234-56789abcdef0")
    XCTAssertEqual(
      extended.attribute(named: "msExchArchiveStatus")?.propertySet,
      "1f298a89-de98-47b8-b5cd-572ad53d267e")
    XCTAssertEqual(extended.lineage(of: "contosoBadge").map(\.name).prefix(2), ["contosoBadge", "user"])
    // The base is a value: unchanged.
    XCTAssertNil(schema.attribute(named: "msExchArchiveStatus")?.schemaIDGUID)
  }

  func testBadGUIDInExportIsLocated() throws {
    let text = Self.exportLDIF.replacingOccurrences(
      of: "EjRWeJq8zt4SNFZ4mrze8A==", with: "AAAA")
    let domain = try LDIFImporter.read(bytes: Array(text.utf8), file: "schema.ldf")
    XCTAssertThrowsError(try schema.extended(with: domain.objects, base64: { Base64.decode($0.utf8, padded: true) })) {
      let e = $0 as! InputError
      XCTAssertEqual(e.location.line, 1)
      XCTAssertTrue(e.message.contains("not 16 bytes"), e.message)
    }
  }
}
