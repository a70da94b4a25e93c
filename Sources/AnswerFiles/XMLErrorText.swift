/// Readable messages for the parser's numeric error codes (libxml2's numbering, which
/// Foundation's `XMLParser` passes through), each saying what was expected. The one table every
/// XML reader uses (answer files and netcfg exports); `XMLErrorTextTests` checks each code
/// against libxml2's `xmlParserErrors` (include/libxml/xmlerror.h).
public enum XMLErrorText {
  /// The message for `code`, using the elements still open to name the missing end tag.
  public static func message(code: Int, openElements: [(name: String, line: Int)] = []) -> String {
    let innermost = openElements.last.map { "</\($0.name)> (opened on line \($0.line))" }
    switch code {
    case 4:
      return "expected the document to start with '<' (an XML declaration or the root element)"
    case 5:
      if let innermost { return "document ended early: expected \(innermost)" }
      return "expected nothing after the root element's end tag (one root element only), "
        + "or a quoted attribute value"
    case 9: return "invalid character: expected text without control characters"
    case 23: return "expected ';' to end the entity reference (write '&amp;' for a literal '&')"
    case 24: return "expected a name after '%' (a parameter-entity reference)"
    case 26, 27:
      return "undeclared entity: expected one of &lt; &gt; &amp; &quot; &apos; or &#N;"
    case 38: return "'<' inside an attribute value: expected '&lt;'"
    case 39: return "expected '\"' or ''' to start the attribute value"
    case 40: return "attribute value not finished: expected the closing quote"
    case 41: return "attribute without a value: expected name=\"value\""
    case 42: return "attribute given twice in one element: expected each name once"
    case 64: return "the XML declaration may only appear at the very start of the file"
    case 65: return "expected white space between attributes"
    case 68: return "expected an element name after '<'"
    case 73: return "expected '>' to close the tag"
    case 74: return "expected '</' to close the element"
    case 76:
      if let innermost { return "mismatched end tag: expected \(innermost)" }
      return "mismatched end tag: expected the end tag of the open element"
    case 77:
      if let innermost { return "element not closed: expected \(innermost)" }
      return "element not closed: expected its end tag"
    case 111: return "parsing stopped at this point"
    case 85, 86:
      return "expected a single root element with nothing but comments after its end tag"
    default:
      return "XML is not well formed (parser error \(code))"
        + (innermost.map { ": inside \($0)" } ?? "")
    }
  }
}
