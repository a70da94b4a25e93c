import Findings

#if canImport(FoundationXML)
  import Foundation
  import FoundationXML
#else
  import Foundation
#endif

/// Reads XML bytes into an `XMLNode` tree with lines and columns, turning the parser's numeric
/// errors into an `InputError` that says where and what was expected.
enum XMLDocumentReader {
  /// Parses `data`; `file` is only used to name the location in errors.
  static func read(_ raw: [UInt8], file: FileReference) throws(InputError) -> XMLNode {
    let data = try XMLInput.utf8(raw, file: file)
    let parser = XMLParser(data: Data(data))
    let builder = TreeBuilder(lines: LineTable(data))
    parser.delegate = builder
    parser.shouldProcessNamespaces = false
    _ = parser.parse()
    if let first = builder.firstError {
      throw InputError(
        XMLErrorText.message(code: first.code, openElements: first.open),
        at: SourceLocation(file: file, line: first.line, column: first.column))
    }
    if let error = parser.parserError as NSError? {
      throw InputError(
        XMLErrorText.message(code: error.code, openElements: builder.openElements),
        at: SourceLocation(
          file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)))
    }
    guard let root = builder.root else {
      throw InputError(
        "expected an XML document with a root element such as <unattend>, found none",
        at: SourceLocation(file: file, line: 1, column: 1))
    }
    return root
  }
}

/// The parser delegate: a stack of open elements, each finished node appended to its parent.
private final class TreeBuilder: NSObject, XMLParserDelegate {
  let lines: LineTable
  var stack: [XMLNode] = []
  var root: XMLNode?
  /// The first error with the place and the open elements at that moment (the parser may go on
  /// recovering, which would lose both).
  var firstError: (code: Int, line: Int, column: Int, open: [(name: String, line: Int)])?

  init(lines: LineTable) {
    self.lines = lines
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    guard firstError == nil else { return }
    firstError = (
      (parseError as NSError).code, max(parser.lineNumber, 1), max(parser.columnNumber, 1),
      openElements
    )
    parser.abortParsing()
  }

  /// The names and lines of elements still open, innermost last, for error messages.
  var openElements: [(name: String, line: Int)] { stack.map { ($0.name, $0.line) } }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    var attributes: [String: String] = [:]
    for (key, value) in attributeDict { attributes[Self.localName(key)] = value }
    let start = lines.tagStart(line: parser.lineNumber, column: parser.columnNumber)
    stack.append(
      XMLNode(
        name: Self.localName(elementName), attributes: attributes, text: "",
        line: start.line, column: start.column, children: []))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard let node = stack.popLast() else { return }
    if stack.isEmpty {
      root = node
    } else {
      stack[stack.count - 1].children.append(node)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
  }

  private static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }
}

/// Line start offsets of the document, to move the parser's position (the end of a start tag)
/// back to the tag's `<`, which is where a reader looks for an element.
struct LineTable {
  private let bytes: [UInt8]
  private let starts: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
    self.starts = starts
  }

  /// The line and 1-based column of the `<` that opens the tag ending near (line, column).
  func tagStart(line: Int, column: Int) -> (line: Int, column: Int) {
    guard line >= 1, line <= starts.count else { return (max(line, 1), max(column, 1)) }
    var offset = min(starts[line - 1] + max(column - 1, 0), bytes.count - 1)
    while offset > 0, bytes[offset] != 0x3C { offset -= 1 }
    guard offset >= 0, offset < bytes.count, bytes[offset] == 0x3C else {
      return (line, max(column, 1))
    }
    var lineIndex = line - 1
    while lineIndex > 0, starts[lineIndex] > offset { lineIndex -= 1 }
    return (lineIndex + 1, offset - starts[lineIndex] + 1)
  }
}
