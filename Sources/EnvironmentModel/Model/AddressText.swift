import Findings

/// An address or prefix exactly as written in the file, with where it was written.
///
/// The model does not interpret addresses: the address rules validate the text and report
/// problems at `origin`.
public struct AddressText: Sendable, Hashable, CustomStringConvertible {
  public var text: String
  @NotCompared public var origin: SourceLocation

  public init(_ text: String, at origin: SourceLocation = .none) {
    self.text = text
    self.origin = origin
  }

  public var description: String { text }
}

/// A warning met while loading (an unknown key, an unresolved template expression): the load
/// went on, and the shell shows these beside the environment.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
  public var message: String
  public var location: SourceLocation

  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  public var description: String { "\(location): warning: \(message)" }
}
