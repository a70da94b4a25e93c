import AnswerFiles
import EnvironmentModel
import Findings

import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The XMLParser delegate that builds the Azure network while tracking element paths.
final class NetworkConfigurationBuilder: NSObject, XMLParserDelegate {
  let file: FileReference
  let lineOffset: Int
  weak var parser: XMLParser?
  var network = AzureNetwork()
  var warnings: [LoadWarning] = []
  var failure: InputError?
  var sawRoot = false
  private var path: [String] = []
  private var text = ""
  private var textOrigin = SourceLocation.none
  private var vnet: VirtualNetwork?
  private var site: LocalSite?

  init(file: FileReference, lineOffset: Int, parser: XMLParser) {
    self.file = file
    self.lineOffset = lineOffset
    self.parser = parser
  }

  private var here: SourceLocation {
    SourceLocation(file: file, line: (parser?.lineNumber ?? 0) + lineOffset,
      column: max(1, parser?.columnNumber ?? 1))
  }

  private func fail(_ message: String) {
    failure = InputError(message, at: here)
    parser?.abortParsing()
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if path.isEmpty {
      guard name == "NetworkConfiguration" else {
        return fail("expected root element <NetworkConfiguration>, found <\(name)>")
      }
      sawRoot = true
    }
    path.append(name)
    text = ""
    textOrigin = here
    let origin = here
    switch name {
    case "VirtualNetworkSite":
      var v = VirtualNetwork(name: attributes["name"] ?? "", origin: origin)
      v.location = attributes["AffinityGroup"] ?? attributes["Location"]
      if v.name.isEmpty { return fail("expected a 'name' attribute on <VirtualNetworkSite>") }
      vnet = v
    case "LocalNetworkSite":
      guard let n = attributes["name"] else {
        return fail("expected a 'name' attribute on <LocalNetworkSite>")
      }
      site = LocalSite(name: n, origin: origin)
    case "Subnet" where vnet != nil:
      guard let n = attributes["name"] else { return fail("expected a 'name' attribute on <Subnet>") }
      vnet?.subnets.append(Subnet(name: n, prefix: AddressText(""), origin: origin))
    case "DnsServer":
      guard let n = attributes["name"], let a = attributes["IPAddress"] else {
        return fail("expected 'name' and 'IPAddress' attributes on <DnsServer>")
      }
      network.dnsServers.append(DNSServer(name: n, address: AddressText(a, at: origin), origin: origin))
    case "DnsServerRef" where vnet != nil:
      if let n = attributes["name"] { vnet?.dnsServers.append(AddressText(n, at: origin)) }
    case "Gateway" where vnet != nil:
      if vnet?.gateway == nil { vnet?.gateway = Gateway(origin: origin) }
    case "LocalNetworkSiteRef" where vnet != nil:
      guard let n = attributes["name"], let v = vnet else { return }
      var c = SiteConnection(name: "\(v.name)-\(n)", vnet: v.name, origin: origin)
      c.localSite = n
      c.type = "IPsec"
      network.connections.append(c)
    case "Connection" where vnet != nil:
      if let type = attributes["type"], !network.connections.isEmpty {
        network.connections[network.connections.count - 1].type = type
      }
    default:
      if !Self.known.contains(name) {
        warnings.append(LoadWarning("unknown element <\(name)> ignored", at: origin))
      }
    }
  }

  static let known: Set<String> = [
    "NetworkConfiguration", "VirtualNetworkConfiguration", "Dns", "DnsServers",
    "LocalNetworkSites", "VirtualNetworkSites", "AddressSpace", "AddressPrefix", "Subnets",
    "DnsServersRef", "ConnectionsToLocalNetwork", "VPNGatewayAddress", "VPNClientAddressPool",
    "Subnet", "Gateway", "LocalNetworkSiteRef", "Connection", "DnsServerRef",
  ]

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if failure == nil {
      let code = (parseError as NSError).code
      failure = InputError("XML: \(XMLErrorText.message(code: code))", at: here)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if text.isEmpty, string.trimmingSpaces.isEmpty == false { textOrigin = here }
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    // libxml2 may recover from a mismatched closing tag; a half-read network is not accepted.
    guard failure == nil else { return }
    guard path.last == name else {
      return fail("closing tag </\(name)> does not match the open element <\(path.last ?? "")>"
        + " (an element is not closed)")
    }
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let parent = path.count >= 2 ? path[path.count - 2] : ""
    let grandparent = path.count >= 3 ? path[path.count - 3] : ""
    let address = AddressText(value, at: textOrigin)
    switch name {
    case "AddressPrefix":
      if parent == "AddressSpace", grandparent == "VirtualNetworkSite" {
        vnet?.addressSpace.append(address)
      } else if parent == "AddressSpace", grandparent == "LocalNetworkSite" {
        site?.prefixes.append(address)
      } else if parent == "Subnet", let last = vnet?.subnets.indices.last {
        vnet?.subnets[last].prefix = address
      } else if parent == "VPNClientAddressPool" {
        vnet?.gateway?.clientAddressPool.append(address)
      }
    case "VPNGatewayAddress": site?.gatewayAddress = address
    case "VirtualNetworkSite": vnet.map { network.vnets.append($0) }; vnet = nil
    case "LocalNetworkSite": site.map { network.localSites.append($0) }; site = nil
    default: break
    }
    path.removeLast()
    text = ""
  }
}
