import EnvironmentFiles
import Findings
import TextInput
import WindowsSecurity

/// `perm sddl` and `perm sd`: a security descriptor from SDDL text or from its binary form,
/// decoded, in canonical SDDL and in words.
public enum PermCommands {
  public static var all: [CommandSpec] { [sddl, sd] }
  public static let groups = [
    "perm": "permission rules: security descriptors, SDDL and, with the directory, access checks"
  ]

  /// How the schema names GUIDs; raw until the directory's schema provides a resolver.
  static let objectTypes: any ObjectTypeNames = RawObjectTypes()

  static let domainSIDOption = OptionSpec(
    "domain-sid", value: .text, valueName: "SID",
    help: "the domain SID that DA, DU, EA and the other domain aliases stand for "
      + "(default: the current environment's domain)")

  static let sddlText = ArgumentSpec(
    "TEXT", .text, .optional, help: "an SDDL string, quoted, e.g. 'D:(A;;GA;;;BA)'")
  static let sddlFile = OptionSpec(
    "file", value: .file, valueName: "FILE",
    help: "read one SDDL string per line (UTF-8 or UTF-16 with BOM, CRLF or LF) and print each "
      + "in canonical form, or where it was refused")
  static let sdSource = ArgumentSpec(
    "FILE|BASE64", help: "a file holding the descriptor, or its base64 text")

  static let sddl = CommandSpec(
    ["perm", "sddl"], summary: "decode SDDL text: canonical form, binary form, each ACE in words",
    discussion: """
      Reads TEXT as Windows' ConvertStringSecurityDescriptorToSecurityDescriptor does ([MS-DTYP] \
      2.5.1) and prints it back as Windows prints it: rights in CCDCLCSWRPWPDTLOCRSDRCWDWO order, \
      flags OICIID, lower-case GUIDs, SIDs by alias. A string Windows refuses is an error at the \
      column where it stopped making sense. Quote TEXT: ';' separates commands. Domain aliases \
      (DA, DU, EA, …) need a domain SID: --domain-sid, else the current environment's domain.
      """,
    arguments: [sddlText],
    options: [domainSIDOption, sddlFile],
    examples: [
      "perm sddl 'O:BAG:BAD:P(A;CIOI;GRGX;;;BU)(A;CIOI;GA;;;BA)'",
      "perm sddl '(OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;bf967aba-0de6-11d0-a285-00aa003049e2;DA)' --domain-sid S-1-5-21-1-2-3",
      "perm sddl 'D:(A;;RPWPCRCCDCLCLORCWOWDSDDTSW;;;SY)' --format json",
      "perm sddl --file acls.txt --domain-sid S-1-5-21-1-2-3",
    ]
  ) { invocation, session in
    let (context, source) = try domainContext(invocation, session)
    if let file = invocation.file(sddlFile) {
      if let given = invocation.word(sddlText) {
        throw ShellError("give TEXT or --file FILE, not both", column: given.column)
      }
      do throws(FileReadError) {
        // TextInput decodes what Windows tools write: UTF-8 with or without BOM, UTF-16 with
        // BOM (PowerShell 5.1's Out-File), CRLF.
        let text = try InputFile.text(file)
        return SDDLFileReport(file: file.shown, text: text, context: context)
      } catch {
        throw ShellError(error.description)
      }
    }
    guard let word = invocation.word(sddlText) else {
      throw ShellError(
        "perm sddl needs TEXT (or --file FILE)", column: invocation.endColumn,
        hint: "usage: \(invocation.spec.usage)")
    }
    var text = word.text
    // A lone ACE is read as a DACL holding it, the way ACEs are quoted in documentation.
    let loneACE = text.first == "("
    if loneACE { text = "D:" + text }
    do throws(SDDLError) {
      let descriptor = try SecurityDescriptor(sddl: text, context: context)
      return DescriptorReport(
        descriptor: descriptor, names: TrusteeNames(domain: session.environments.current?.domain, context: context),
        objectTypes: objectTypes, domainSource: source)
    } catch {
      let column = error.column - (loneACE ? 2 : 0)
      throw ShellError(
        "SDDL column \(column): \(error.message)",
        column: word.column + (word.isQuoted ? 1 : 0) + column - 1,
        hint: error.message.contains("relative to the") ? "give --domain-sid S-1-5-21-… or load an environment with a domain" : nil)
    }
  }

