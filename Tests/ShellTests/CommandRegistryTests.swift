import XCTest

@testable import Shell

final class CommandRegistryTests: XCTestCase {
  let registry = TestCatalog.catalog.registry

  private func resolve(_ line: String) throws -> CommandRegistry.Resolution {
    try registry.resolve(try XCTUnwrap(CommandLexer.commands(in: line).first).words)
  }

  func testUniquePrefixesResolve() throws {
    XCTAssertEqual(try resolve("sh env").path, ["show", "env"])
    XCTAssertEqual(try resolve("rec sta x").path, ["record", "start"])
    XCTAssertEqual(try resolve("HELP").path, ["help"])
  }

  func testExactMatchWinsOverLongerNames() throws {
    XCTAssertEqual(try resolve("set").path, ["set"])
    XCTAssertEqual(try resolve("set format json").consumed, 2)
  }

  func testAmbiguousPrefixNamesTheCandidates() {
    XCTAssertThrowsError(try resolve("s")) { error in
      let error = error as? ShellError
      XCTAssertEqual(error?.message, "ambiguous command word 's': it could be 'save', 'say', 'set', 'show', 'source'")
      XCTAssertEqual(error?.column, 1)
    }
  }

  func testUnknownCommandSuggestsTheClosest() {
    XCTAssertThrowsError(try resolve("hepl")) { error in
      XCTAssertEqual((error as? ShellError)?.message, "unknown command 'hepl'")
      XCTAssertEqual((error as? ShellError)?.hint, "did you mean 'help'? (type 'help' for a list)")
    }
  }

  func testAGroupNeedsASubcommand() {
    XCTAssertThrowsError(try resolve("record")) { error in
      XCTAssertEqual((error as? ShellError)?.message, "'record' needs one of: 'start', 'stop'")
    }
    XCTAssertThrowsError(try resolve("show nothing")) { error in
      XCTAssertEqual((error as? ShellError)?.column, 6)
    }
  }

  func testACommandWithSubcommandsTakesOtherWordsAsArguments() throws {
    XCTAssertEqual(try resolve("prefix 10.0.0.0/8").path, ["prefix"])
    XCTAssertEqual(try resolve("prefix sp 10.0.0.0/8").path, ["prefix", "split"])
    XCTAssertEqual(try resolve("prefix 'split'").path, ["prefix"], "a quoted word is never a command word")
  }

  func testEditDistance() {
    XCTAssertEqual(CommandRegistry.editDistance("kitten", "sitting"), 3)
    XCTAssertEqual(CommandRegistry.editDistance("", "abc"), 3)
    XCTAssertEqual(CommandRegistry.closest(to: "sav", among: ["say", "save"]), "say")
    XCTAssertNil(CommandRegistry.closest(to: "zzzzzz", among: ["help"]))
  }
}
