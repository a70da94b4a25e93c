import Findings
import Foundation

/// A local-account password from Microsoft-Windows-Shell-Setup (AdministratorPassword,
/// LocalAccount/Password, AutoLogon/Password, OfflineAdministratorPassword).
///
/// The value is opaque: its description, mirror and JSON say only REDACTED. The clear text is
/// obtainable only by calling `revealedPassword()`, which also undoes the "hidden" encoding.
public struct LocalAccountPassword: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
  /// The element that holds `Value`; its name is the suffix the hidden encoding appends.
  public let element: String
  /// The `PlainText` child: true for clear text, false for the hidden (base64) form, nil if absent.
  public let plainText: Bool?
  /// Where the password element starts.
  public let line: Int
  /// Where the `Value` element is, when there is one.
  public let valueLine: Int?
  private let stored: String

  init(element: String, plainText: Bool?, line: Int, valueLine: Int?, value: String) {
    self.element = element
    self.plainText = plainText
    self.line = line
    self.valueLine = valueLine
    self.stored = value
  }

  /// True when a non-empty `Value` was given.
  public var isSet: Bool { !stored.isEmpty }

  /// True when the value is hidden (`PlainText` false) rather than written in clear.
  public var isHidden: Bool { plainText == false }

  public var description: String { "REDACTED" }

  public var customMirror: Mirror {
    Mirror(self, children: ["element": element, "plainText": plainText as Any, "value": "REDACTED"])
  }

  /// The password in clear. For a hidden value this base64-decodes, reads UTF-16LE and strips the
  /// `<element>` suffix Windows appends (`AdministratorPassword`, `Password` for AutoLogon and
  /// LocalAccount): only the element's own name, as Setup does.
  /// Throws `PasswordDecodingError` when a hidden value is not base64 of UTF-16LE text.
  public func revealedPassword() throws(PasswordDecodingError) -> RevealedPassword {
    guard isHidden else {
      return RevealedPassword(clearText: stored, suffixFound: true, foreignSuffix: nil)
    }
    guard let data = Data(base64Encoded: stored, options: .ignoreUnknownCharacters),
      !data.isEmpty, data.count % 2 == 0
    else { throw PasswordDecodingError(element: element, reason: "expected base64 text") }
    var units: [UInt16] = []
    units.reserveCapacity(data.count / 2)
    var index = data.startIndex
    while index < data.endIndex {
      let low = UInt16(data[index])
      let high = UInt16(data[data.index(after: index)])
      units.append(low | high << 8)
      index = data.index(index, offsetBy: 2)
    }
    let decoded = String(decoding: units, as: UTF16.self)
    // Windows SIM appends the element's own name and Setup strips only that one: a value made
    // for another element (an AutoLogon 'Password' value pasted into AdministratorPassword)
    // sets the whole decoded text, suffix included.
    guard decoded.hasSuffix(element) else {
      let other = Self.elementNames.first { $0 != element && decoded.hasSuffix($0) }
      return RevealedPassword(clearText: decoded, suffixFound: false, foreignSuffix: other)
    }
    return RevealedPassword(
      clearText: String(decoded.dropLast(element.count)), suffixFound: true, foreignSuffix: nil)
  }

  /// The elements whose hidden values carry their own name as suffix.
  static let elementNames = ["OfflineAdministratorPassword", "AdministratorPassword", "Password"]
}

/// A password in clear, returned only by `LocalAccountPassword.revealedPassword()`.
public struct RevealedPassword: Sendable, Hashable {
  public let clearText: String
  /// False when a hidden value lacked the element-name suffix Windows appends (hand-made value).
  public let suffixFound: Bool
  /// The name of another password element the value ends with instead (it was encoded for that
  /// element), when it does.
  public let foreignSuffix: String?
}

/// A hidden password value that is not base64 of UTF-16LE text.
public struct PasswordDecodingError: LocatedError, Hashable {
  public let element: String
  public let reason: String
  public var code: String { "unattend.password-undecodable" }
  public var message: String { "\(element)/Value: \(reason)" }
  public var location: SourceLocation { .none }
}
