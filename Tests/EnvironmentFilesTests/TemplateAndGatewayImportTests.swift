import Findings
import Foundation
import XCTest

@testable import EnvironmentFiles
import EnvironmentModel

/// ARM templates with their deployment parameters file, and a gateway alone as
/// `az network vnet-gateway show` and the REST API return it.
final class TemplateAndGatewayImportTests: XCTestCase {
  var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "hb-arm-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func write(_ name: String, _ text: String) -> String {
    let path = directory + "/" + name
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }

  static let template = """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "parameters": {
        "vnetName": { "type": "string" },
        "prefix": { "type": "string", "defaultValue": "10.0.0.0/16" },
        "secret": { "type": "securestring" }
      },
      "resources": [
        {
          "type": "Microsoft.Network/virtualNetworks",
          "name": "[parameters('vnetName')]",
          "properties": { "addressSpace": { "addressPrefixes": ["[parameters('Prefix')]"] } }
        }
      ]
    }
    """

  func testParametersFileValuesWinOverDefaults() throws {
    let template = write("t.json", Self.template)
    let parameters = write(
      "p.json",
      """
      {
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
        "parameters": {
          "vnetName": { "value": "hub" },
          "prefix": { "value": "10.9.0.0/16" },
          "secret": { "reference": { "keyVault": { "id": "kv" }, "secretName": "s" } },
          "stray": { "value": 1 }
        }
      }
      """)
    let result = try EnvironmentLoader.load(
      FileReference(path: template, shown: "t.json"),
      parameters: FileReference(path: parameters, shown: "p.json"))
    let vnet = try XCTUnwrap(result.environment.azure.vnets.first)
    XCTAssertEqual(vnet.name, "hub")
    XCTAssertEqual(vnet.addressSpace.map(\.text), ["10.9.0.0/16"])
    // The value takes the place of the expression that asked for it, in the template.
    XCTAssertEqual(vnet.addressSpace.first?.origin.file?.shown, "t.json")
    XCTAssertEqual(vnet.addressSpace.first?.origin.line, 12)
    let warnings = result.warnings.map { "\($0.location.place ?? "") \($0.message)" }
    XCTAssertTrue(warnings.contains { $0.hasPrefix("p.json:6 ") && $0.contains("Key Vault") })
    XCTAssertTrue(warnings.contains { $0.hasPrefix("p.json:7 ") && $0.contains("not declared") })
    let without = try EnvironmentLoader.load(FileReference(path: template, shown: "t.json"))
    XCTAssertEqual(without.environment.azure.vnets.first?.addressSpace.map(\.text), ["10.0.0.0/16"])
  }

  func testParametersGoOnlyWithATemplateAndMustBeAParametersFile() throws {
    let template = write("t.json", Self.template)
    XCTAssertThrowsError(
      try EnvironmentLoader.load(
        FileReference(path: template, shown: "t.json"),
        parameters: FileReference(path: template, shown: "t.json"))
    ) { error in
      XCTAssertTrue("\(error)".contains("expected an ARM deployment parameters file"), "\(error)")
    }
    let yaml = write("e.yaml", "name: e\n")
    XCTAssertThrowsError(
      try EnvironmentLoader.load(
        FileReference(path: yaml, shown: "e.yaml"),
        parameters: FileReference(path: template, shown: "t.json"))
    ) { error in
      XCTAssertTrue("\(error)".contains("goes with an ARM template"), "\(error)")
    }
  }

  func testRESTGatewayAloneLoadsIntoItsVNet() throws {
    let text = """
      {
        "responses": { "200": { "body": {
          "name": "vpngw",
          "type": "Microsoft.Network/virtualNetworkGateways",
          "properties": {
            "ipConfigurations": [ { "properties": { "subnet": { "id":
              "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/GatewaySubnet"
            } } } ],
            "sku": { "name": "VpnGw1" }, "gatewayType": "Vpn", "vpnType": "RouteBased",
            "enableBgp": false, "activeActive": false,
            "bgpSettings": { "asn": 65514, "bgpPeeringAddress": "10.0.1.30",
              "bgpPeeringAddresses": [ { "defaultBgpIpAddresses": ["10.0.1.30"],
                "customBgpIpAddresses": ["169.254.21.10"] } ] }
          }
        } } }
      }
      """
    let result = try EnvironmentLoader.load(bytes: Array(text.utf8), file: "gw.json", name: "gw")
    XCTAssertFalse(result.environment.azure.isEmpty)
    let vnet = try XCTUnwrap(result.environment.azure.vnets.first)
    XCTAssertEqual(vnet.name, "vnet1")
    let gateway = try XCTUnwrap(vnet.gateway)
    XCTAssertEqual(gateway.sku, "VpnGw1")
    XCTAssertEqual(gateway.activeActive, false)
    XCTAssertEqual(gateway.bgpEnabled, false)
    XCTAssertEqual(gateway.bgp?.asn, 65514)
    XCTAssertEqual(gateway.bgp?.peeringAddresses.map(\.text), ["10.0.1.30", "169.254.21.10"])
    XCTAssertTrue(result.warnings.contains { $0.message.contains("added by name only") })
  }

  func testAzCLIActiveActiveGatewayAndNativeRoundTrip() throws {
    let text = """
      {
        "name": "hub-gw", "type": "Microsoft.Network/virtualNetworkGateways",
        "activeActive": true, "enableBgp": true, "sku": { "name": "VpnGw2AZ" },
        "ipConfigurations": [ { "subnet": { "id":
          "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet"
        } } ],
        "bgpSettings": { "asn": 65515, "bgpPeeringAddress": "10.40.255.4,10.40.255.5",
          "bgpPeeringAddresses": [
            { "defaultBgpIpAddresses": ["10.40.255.4"], "customBgpIpAddresses": ["169.254.21.1"] },
            { "defaultBgpIpAddresses": ["10.40.255.5"], "customBgpIpAddresses": ["169.254.21.5"] }
          ] }
      }
      """
    let env = try EnvironmentLoader.load(bytes: Array(text.utf8), file: "gw.json", name: "gw")
      .environment
    let gateway = try XCTUnwrap(env.azure.vnets.first?.gateway)
    XCTAssertEqual(gateway.activeActive, true)
    XCTAssertEqual(
      gateway.bgp?.peeringAddresses.map(\.text),
      ["10.40.255.4", "10.40.255.5", "169.254.21.1", "169.254.21.5"])
    let saved = EnvironmentLoader.save(env)
    let reloaded = try EnvironmentLoader.load(bytes: Array(saved.utf8), file: "s.yaml", name: "gw")
    XCTAssertEqual(reloaded.environment, env)
    XCTAssertEqual(reloaded.warnings, [])
  }
}
