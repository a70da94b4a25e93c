import Findings

/// A machine to be deployed or joined, with the paths of its answer file and logs (the
/// AnswerFiles and walkthrough modules read them).
public struct Machine: Sendable, Hashable {
  public var name: String
  /// Path of the unattend.xml answer file, resolved against the environment file's directory.
  public var answerFile: String?
  /// The answer file's text when carried inline (the built-in demo has no files).
  public var answerFileText: String?
  /// Paths of logs (NetSetup.log, setupact.log...), resolved like `answerFile`.
  public var logs: [String] = []
  @NotCompared public var origin: SourceLocation

  public init(name: String, origin: SourceLocation = .none) {
    self.name = name
    self.origin = origin
  }
}
