/// Answer files written for the tests: a wrapper that puts an UnattendedJoin Identification body
/// into a specialize pass, and a Shell-Setup body into oobeSystem.
enum UnattendFixtures {
  /// A complete unattend.xml whose line 5 is `<Identification>` and whose body starts on line 6.
  static func join(_ body: String, pass: String = "specialize") -> [UInt8] {
    let text = """
      <?xml version="1.0" encoding="utf-8"?>
      <unattend xmlns="urn:schemas-microsoft-com:unattend">
        <settings pass="\(pass)">
          <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64">
            <Identification>
      \(body)
            </Identification>
          </component>
        </settings>
      </unattend>
      """
    return Array(text.utf8)
  }

  /// A complete unattend.xml with `body` inside oobeSystem's Shell-Setup component, from line 5.
  static func shell(_ body: String) -> [UInt8] {
    let text = """
      <?xml version="1.0" encoding="utf-8"?>
      <unattend xmlns="urn:schemas-microsoft-com:unattend">
        <settings pass="oobeSystem">
          <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="x86">
      \(body)
          </component>
        </settings>
      </unattend>
      """
    return Array(text.utf8)
  }
}
