import AddressKit
import Artifacts
import Findings

/// `ipv6 eui64|mac|explain|tunnel`: IPv6 planning.
enum IPv6Commands {
  static var all: [CommandSpec] { [eui64, mac, explain, tunnel] }

  static let ipv6Eui64Mac = ArgumentSpec(
    "MAC", help: "34-56-78-9A-BC-DE, 34:56:78:9a:bc:de or 3456.789a.bcde")
  static let ipv6Eui64Prefix = ArgumentSpec("PREFIX", help: "the /64 the interface sits in")

  static let eui64 = CommandSpec(
    ["ipv6", "eui64"], summary: "the SLAAC address a MAC forms in a /64 (modified EUI-64)",
    discussion:
      "RFC 4291 appendix A: FF-FE goes between the third and fourth bytes of the MAC and the "
      + "universal/local bit (0x02 of the first byte) is inverted.",
    arguments: [
      ipv6Eui64Mac,
      ipv6Eui64Prefix,
    ],
    examples: ["ipv6 eui64 34-56-78-9A-BC-DE 2001:db8:1:2::/64"]
  ) { invocation, _ in
    guard let macWord = invocation.word(ipv6Eui64Mac),
      let prefixWord = invocation.word(ipv6Eui64Prefix)
    else { throw ShellError("ipv6 eui64 needs MAC and PREFIX") }
    let mac: MACAddress
    do {
      mac = try MACAddress(parsing: macWord.text)
    } catch let error as AddressParseError {
      throw ShellError(error.message, column: macWord.column)
    }
    let prefix = try AddressArguments.prefix(prefixWord)
    guard let address = InterfaceIdentifier.address(mac, in: prefix) else {
      throw ShellError(
        "\(prefix) is not an IPv6 /64: SLAAC forms addresses only in a /64 (RFC 4862 5.5.3)",
        column: prefixWord.column)
    }
    let iid = InterfaceIdentifier.modifiedEUI64(mac)
    let first = mac.byte(0)
    let flipped = first ^ 0x02
    let text = [
      "\(address.canonicalText) · MAC \(mac) in \(prefix)",
      "  interface id \(Self.groups(iid)): FF-FE inserted after the third byte, universal/local "
        + "bit flipped (first byte \(Self.hex(first)) → \(Self.hex(flipped)))",
      "  stable across networks and it reveals the hardware; Windows uses random identifiers "
        + "unless 'netsh interface ipv6 set global randomizeidentifiers=disabled'",
    ].joined(separator: "\n")
    return StructuredOutput(
      text: text,
      json: .object([
        ("mac", .string(mac.description)), ("prefix", .string(prefix.description)),
        ("interface_id", .string(Self.groups(iid))), ("address", .string(address.canonicalText)),
      ]))
  }

  static let ipv6MacAddress = ArgumentSpec(
    "ADDRESS", help: "an IPv6 address with ff:fe in its interface id")

  static let mac = CommandSpec(
    ["ipv6", "mac"], summary: "the MAC behind a modified EUI-64 IPv6 address",
    arguments: [ipv6MacAddress],
    examples: ["ipv6 mac fe80::3656:78ff:fe9a:bcde"]
  ) { invocation, _ in
    guard let word = invocation.word(ipv6MacAddress) else {
      throw ShellError("ipv6 mac needs ADDRESS")
    }
    let address = try AddressArguments.address(word)
    guard address.family == .v6 else {
      throw ShellError(
        "\(address) is IPv4: only IPv6 interface ids can carry a MAC", column: word.column)
    }
    guard let mac = InterfaceIdentifier.mac(from: address) else {
      throw ShellError(
        "\(address.canonicalText) carries no MAC: its interface id has no ff:fe in the middle, "
          + "so it is not modified EUI-64",
        column: word.column, hint: "'ipv6 explain \(word.text)' says what kind of identifier it is")
    }
    return StructuredOutput(
      text:
        "\(mac) (\(mac.colonText)) · from \(address.canonicalText) "
        + "(universal/local bit flipped back)"
        + (mac.isLocallyAdministered
          ? " · locally administered MAC (a VM's or a random one)" : ""),
      json: .object([
        ("address", .string(address.canonicalText)), ("mac", .string(mac.description)),
        ("locally_administered", .bool(mac.isLocallyAdministered)),
      ]))
  }

  static let ipv6ExplainAddress = ArgumentSpec("ADDRESS", help: "an IPv6 address")

  static let explain = CommandSpec(
    ["ipv6", "explain"],
    summary: "what an IPv6 interface id is: EUI-64, temporary or stable, manual",
    arguments: [ipv6ExplainAddress],
    examples: ["ipv6 explain 2001:db8::3656:78ff:fe9a:bcde", "ipv6 explain 2001:db8::1"]
  ) { invocation, _ in
    guard let word = invocation.word(ipv6ExplainAddress) else {
      throw ShellError("ipv6 explain needs ADDRESS")
    }
    let address = try AddressArguments.address(word)
    guard address.family == .v6 else {
      throw ShellError("\(address) is IPv4: interface identifiers are IPv6", column: word.column)
    }
    let explanation = InterfaceIdentifier.explain(address)
    let classification = AddressClassification(address)
    let text = [
      "\(address.canonicalText) · \(Self.kindName(explanation.kind)) · "
        + "\(AddressReport.className(classification))",
      "  \(explanation.summary)",
      "  refs: \(explanation.refs.joined(separator: "; "))",
    ].joined(separator: "\n")
    return StructuredOutput(
      text: text,
      json: .object([
        ("address", .string(address.canonicalText)),
        ("kind", .string(Self.kindKey(explanation.kind))),
        ("mac", Self.macOf(explanation.kind).map { .string($0.description) } ?? .null),
        ("summary", .string(explanation.summary)),
        ("refs", .array(explanation.refs.map(JSONValue.string))),
      ]))
  }

  static func kindName(_ kind: InterfaceIdentifier.Kind) -> String {
    switch kind {
    case .eui64(let mac): "modified EUI-64 from MAC \(mac) (stable)"
    case .isatap: "ISATAP (stable)"
    case .manual: "manually assigned or DHCPv6 (stable)"
    case .opaque: "temporary (RFC 8981) or stable opaque (RFC 7217)"
    case .embeddedIPv4(.teredo): "Teredo client address"
    case .embeddedIPv4(.nat64): "NAT64 address"
    case .embeddedIPv4: "IPv4 address inside"
    case .notIPv6: "not IPv6"
    }
  }

  static func kindKey(_ kind: InterfaceIdentifier.Kind) -> String {
    switch kind {
    case .eui64: "eui64"
    case .isatap: "isatap"
    case .manual: "manual"
    case .opaque: "temporary-or-stable-opaque"
    case .embeddedIPv4(.teredo): "teredo"
    case .embeddedIPv4(.nat64): "nat64"
    case .embeddedIPv4(.mapped): "ipv4-mapped"
    case .embeddedIPv4(.sixToFour): "6to4"
    case .notIPv6: "not-ipv6"
    }
  }

  static func macOf(_ kind: InterfaceIdentifier.Kind) -> MACAddress? {
    if case .eui64(let mac) = kind { return mac }
    return nil
  }

  /// `3656:78ff:fe9a:bcde`.
  static func groups(_ iid: UInt64) -> String {
    (0..<4).map { String((iid >> UInt64(48 - 16 * $0)) & 0xFFFF, radix: 16) }.joined(separator: ":")
  }

  static func hex(_ byte: UInt8) -> String {
    let text = String(byte, radix: 16, uppercase: true)
    return text.count == 1 ? "0" + text : text
  }
}