  static let sd = CommandSpec(
    ["perm", "sd"], summary: "decode a binary security descriptor (a file or base64)",
    discussion: """
      Reads a self-relative security descriptor ([MS-DTYP] 2.4.6), such as nTSecurityDescriptor \
      from an LDIF export or Get-Acl's GetSecurityDescriptorBinaryForm(), either from FILE (raw \
      bytes, or base64 text) or as BASE64 on the line. A truncated or inconsistent descriptor is \
      an error naming the byte offset and the structure (header, ACL, ACE, SID) it was reading.
      """,
    arguments: [sdSource],
    options: [domainSIDOption],
    examples: ["perm sd AQAEgBQAAAAgAAAAAAAAACwAAAABAQAAAAAAAQAAAAABAQAAAAAABRIAAAACABwAAQAAAAAAFAD/AQ8AAQEAAAAAAAEAAAAA", "perm sd adminsdholder.bin --format json"]
  ) { invocation, session in
    guard let word = invocation.word(sdSource) else {
      throw ShellError("perm sd needs FILE or BASE64", column: invocation.endColumn)
    }
    let (context, source) = try domainContext(invocation, session)
    let (bytes, fromFile) = try descriptorBytes(word, invocation)
    do throws(BinaryDescriptorError) {
      let descriptor = try SecurityDescriptor(selfRelative: bytes)
      return DescriptorReport(
        descriptor: descriptor, names: TrusteeNames(domain: session.environments.current?.domain, context: context),
        objectTypes: objectTypes, domainSource: source)
    } catch {
      throw ShellError((fromFile ? word.text : "the base64 descriptor") + ": \(error)")
    }
  }

  /// The descriptor's bytes: a file's content (raw, or base64 text in it), else the word as base64.
  static func descriptorBytes(_ word: Word, _ invocation: Invocation) throws -> ([UInt8], fromFile: Bool) {
    let file = FileReference(
      path: Invocation.resolve(word.text, against: invocation.baseDirectory), shown: word.text)
    do throws(FileReadError) {
      let content = try InputFile.bytes(file, limit: 1 << 20)
      // Base64 text in a file (any encoding TextInput reads), else the raw descriptor bytes.
      if let text = try? TextDecoding.utf8(content, file: file) {
        let trimmed = text.filter { !isSpace($0) }
        if !trimmed.isEmpty, trimmed.allSatisfy(isBase64Byte), let decoded = Base64.decode(trimmed) {
          return (decoded, true)
        }
      }
      return (content, true)
    } catch {
      guard case .unreadable(let errno) = error.reason, errno == .noSuchFileOrDirectory else {
        throw ShellError(error.description)
      }
    }
    let text = Array(word.text.utf8)
    if let bad = text.firstIndex(where: { !isBase64Byte($0) && !isSpace($0) }) {
      throw ShellError(
        "\(word.text.count > 40 ? "argument" : "'\(word.text)'") is neither a file nor base64: "
          + "unexpected '\(Character(UnicodeScalar(text[bad])))' at column \(bad + 1)",
        column: word.column + (word.isQuoted ? 1 : 0) + bad)
    }
    guard let decoded = Base64.decode(text) else {
      throw ShellError(
        "not base64: \(text.count) characters, expected whole groups of 4 (is it cut short?)",
        column: word.column)
    }
    return (decoded, false)
  }

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

  static func isBase64Byte(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
      || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
  }

  /// The SIDs domain aliases resolve against: --domain-sid, else the current environment's.
  static func domainContext(_ invocation: Invocation, _ session: Session) throws -> (SIDContext, String?) {
    if let given = invocation.word(domainSIDOption) {
      do throws(SDDLError) {
        return (SIDContext(domain: try SecurityIdentifier(parsing: given.text)), "--domain-sid")
      } catch {
        throw ShellError(
          "--domain-sid: \(error.message)", column: given.column + (given.isQuoted ? 1 : 0) + error.column - 1)
      }
    }
    if let environment = session.environments.current, let text = environment.domain?.sid {
      guard let sid = try? SecurityIdentifier(parsing: text) else {
        throw ShellError("environment '\(environment.name)': its domain SID '\(text)' is not a SID")
      }
      return (SIDContext(domain: sid), "environment '\(environment.name)'")
    }
    return (.none, nil)
  }
}
