/// A file the user named: the path the tool opens and the path as the user typed it (or as it
/// reads relative to the base it was given against), so no message shows a path they never typed.
///
/// Libraries receive one of these instead of a bare path and print only `shown`.
public struct FileReference: Sendable, Hashable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The path the tool opens: absolute, or relative to the working directory.
  public var path: String
  /// The path as the user typed it; what every message prints.
  public var shown: String

  public init(path: String, shown: String? = nil) {
    self.path = path
    self.shown = shown ?? path
  }

  /// A path written in code or a test, typed as it reads.
  public init(stringLiteral path: String) { self.init(path: path) }

  /// `shown`: the only spelling a message uses.
  public var description: String { shown }

  /// The directory holding this file, with its typed spelling cut the same way ("" when the
  /// path has no directory part).
  public var parent: FileReference {
    FileReference(path: Self.directory(of: path), shown: Self.directory(of: shown))
  }

  /// The directory part of `path` ("" when it has none, "/" for a file in the root).
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// The last component of `path`.
  public var name: String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
