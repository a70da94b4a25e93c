import EnvironmentModel
import Findings
import XCTest

@testable import EnvironmentFiles

final class ImporterTests: XCTestCase {
  private func load(_ text: String, _ file: String) throws -> LoadResult {
    try EnvironmentLoader.load(bytes: Array(text.utf8), file: FileReference(path: file), name: "t")
  }

  func testNetworkConfigurationXML() throws {
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <NetworkConfiguration xmlns="http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration">
        <VirtualNetworkConfiguration>
          <Dns><DnsServers><DnsServer name="dc" IPAddress="10.0.0.4" /></DnsServers></Dns>
          <LocalNetworkSites>
            <LocalNetworkSite name="hq">
              <AddressSpace><AddressPrefix>192.168.0.0/16</AddressPrefix></AddressSpace>
              <VPNGatewayAddress>198.51.100.7</VPNGatewayAddress>
            </LocalNetworkSite>
          </LocalNetworkSites>
          <VirtualNetworkSites>
            <VirtualNetworkSite name="v1" AffinityGroup="ag">
              <AddressSpace><AddressPrefix>10.0.0.0/16</AddressPrefix></AddressSpace>
              <Subnets>
                <Subnet name="GatewaySubnet"><AddressPrefix>10.0.255.0/29</AddressPrefix></Subnet>
              </Subnets>
              <DnsServersRef><DnsServerRef name="dc" /></DnsServersRef>
              <Gateway>
                <VPNClientAddressPool><AddressPrefix>172.16.0.0/24</AddressPrefix></VPNClientAddressPool>
                <ConnectionsToLocalNetwork><LocalNetworkSiteRef name="hq" /></ConnectionsToLocalNetwork>
              </Gateway>
            </VirtualNetworkSite>
          </VirtualNetworkSites>
        </VirtualNetworkConfiguration>
      </NetworkConfiguration>
      """
    let result = try load(xml, "n.netcfg")
    XCTAssertEqual(result.kind, .networkConfiguration)
    let v = try XCTUnwrap(result.environment.azure.vnets.first)
    XCTAssertEqual(v.name, "v1")
    XCTAssertEqual(v.location, "ag")
    XCTAssertEqual(v.gatewaySubnet?.prefix.text, "10.0.255.0/29")
    XCTAssertEqual(v.gateway?.clientAddressPool.map(\.text), ["172.16.0.0/24"])
    XCTAssertEqual(v.dnsServers.map(\.text), ["dc"])
    XCTAssertEqual(result.environment.azure.localSites.first?.gatewayAddress?.text, "198.51.100.7")
    XCTAssertEqual(result.environment.azure.localSites.first?.prefixes.first?.origin.line, 7)
    XCTAssertEqual(result.environment.azure.connections.first?.localSite, "hq")
  }

  func testMalformedXMLIsLocated() {
    let xml = "<NetworkConfiguration>\n  <VirtualNetworkConfiguration>\n  </Oops>\n</NetworkConfiguration>\n"
    XCTAssertThrowsError(try load(xml, "bad.xml")) { error in
      XCTAssertEqual((error as? InputError)?.location.line, 3)
      XCTAssertEqual((error as? InputError)?.location.file?.shown, "bad.xml")
    }
  }

  func testAMismatchedClosingTagIsAnErrorNotAHalfReadNetwork() {
    let xml = "<NetworkConfiguration>\n  <VirtualNetworkConfiguration>\n    <VirtualNetworkSites>\n"
      + "      <VirtualNetworkSite name=\"v\">\n    </VirtualNetworkSites>\n"
      + "  </VirtualNetworkConfiguration>\n</NetworkConfiguration>\n"
    XCTAssertThrowsError(try load(xml, "cut.xml")) { error in
      XCTAssertEqual((error as? InputError)?.location.line, 5)
    }
  }

  func testIPConfigWithWindowsLineEndings() throws {
    let text = "\r\nWindows IP Configuration\r\n\r\n   Host Name . . . . . . . . . . . . : WS1\r\n"
      + "\r\nEthernet adapter Ethernet:\r\n\r\n   DHCP Enabled. . . . . . . . . . . : Yes\r\n"
      + "   IPv4 Address. . . . . . . . . . . : 10.0.0.7(Preferred)\r\n"
    let host = try XCTUnwrap(try load(text, "ipconfig.txt").environment.hosts.first)
    XCTAssertEqual(host.name, "WS1")
    XCTAssertEqual(host.interfaces.first?.addresses.first?.address.text, "10.0.0.7")
    XCTAssertEqual(host.interfaces.first?.origin.line, 6)
  }

  func testARMTemplateResolvesLiteralsAndWarnsPerProperty() throws {
    let json = """
      {
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "parameters": {
          "vnetName": {"type": "string", "defaultValue": "hub"},
          "prefix": {"type": "string"}
        },
        "variables": {"gwSubnet": "[concat(parameters('vnetName'), '-gw')]"},
        "resources": [
          {
            "type": "Microsoft.Network/virtualNetworks",
            "name": "[parameters('vnetName')]",
            "location": "[resourceGroup().location]",
            "properties": {
              "addressSpace": {"addressPrefixes": ["10.9.0.0/16", "[parameters('prefix')]"]},
              "subnets": [{"name": "GatewaySubnet", "properties": {"addressPrefix": "10.9.255.0/27"}}]
            }
          },
          {
            "type": "Microsoft.Network/virtualNetworkGateways",
            "name": "[variables('gwSubnet')]",
            "properties": {
              "gatewayType": "Vpn", "vpnType": "RouteBased",
              "ipConfigurations": [{"name": "c", "properties": {"subnet": {"id":
                "[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('vnetName'), 'GatewaySubnet')]"}}}],
              "vpnClientConfiguration": {"vpnClientAddressPool": {"addressPrefixes": ["172.20.0.0/24"]}},
              "bgpSettings": {"asn": 65515, "bgpPeeringAddress": "10.9.255.30"}
            }
          }
        ]
      }
      """
    let result = try load(json, "t.json")
    XCTAssertEqual(result.kind, .armTemplate)
    let v = try XCTUnwrap(result.environment.azure.vnets.first)
    XCTAssertEqual(v.name, "hub")
    XCTAssertNil(v.location)
    XCTAssertEqual(v.addressSpace.map(\.text), ["10.9.0.0/16"])
    XCTAssertEqual(v.gateway?.name, "hub-gw")
    XCTAssertEqual(v.gateway?.bgp?.asn, 65515)
    XCTAssertEqual(v.gateway?.clientAddressPool.map(\.text), ["172.20.0.0/24"])
    XCTAssertEqual(result.warnings.compactMap(\.location.line).sorted(), [12, 14])
  }

  func testAzCLIVnetListIsFlattened() throws {
    let json = """
      [{"name": "v", "type": "Microsoft.Network/virtualNetworks", "location": "westeurope",
        "addressSpace": {"addressPrefixes": ["10.5.0.0/16"]},
        "subnets": [{"name": "a", "addressPrefix": "10.5.1.0/24"}]}]
      """
    let result = try load(json, "az.json")
    XCTAssertEqual(result.kind, .azureResources)
    XCTAssertEqual(result.environment.azure.vnets.first?.subnets.first?.prefix.text, "10.5.1.0/24")
  }

  func testLDIFContentRecords() throws {
    // A SID S-1-5-21-1-2-3-500 in binary: revision 1, 5 sub-authorities, authority 5.
    let sid: [UInt8] = [1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0,
      0xF4, 1, 0, 0]
    let sd: [UInt8] = [1, 0, 4, 0x8C] + [UInt8](repeating: 0, count: 16)
    let sdText = Base64.encode(sd)
    let ldif = """
      version: 1
      # exported by ldifde

      dn: DC=lab,DC=example
      objectClass: top
      objectClass: domain
      objectClass: domainDNS

      dn: CN=Admini
       strator,CN=Users,DC=lab,DC=example
      objectClass: top
      objectClass: user
      objectSid:: \(Base64.encode(sid))
      adminCount: 1
      memberOf: CN=Domain Admins,CN=Users,DC=lab,DC=example
      nTSecurityDescriptor:: \(sdText.prefix(10))
       \(sdText.dropFirst(10))
      description:: \(Base64.encode(Array(" leading space".utf8)))

      """
    let domain = try XCTUnwrap(try load(ldif, "x.ldif").environment.domain)
    XCTAssertEqual(domain.dnsName, "lab.example")
    let admin = try XCTUnwrap(domain.object(dn: "CN=Administrator,CN=Users,DC=lab,DC=example"))
    XCTAssertEqual(admin.sid, "S-1-5-21-1-2-3-500")
    XCTAssertEqual(admin.adminCount, 1)
    XCTAssertEqual(admin.securityDescriptor, .bytes(DescriptorBytes(sd)))
    XCTAssertEqual(admin.attribute("description"), " leading space")
    XCTAssertEqual(admin.origin.line, 9)
    XCTAssertEqual(admin.structuralClass, "user")
  }

  func testLDIFErrorsAreLocated() {
    let change = "dn: CN=x,DC=a\nchangetype: modify\nreplace: description\n"
    XCTAssertThrowsError(try load(change, "c.ldif")) { error in
      XCTAssertEqual((error as? InputError)?.location.line, 2)
      XCTAssertTrue((error as? InputError)?.message.contains("change records") ?? false)
    }
    let url = "dn: CN=x,DC=a\njpegPhoto:< file:///tmp/a.jpg\n"
    XCTAssertThrowsError(try load(url, "u.ldif")) { error in
      XCTAssertEqual((error as? InputError)?.location, SourceLocation(file: "u.ldif", line: 2, column: 10))
    }
    let truncated = "dn: CN=x,DC=a\nnTSecurityDescriptor:: AQAEjLwFAADYBQ"
    XCTAssertThrowsError(try load(truncated, "t.ldif")) { error in
      XCTAssertTrue((error as? InputError)?.message.contains("truncated") ?? false)
    }
  }

  func testIPConfigWindows7StyleWithTunnelAndAPIPA() throws {
    let text = """

      Windows IP Configuration

         Host Name . . . . . . . . . . . . : SRV1
         Primary Dns Suffix  . . . . . . . : corp.contoso.com
         IP Routing Enabled. . . . . . . . : Yes

      Ethernet adapter Local Area Connection:

         Description . . . . . . . . . . . : Intel(R) PRO/1000
         DHCP Enabled. . . . . . . . . . . : No
         Temporary IPv6 Address. . . . . . : 2001:db8::abcd(Deprecated)
         Link-local IPv6 Address . . . . . : fe80::1%11(Preferred)
         Autoconfiguration IPv4 Address. . : 169.254.7.9(Preferred)
         Subnet Mask . . . . . . . . . . . : 255.255.0.0
         Default Gateway . . . . . . . . . : fe80::1%11
                                             10.0.0.1
         DNS Servers . . . . . . . . . . . : ::1
                                             10.0.0.4

      Tunnel adapter Teredo Tunneling Pseudo-Interface:

         Media State . . . . . . . . . . . : Media disconnected
         Description . . . . . . . . . . . : Teredo Tunneling Pseudo-Interface
      """
    let result = try load(text, "ipconfig.txt")
    XCTAssertEqual(result.kind, .ipconfig)
    let host = try XCTUnwrap(result.environment.hosts.first)
    XCTAssertEqual(host.name, "SRV1")
    XCTAssertEqual(host.ipRouting, true)
    let eth = host.interfaces[0]
    XCTAssertEqual(eth.dhcp, false)
    XCTAssertEqual(eth.addresses.map(\.kind), [.temporary, .linkLocal, .autoconfiguration])
    XCTAssertEqual(eth.addresses[0].state, .deprecated)
    XCTAssertEqual(eth.addresses[2].mask, "255.255.0.0")
    XCTAssertEqual(eth.gateways.map(\.text), ["fe80::1%11", "10.0.0.1"])
    XCTAssertEqual(eth.dnsServers.map(\.text), ["::1", "10.0.0.4"])
    XCTAssertEqual(host.interfaces[1].tunnel, .teredo)
    XCTAssertTrue(host.interfaces[1].mediaDisconnected)
  }

  func testForeignIPConfigIsRefused() {
    let text = "\nWindows-IP-Konfiguration\n\n   Hostname  . . . . . . . . . . . . : PC1\n"
    XCTAssertThrowsError(try load(text, "de.txt")) { error in
      XCTAssertEqual((error as? InputError)?.location.line, 2)
      XCTAssertTrue((error as? InputError)?.message.contains("German") ?? false)
    }
  }
}
