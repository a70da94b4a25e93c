import EnvironmentModel
import Findings

/// Reads `ipconfig /all` output (Windows XP to 11, English) into a `Host`: adapters including
/// PPP and tunnel adapters (ISATAP, Teredo, 6TO4), APIPA addresses, IPv6 address states, DHCP,
/// gateways and DNS servers. Output in another language is refused rather than misread.
public enum IPConfigImporter {
  /// Headers of localized `ipconfig` output, to refuse it by name.
  static let foreignHeaders: [(String, String)] = [
    ("Windows-IP-Konfiguration", "German"), ("Configuration IP de Windows", "French"),
    ("Configuración IP de Windows", "Spanish"), ("Configurazione IP di Windows", "Italian"),
    ("Windows IP-configuratie", "Dutch"), ("Konfiguracja IP systemu Windows", "Polish"),
    ("Configuração de IP do Windows", "Portuguese"), ("Configuração IP do Windows", "Portuguese"),
    ("Настройка протокола IP для Windows", "Russian"), ("Windows IP 構成", "Japanese"),
    ("Windows IP 配置", "Chinese"), ("Windows IP 구성", "Korean"),
    ("Windows IP-konfiguration", "Swedish/Danish"), ("Windows IP -määritykset", "Finnish"),
    ("Ethernet-Adapter", "German"), ("Carte Ethernet", "French"),
    ("Adaptador de Ethernet", "Spanish"), ("Scheda Ethernet", "Italian"),
  ]

  /// The language of a localized `ipconfig` header found in `text`, with its line, if any.
  static func foreignHeader(in text: String) -> (language: String, header: String, line: Int)? {
    for (index, line) in physicalLines(text).enumerated() {
      for (header, language) in foreignHeaders where line.contains(header) {
        return (language, header, index + 1)
      }
    }
    return nil
  }

  /// The lines of `text`, LF or CRLF ended (in Swift "\r\n" is one Character, so splitting on
  /// "\n" alone would leave a Windows file, as ipconfig writes it, in one piece).
  static func physicalLines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
  }

  /// Parses `text` read from `file` into a host; `defaultName` names it when no Host Name line.
  public static func read(_ text: String, file: FileReference, defaultName: String) throws -> Host {
    if let foreign = foreignHeader(in: text) {
      throw InputError("ipconfig output in \(foreign.language) ('\(foreign.header)') is not read: "
        + "expected English output (run ipconfig /all on an English display language)",
        at: SourceLocation(file: file, line: foreign.line))
    }
    var parser = IPConfigParser(file: file)
    let lines = physicalLines(text)
    for (index, line) in lines.enumerated() {
      try parser.line(String(line), number: index + 1)
    }
    guard parser.sawHeaderOrAdapter else {
      throw InputError("expected ipconfig /all output ('Windows IP Configuration' or an "
        + "'... adapter NAME:' line)", at: SourceLocation(file: file, line: 1))
    }
    return parser.finish(defaultName: defaultName)
  }
}
