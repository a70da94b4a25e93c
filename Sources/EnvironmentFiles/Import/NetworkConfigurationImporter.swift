import EnvironmentModel
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
  public static func read(_ raw: [UInt8], file: FileReference, lineOffset: Int = 0) throws
    -> (AzureNetwork, [LoadWarning])
  {
    let bytes = try XMLInput.utf8(raw, file: file, lineOffset: lineOffset)
    let parser = XMLParser(data: Data(bytes))
    let builder = NetworkConfigurationBuilder(file: file, lineOffset: lineOffset, parser: parser)
    parser.delegate = builder
    parser.shouldProcessNamespaces = true
    if !parser.parse() {
      if let error = builder.failure { throw error }
      let code = (parser.parserError as NSError?)?.code ?? 0
      throw InputError("XML: \(XMLErrorText.message(code: code))",
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
