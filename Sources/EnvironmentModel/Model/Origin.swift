import Findings

/// Where a model element came from: the file and the 1-based line and column of its text.
///
/// Origins never take part in equality or hashing, so two environments compare equal when their
/// content is equal, wherever it was read from (`load(save(env)) == env`).
public struct Origin: Sendable, Hashable, CustomStringConvertible {
  /// The file as the user named it (or `demo:contoso-lab` for the built-in demo).
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// An origin for elements built by code rather than read from a file.
  public static let none = Origin(file: "", line: 0, column: 0)

  public static func == (lhs: Origin, rhs: Origin) -> Bool { true }
  public func hash(into hasher: inout Hasher) {}

  /// The same place as a `SourceLocation`, for `InputError`s.
  public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

  /// The same place as finding `Evidence`, with the element's text.
  public func evidence(_ text: String? = nil) -> Evidence {
    Evidence(file: file.isEmpty ? nil : file, line: line > 0 ? line : nil, text: text)
  }

  public var description: String { "\(file):\(line):\(column)" }
}

/// An address or prefix exactly as written in the file, with where it was written.
///
/// The model does not interpret addresses: the address rules validate the text and report
/// problems at `origin`.
public struct AddressText: Sendable, Hashable, CustomStringConvertible {
  public var text: String
  public var origin: Origin

  public init(_ text: String, at origin: Origin = .none) {
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
