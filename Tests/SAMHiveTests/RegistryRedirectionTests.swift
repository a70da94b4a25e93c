import XCTest

@testable import SAMHive

/// Cases from Microsoft's "Registry Keys Affected by WOW64" table.
final class RegistryRedirectionTests: XCTestCase {
  private func view(_ path: String) -> RegistryRedirection.View { RegistryRedirection.view(of: path) }

  func testVendorKeysUnderHKLMSoftwareAreRedirected() {
    XCTAssertEqual(view(#"HKLM\SOFTWARE\Contoso\Agent"#), .redirected(redirectedPath: #"HKLM\SOFTWARE\Wow6432Node\Contoso\Agent"#))
    XCTAssertEqual(
      view(#"HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Run"#),
      .redirected(redirectedPath: #"HKLM\Software\Wow6432Node\Microsoft\Windows\CurrentVersion\Run"#))
  }

  func testSharedKeysAreNotRedirected() {
    for key in [
      #"HKLM\SOFTWARE\Policies\Microsoft"#, #"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList\S-1-5-18"#,
      #"HKLM\SOFTWARE\Microsoft\SystemCertificates"#, #"HKLM\SOFTWARE\Classes\.txt"#, #"HKCU\Software\Contoso"#,
      #"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\x.exe"#,
    ] {
      guard case .shared = view(key) else { return XCTFail("\(key) should be shared: \(view(key))") }
    }
  }

  func testClassesSubkeysThatAreRedirected() {
    XCTAssertEqual(
      view(#"HKCR\CLSID\{0000}"#), .redirected(redirectedPath: #"HKLM\SOFTWARE\Classes\Wow6432Node\CLSID\{0000}"#))
    XCTAssertEqual(
      view(#"HKEY_CLASSES_ROOT\Interface\{1}"#), .redirected(redirectedPath: #"HKLM\SOFTWARE\Classes\Wow6432Node\Interface\{1}"#))
    XCTAssertEqual(
      view(#"HKCU\SOFTWARE\Classes\CLSID\{2}"#), .redirected(redirectedPath: #"HKCU\SOFTWARE\Classes\Wow6432Node\CLSID\{2}"#))
  }

  func testKeysOutsideSoftwareAndUnknownRoots() {
    guard case .notRedirected = view(#"HKLM\SYSTEM\CurrentControlSet\Services"#) else { return XCTFail() }
    guard case .notRedirected = view(#"HKU\.DEFAULT\Software"#) else { return XCTFail() }
    guard case .unknown = view(#"C:\Windows"#) else { return XCTFail() }
    guard case .unknown = view("") else { return XCTFail() }
    guard case .shared = view(#"HKLM\SOFTWARE\Wow6432Node\Contoso"#) else { return XCTFail() }
  }
}
