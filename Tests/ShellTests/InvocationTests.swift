import Foundation
import XCTest

@testable import Shell

final class InvocationTests: XCTestCase {
  private func run(_ line: String) throws -> String {
    var session = TestCatalog.session()
    let command = try XCTUnwrap(CommandLexer.commands(in: line).first)
    return try session.run(command).output.text(.plain)
  }

  private func error(_ line: String) -> ShellError? {
    do {
      _ = try run(line)
      return nil
    } catch {
      return error as? ShellError
    }
  }

  func testOptionsInEveryFormAndPrefix() throws {
    XCTAssertEqual(try run("prefix 10.0.0.0/8 --force --to out.txt"), "prefix 10.0.0.0/8 force=true to=out.txt")
    XCTAssertEqual(try run("prefix --to=a.txt 10.0.0.0/8"), "prefix 10.0.0.0/8 force=false to=a.txt")
    XCTAssertEqual(try run("prefix --forc x"), "prefix x force=true to=-")
  }

  func testAnAmbiguousOptionPrefixNamesTheCandidates() {
    XCTAssertEqual(error("prefix --fo x")?.message, "ambiguous option '--fo': it could be --force, --format")
  }

  func testDoubleDashEndsOptions() throws {
    XCTAssertEqual(try run("prefix -- --force"), "prefix --force force=false to=-")
  }

  func testOptionalAndVariadicArgumentsShareThePositionals() throws {
    XCTAssertEqual(try run("prefix split a"), #"split ["a"] [] []"#)
    XCTAssertEqual(try run("prefix split a 24 x y"), #"split ["a"] ["24"] ["x", "y"]"#)
  }

  func testMissingArgumentPointsPastTheEnd() {
    let error = error("prefix split")
    XCTAssertEqual(error?.message, "'prefix split' needs CIDR: a prefix")
    XCTAssertEqual(error?.column, 13)
    XCTAssertEqual(error?.hint, "usage: prefix split CIDR [LENGTH] [MORE...]")
  }

  func testUnexpectedArgumentAndUnknownOption() {
    XCTAssertEqual(error("say --x")?.message, "unknown option '--x' for 'say'")
    XCTAssertEqual(error("history extra")?.message, "unexpected argument 'extra' for 'history'")
    XCTAssertEqual(error("history extra")?.column, 9)
    XCTAssertEqual(error("prefix a b")?.message, "unexpected argument 'b' for 'prefix'")
    XCTAssertEqual(error("prefix a b")?.column, 10)
  }

  func testValuesAreCheckedAgainstTheirKind() {
    XCTAssertEqual(error("prefix a --count many")?.message, "--count must be a whole number, not 'many'")
    XCTAssertEqual(error("set format xml")?.message, "FORMAT must be one of text, json, not 'xml'")
    XCTAssertEqual(error("prefix a --to")?.message, "--to needs a value (FILE)")
    XCTAssertEqual(error("prefix a --force=yes")?.message, "--force is a flag and takes no value")
  }

  func testFormatIsAcceptedByEveryCommand() throws {
    var session = TestCatalog.session()
    let command = try XCTUnwrap(CommandLexer.commands(in: "say hi --format json").first)
    let (output, format) = try session.run(command)
    XCTAssertEqual(format, .json)
    XCTAssertEqual(output.json.compactText, #"{"text":"hi"}"#)
  }

  func testPathsResolveAgainstTheBaseDirectory() {
    XCTAssertEqual(Invocation.resolve("a/b.yaml", against: "/lab"), "/lab/a/b.yaml")
    XCTAssertEqual(Invocation.resolve("/abs", against: "/lab"), "/abs")
    XCTAssertEqual(Invocation.resolve("~/x", against: "/lab", home: "/home/ann"), "/home/ann/x")
  }
}

/// A `.file` value is checked once, by the parser, for every command that declares one.
final class FileValueTests: XCTestCase {
  func testTheRegistryChecksFilesForEveryCommand() throws {
    let base = NSTemporaryDirectory() + "hb-files-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: base + "/folder", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: base) }
    var session = Session(catalog: .standard, surroundings: .batch, baseDirectory: base)
    func message(_ line: String) -> String? {
      do {
        _ = try session.run(CommandLexer.commands(in: line)[0])
        return nil
      } catch {
        return (error as? ShellError).map { "\($0.message) @\($0.column ?? 0)" }
      }
    }
    for command in ["load", "source", "analyze netsetup", "analyze setupact", "analyze unattend", "analyze sam", "sam fix"] {
      let column = command.count + 2
      let options = command == "sam fix" ? " --account 500 --plan" : ""
      XCTAssertEqual(message("\(command) missing.txt\(options)"), "cannot read missing.txt: No such file or directory @\(column)", command)
      XCTAssertEqual(message("\(command) folder\(options)"), "folder is a directory @\(column)", command)
    }
    XCTAssertEqual(message("addr --file folder"), "folder is a directory @13")
    XCTAssertNil(message("load demo"))
    XCTAssertNil(message("analyze unattend APP1"), "a loaded machine's name stands for its answer file")
  }
}

/// Values are read through their declarations: an option given twice reads as the last one,
/// and a declaration the command never had reads as nothing.
final class TypedAccessTests: XCTestCase {
  func testValuesAreReadThroughTheirDeclarations() throws {
    let spec = try XCTUnwrap(TestCatalog.catalog.registry.resolve(
      CommandLexer.commands(in: "prefix")[0].words).node.spec)
    let words = try CommandLexer.commands(in: "10.0.0.0/8 --to a.txt --to=b.txt --force")[0].words
    let invocation = try Invocation.parse(words[...], for: spec, endColumn: 40, baseDirectory: "/base")
    XCTAssertEqual(invocation.value(TestCatalog.cidr), "10.0.0.0/8")
    XCTAssertEqual(invocation.words(TestCatalog.to).map(\.text), ["a.txt", "b.txt"])
    XCTAssertEqual(invocation.value(TestCatalog.to), "b.txt")
    XCTAssertEqual(invocation.path(TestCatalog.to), "/base/b.txt")
    XCTAssertTrue(invocation.flag(TestCatalog.force))
    XCTAssertNil(invocation.value(TestCatalog.more))
    XCTAssertThrowsError(try invocation.required(TestCatalog.more))
  }
}
