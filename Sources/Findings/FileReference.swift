/// A file the user named: the path the tool opens and the path as the user typed it (or as it
/// reads relative to the base it was given against), so no message shows a path they never typed.
///
/// Libraries receive one of these instead of a bare path and print only `shown`. The two paths
/// live in one shared object, so the locations of every element read from a file (hundreds of
/// thousands for a directory export) share it instead of copying two strings each.
public struct FileReference: Sendable, Hashable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  private var storage: Storage

  public init(path: String, shown: String? = nil) {
    storage = Storage(path: path, shown: shown ?? path)
  }

  /// A path written in code or a test, typed as it reads.
  public init(stringLiteral path: String) { self.init(path: path) }

  /// The path the tool opens: absolute, or relative to the working directory.
  public var path: String {
    get { storage.path }
    set { storage = Storage(path: newValue, shown: storage.shown) }
  }

  /// The path as the user typed it; what every message prints.
  public var shown: String {
    get { storage.shown }
    set { storage = Storage(path: storage.path, shown: newValue) }
  }

  /// `shown`: the only spelling a message uses.
  public var description: String { shown }

  public static func == (lhs: FileReference, rhs: FileReference) -> Bool {
    lhs.storage === rhs.storage || (lhs.path == rhs.path && lhs.shown == rhs.shown)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(path)
    hasher.combine(shown)
  }

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

  /// The two spellings, immutable and shared by every copy.
  private final class Storage: Sendable {
    let path: String
    let shown: String

    init(path: String, shown: String) {
      self.path = path
      self.shown = shown
    }
  }
}

extension FileReference: Codable {
  private enum CodingKeys: String, CodingKey { case path, shown }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      path: try c.decode(String.self, forKey: .path),
      shown: try c.decodeIfPresent(String.self, forKey: .shown))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(path, forKey: .path)
    try c.encode(shown, forKey: .shown)
  }
}
