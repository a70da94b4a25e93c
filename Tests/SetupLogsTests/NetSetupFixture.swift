/// NetSetup.log text written for the tests, in any of the three timestamp eras.
enum NetSetupFixture {
  enum Era { case legacy, modern, placeholder, none }

  /// The timestamp for second `s` of a day (minute/hour carried), with a space after it.
  static func stamp(_ era: Era, _ s: Int) -> String {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let time = "\(two(10 + s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
    switch era {
    case .legacy: return "03/30 \(time) "
    case .modern: return "09/04/2019 \(time):251 "
    case .placeholder: return "mm/dd/yyyy hh:mm:ss:ms "
    case .none: return ""
    }
  }

  /// One attempt: start, parameter dump, DC found, `steps`, and the status line.
  static func attempt(
    _ era: Era = .modern, at s: Int = 0, options: String = "0x23", status: String,
    ou: String = "(NULL)", steps: [String] = []
  ) -> [String] {
    let t = stamp(era, s)
    var lines = [
      t + String(repeating: "-", count: 65),
      t + "NetpDoDomainJoin",
      t + "NetpJoinDomain",
      t + "\tMachine: PC1",
      t + "\tDomain: contoso.com",
      t + "\tMachineAccountOU: \(ou)",
      t + "\tAccount: contoso\\joiner",
      t + "\tOptions: \(options)",
      t + "NetpDsGetDcName: trying to find DC in domain 'contoso.com', flags: 0x40001010",
      t + "NetpDsGetDcName: found DC '\\\\DC1.contoso.com' in the specified domain",
    ]
    lines += steps.map { t + $0 }
    lines.append(t + "NetpDoDomainJoin: status: \(status)")
    return lines
  }

  /// The lines joined with `eol`, as UTF-8 bytes.
  static func bytes(_ lines: [String], eol: String = "\r\n") -> [UInt8] {
    Array((lines.joined(separator: eol) + eol).utf8)
  }
}
