/// An error a library reports: a stable code, a message that names no path and no shell flag, the
/// place in the input it is about, and the error underneath it (swift-nio's `FileSystemError`
/// shape). The shell alone turns one into text or JSON, adding the path as typed and its hints.
public protocol LocatedError: Error, Sendable, CustomStringConvertible {
  /// A stable identifier scripts can key on, such as `artifact.exists` or `input.invalid`.
  var code: String { get }
  /// What went wrong and what was expected, in one sentence without the path.
  var message: String { get }
  /// Where: the file (as typed), line and column when known; `.none` when nowhere in particular.
  var location: SourceLocation { get }
  /// The lower-level error this one wraps (an errno, a library's error), if any.
  var cause: (any Error & Sendable)? { get }
}

extension LocatedError {
  public var cause: (any Error & Sendable)? { nil }

  /// `file:line:column: message`, or the message alone when the place is unknown.
  public var description: String {
    let place = location.description
    return place.isEmpty ? message : "\(place): \(message)"
  }
}

/// Bad input, located: `file:line:column: message`. The message says what was expected.
public struct InputError: LocatedError, Hashable {
  public var code: String
  public var message: String
  public var location: SourceLocation

  public init(_ message: String, at location: SourceLocation, code: String = "input.invalid") {
    self.message = message
    self.location = location
    self.code = code
  }
}

/// An operating-system error number with its text (`strerror`), as the cause of a located error.
public struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
  public var number: Int32

  public init(_ number: Int32) { self.number = number }

  public var description: String { String(cString: strerror(number)) }
}
