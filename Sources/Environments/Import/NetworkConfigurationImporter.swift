import AnswerFiles
import Findings

import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads classic Azure network configuration XML (`NetworkConfiguration`, the 2014-era
/// `Get-AzureVNetConfig` format) into an `AzureNetwork`.
public enum NetworkConfigurationImporter {
  /// Parses `bytes` from `file`; `lineOffset` is added to reported lines (skipped preamble).
  public static func read(_ bytes: [UInt8], file: String, lineOffset: Int = 0) throws
    -> (AzureNetwork, [LoadWarning])
  {
    try XMLInput.check(bytes, file: file, lineOffset: lineOffset)
    let parser = XMLParser(data: Data(bytes))
    let builder = NetworkConfigurationBuilder(file: file, lineOffset: lineOffset, parser: parser)
    parser.delegate = builder
    parser.shouldProcessNamespaces = true
    if !parser.parse() {
      if let error = builder.failure { throw error }
      let code = (parser.parserError as NSError?)?.code ?? 0
      throw InputError("XML: \(XMLErrorText.message(code))",
        at: SourceLocation(file: file, line: parser.lineNumber + lineOffset,
          column: max(1, parser.columnNumber)))
    }
    if let error = builder.failure { throw error }
    guard builder.sawRoot else {
      throw InputError("expected root element <NetworkConfiguration>",
        at: SourceLocation(file: file, line: 1 + lineOffset))
    }
    return (builder.network, builder.warnings)
  }
}

/// Readable text for libxml2 error codes as XMLParser reports them.
enum XMLErrorText {
  static func message(_ code: Int) -> String {
    switch code {
    case 4: "document is empty or not XML (expected '<')"
    case 5: "premature end of document: an element is not closed (truncated?)"
    case 9: "invalid character in the document"
    case 23: "expected '>' to close a tag"
    case 26: "an entity is referenced but not declared"
    case 38, 39: "expected a quoted attribute value"
    case 40, 41: "expected an attribute value in quotes"
    case 64: "XML declaration allowed only at the start of the document"
    case 68: "a name was expected"
    case 73: "expected '>' after the tag name"
    case 76: "closing tag does not match the opening tag"
    case 77: "expected a closing tag"
    case 85: "extra content at the end of the document"
    case 111: "XML: expected '<' or text"
    default: "malformed XML (parser error \(code))"
    }
  }
}
