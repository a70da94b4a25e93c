/// One element of a parsed XML document with the place it started, kept inside the module so
/// clear-text secrets never leave it except through the answer-file model's explicit APIs.
struct XMLNode: Sendable {
  /// The local name (any `prefix:` removed), the form unattend schemas are written in.
  var name: String
  var attributes: [String: String]
  /// The element's own character data, untrimmed.
  var text: String
  var line: Int
  var column: Int
  var children: [XMLNode]

  /// The character data with surrounding white space removed.
  var trimmedText: String { text.trimmingXMLSpace() }

  /// True when the element has neither child elements nor non-blank text (`<X/>`, `<X> </X>`).
  var isEmpty: Bool { children.isEmpty && trimmedText.isEmpty }

  /// The first child element called `name`.
  func child(_ name: String) -> XMLNode? {
    children.first { $0.name == name }
  }

  /// The first descendant reached by following `path`, one child name per step.
  func descendant(_ path: String...) -> XMLNode? {
    var node: XMLNode? = self
    for step in path { node = node?.child(step) }
    return node
  }

  /// The trimmed text of the element as a located value.
  var locatedText: Located<String> {
    Located(trimmedText, line: line, column: column)
  }
}

extension String {
  /// The string without leading and trailing XML white space (space, tab, CR, LF).
  func trimmingXMLSpace() -> String {
    let scalars = unicodeScalars
    let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
