import XCTest

@testable import EnvironmentModel

/// DNs and account names compare the way AD compares them.
final class DirectoryNameTests: XCTestCase {
  private var domain: Domain {
    var domain = Domain(dnsName: "corp.contoso.com")
    domain.netbiosName = "CORP"
    var bob = DirectoryObject(dn: "CN=Bob User,OU=Staff,DC=corp,DC=contoso,DC=com", objectClasses: ["user"])
    bob.attributes = [DirectoryAttribute(name: "sAMAccountName", values: ["bob.user"])]
    var eve = DirectoryObject(dn: "CN=Eve,OU=Staff,DC=corp,DC=contoso,DC=com", objectClasses: ["user"])
    eve.attributes = [
      DirectoryAttribute(name: "sAMAccountName", values: ["eve"]),
      DirectoryAttribute(name: "userPrincipalName", values: ["eve.smith@contoso.com"]),
    ]
    domain.objects = [bob, eve]
    return domain
  }

  func testBlanksAroundSeparatorsAndCaseDoNotMatter() {
    XCTAssertNotNil(domain.object(dn: "cn=Bob User, ou=Staff, DC=corp , DC=contoso,DC = com"))
    XCTAssertNil(domain.object(dn: "CN=BobUser,OU=Staff,DC=corp,DC=contoso,DC=com"))
    XCTAssertEqual(Domain.comparable(dn: "CN=a\\, b , DC=x"), "cn=a\\, b,dc=x")
  }

  func testAccountsAsWindowsWritesThem() {
    XCTAssertEqual(domain.account(named: "BOB.USER")?.attribute("sAMAccountName"), "bob.user")
    XCTAssertEqual(domain.account(named: "corp\\bob.user")?.attribute("sAMAccountName"), "bob.user")
    XCTAssertEqual(domain.account(named: "bob.user@CORP.contoso.com")?.attribute("sAMAccountName"), "bob.user")
    XCTAssertEqual(domain.account(named: "eve.smith@contoso.com")?.attribute("sAMAccountName"), "eve")
    XCTAssertNil(domain.account(named: "OTHER\\bob.user"))
  }
}
