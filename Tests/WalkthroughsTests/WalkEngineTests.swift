import Foundation
import Findings
import XCTest

@testable import Walkthroughs

final class WalkEngineTests: XCTestCase {
  static let bad = Rule(
    "T-BAD", .error, title: "bad", explanation: "the test story's failure", fix: "none",
    sources: ["test"])
  /// inform → ask (from environment or the user) → check (branches) → act | inform → end.
  static let story = Walkthrough(
    id: "test-story", title: "A test story", summary: "exercises every kind of step",
    steps: [
      WalkStep("intro", .inform, title: "Intro", text: "Read this.", why: "context", next: "file"),
      WalkStep(
        "file", .ask, title: "The file", text: "Which file?", why: "evidence", next: "look",
        question: WalkQuestion(
          key: "file", prompt: "the log file", expect: .file,
          fromEnvironment: { $0.environment?.artifacts["log"].flatMap { if case .path(let p) = $0 { p } else { nil } } })),
      WalkStep(
        "look", .check, title: "Look", text: "Reading it.", why: "the cause is in the log", next: "clean",
        check: WalkCheck { context in
          guard let path = context.answers["file"] else { return WalkCheckResult(.unknown, "no file") }
          if path.contains("bad") {
            return WalkCheckResult(
              .failed, "the log shows the failure",
              findings: [Finding(WalkEngineTests.bad, subject: path, message: "bad")],
              facts: ["cause": "bad"])
          }
          return WalkCheckResult(.passed, "clean")
        },
        branches: [.failed: "fix"]),
      WalkStep(
        "fix", .act, title: "Fix it", text: "Do the fix.", why: "it works", next: "confirm"),
      WalkStep(
        "confirm", .ask, title: "Confirm", text: "Did it work?", why: "verify", next: nil,
        question: WalkQuestion(
          key: "worked", prompt: "did it work?",
          expect: .choice([WalkChoice("yes", "it worked"), WalkChoice("no", "it did not", next: "fix")]))),
      WalkStep("clean", .inform, title: "Clean", text: "Nothing to do.", why: "no evidence of a problem"),
    ])

  let engine = WalkEngine(library: [story])
  let context = WalkContext(baseDirectory: WalkEngineTests.lab)

  /// A folder with the files the story's answers name (answers must name files that exist).
  static let lab: String = {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("walk-engine-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: dir + "/logs", withIntermediateDirectories: true)
    for name in ["bad.log", "good.log", "logs/bad.log"] {
      FileManager.default.createFile(atPath: dir + "/" + name, contents: Data("x\n".utf8))
    }
    return dir
  }()

  func testTheStoryIsConsistent() {
    XCTAssertEqual(Self.story.danglingTargets, [])
  }

  func testWalkAlongTheFailureBranch() throws {
    var shown = try engine.start("test", context: context)
    XCTAssertEqual(shown.step.id, "intro")
    XCTAssertEqual(shown.hint, "walk next")
    shown = try engine.next(shown.progress, context: context)
    XCTAssertEqual(shown.step.id, "file")
    XCTAssertEqual(shown.hint, "walk answer FILE")
    XCTAssertThrowsError(try engine.next(shown.progress, context: context)) {
      XCTAssertEqual($0 as? WalkError, .needsAnswer(prompt: "the log file", hint: "walk answer FILE"))
    }
    shown = try engine.answer("logs/bad.log", progress: shown.progress, context: context)
    XCTAssertEqual(shown.step.id, "look")
    XCTAssertEqual(shown.result?.outcome, .failed)
    XCTAssertEqual(shown.progress.facts["cause"], "bad")
    XCTAssertEqual(shown.progress.findingIDs, ["T-BAD"])
    shown = try engine.next(shown.progress, context: context)
    XCTAssertEqual(shown.step.id, "fix")
    shown = try engine.next(shown.progress, context: context)
    XCTAssertEqual(shown.hint, "walk answer yes|no")
    XCTAssertThrowsError(try engine.answer("maybe", progress: shown.progress, context: context)) {
      XCTAssertEqual($0 as? WalkError, .invalidAnswer("maybe", allowed: ["yes", "no"]))
    }
    let retry = try engine.answer("NO", progress: shown.progress, context: context)
    XCTAssertEqual(retry.step.id, "fix", "'no' branches back to the fix")
    let done = try engine.answer("yes", progress: shown.progress, context: context)
    XCTAssertTrue(done.progress.finished)
    XCTAssertThrowsError(try engine.next(done.progress, context: context)) {
      XCTAssertEqual($0 as? WalkError, .finished)
    }
  }

  func testTheEnvironmentCanAnswerAndACleanCheckTakesTheOtherBranch() throws {
    var environmentContext = context
    environmentContext.environment = WalkEnvironment(name: "lab", artifacts: ["log": .path("good.log")])
    var shown = try engine.start("test-story", context: environmentContext)
    shown = try engine.next(shown.progress, context: environmentContext)
    XCTAssertEqual(shown.answeredFromEnvironment, "good.log")
    XCTAssertEqual(shown.hint, "walk next")
    shown = try engine.next(shown.progress, context: environmentContext)
    XCTAssertEqual(shown.result?.outcome, .passed)
    shown = try engine.next(shown.progress, context: environmentContext)
    XCTAssertEqual(shown.step.id, "clean")
  }

  func testBackReturnsAlongTheTrailAndStopsAtTheStart() throws {
    var shown = try engine.start("test-story", context: context)
    XCTAssertThrowsError(try engine.back(shown.progress, context: context)) {
      XCTAssertEqual($0 as? WalkError, .atStart)
    }
    shown = try engine.next(shown.progress, context: context)
    shown = try engine.back(shown.progress, context: context)
    XCTAssertEqual(shown.step.id, "intro")
    XCTAssertEqual(shown.progress.trail, [])
  }

  func testFindingsFollowThePathActuallyTaken() throws {
    var shown = try engine.start("test-story", context: context)
    shown = try engine.next(shown.progress, context: context)
    shown = try engine.answer("bad.log", progress: shown.progress, context: context)
    XCTAssertEqual(shown.progress.findingIDs, ["T-BAD"])
    shown = try engine.back(shown.progress, context: context)
    XCTAssertEqual(shown.progress.findingIDs, [], "the check that found it is no longer on the path")
    shown = try engine.answer("good.log", progress: shown.progress, context: context)
    XCTAssertEqual(shown.result?.outcome, .passed)
    XCTAssertEqual(shown.progress.findingIDs, [])
  }

  func testProgressSurvivesEncodingAndResumes() throws {
    var shown = try engine.start("test-story", context: context)
    shown = try engine.next(shown.progress, context: context)
    shown = try engine.answer("bad.log", progress: shown.progress, context: context)
    let data = try JSONEncoder().encode(shown.progress)
    let decoded = try JSONDecoder().decode(WalkProgress.self, from: data)
    XCTAssertEqual(decoded, shown.progress)
    let resumed = try engine.resume(decoded, context: context)
    XCTAssertEqual(resumed.step.id, "look")
    XCTAssertEqual(resumed.result?.outcome, .failed)
  }

  func testUnknownAndAbbreviatedNames() throws {
    XCTAssertEqual(try engine.walkthrough("TEST").id, "test-story")
    XCTAssertThrowsError(try engine.walkthrough("nope")) {
      XCTAssertEqual($0 as? WalkError, .unknownWalkthrough("nope", known: ["test-story"]))
    }
  }

  // MARK: answers as the shell reads words

  func testAMissingFileOrADirectoryIsRefusedAndTheQuestionStays() throws {
    var shown = try engine.start("test-story", context: context)
    shown = try engine.next(shown.progress, context: context)
    XCTAssertThrowsError(try engine.answer("missing.log", progress: shown.progress, context: context)) {
      guard case .refusedAnswer("missing.log", let reason, "walk answer FILE")? = $0 as? WalkError else {
        return XCTFail("\($0)")
      }
      XCTAssertEqual(reason, "no such file")
    }
    XCTAssertThrowsError(try engine.answer("logs", progress: shown.progress, context: context)) {
      guard case .refusedAnswer(_, let reason, _)? = $0 as? WalkError else { return XCTFail("\($0)") }
      XCTAssertEqual(reason, "it is a directory")
    }
    XCTAssertThrowsError(try engine.answer("none", progress: shown.progress, context: context))
    XCTAssertEqual(shown.step.id, "file")
    XCTAssertEqual(try engine.answer("bad.log", progress: shown.progress, context: context).step.id, "look")
  }

  static let answers = Walkthrough(
    id: "answers", title: "Answers", summary: "prefixes, spellings, interpretation, validation",
    steps: [
      WalkStep(
        "pick", .ask, title: "Pick", text: "Which?", why: "w", next: "key",
        question: WalkQuestion(
          key: "pick", prompt: "which",
          expect: .choice([
            WalkChoice("licence", "the licence", aliases: ["license"]),
            WalkChoice("lan", "a LAN address"), WalkChoice("apipa", "169.254"),
          ]),
          interpret: { $0.hasPrefix("169.254.") ? WalkInterpretation(choice: "apipa", note: "\($0) is link-local") : nil })),
      WalkStep(
        "key", .ask, title: "Key", text: "Which key?", why: "w", next: "judge",
        question: WalkQuestion(
          key: "key", prompt: "the key", expect: .text,
          validate: { value, _ in value.uppercased().hasPrefix("HKLM\\") ? nil : "not under HKLM" })),
      WalkStep(
        "judge", .check, title: "Judge", text: "Judging.", why: "w", next: "end",
        check: WalkCheck { context in
          context.answers["key"] == "HKLM\\BAD"
            ? WalkCheckResult(.unknown, "cannot judge that key; give it again")
            : WalkCheckResult(.failed, "routed", route: "other")
        },
        branches: [.unknown: "key"], routes: ["other": "other"]),
      WalkStep("end", .inform, title: "End", text: "Done.", why: "w"),
      WalkStep(
        "other", .inform, title: "Other", text: "Static.", why: "w",
        fitted: { "fitted to \($0.answers["pick"] ?? "?")" }),
    ])

  func testChoicesByPrefixSpellingAndInterpretation() throws {
    let engine = WalkEngine(library: [Self.answers])
    let start = try engine.start("answers", context: context)
    XCTAssertEqual(start.position, 1)
    XCTAssertEqual(start.remaining, 3...3)
    XCTAssertEqual(try engine.answer("license", progress: start.progress, context: context).progress.answers["pick"], "licence")
    XCTAssertEqual(try engine.answer("lic", progress: start.progress, context: context).progress.answers["pick"], "licence")
    XCTAssertEqual(try engine.answer("AP", progress: start.progress, context: context).progress.answers["pick"], "apipa")
    XCTAssertThrowsError(try engine.answer("l", progress: start.progress, context: context)) {
      XCTAssertEqual($0 as? WalkError, .ambiguousAnswer("l", matches: ["licence", "lan"]))
    }
    let read = try engine.answer("169.254.12.3", progress: start.progress, context: context)
    XCTAssertEqual(read.progress.answers["pick"], "apipa")
    XCTAssertEqual(read.progress.facts["which"], "169.254.12.3 is link-local")
  }

  func testValidationAndGiveItAgainAreNeverADeadEnd() throws {
    let engine = WalkEngine(library: [Self.answers])
    var shown = try engine.start("answers", context: context)
    shown = try engine.answer("lan", progress: shown.progress, context: context)
    XCTAssertThrowsError(try engine.answer("HKXX\\Soft", progress: shown.progress, context: context)) {
      guard case .refusedAnswer(_, "not under HKLM", _)? = $0 as? WalkError else { return XCTFail("\($0)") }
    }
    shown = try engine.answer("HKLM\\BAD", progress: shown.progress, context: context)
    XCTAssertEqual(shown.step.id, "judge")
    XCTAssertEqual(shown.result?.outcome, .unknown)
    // The check says "give it again": `walk answer` on it answers the question it leads back to.
    shown = try engine.answer("HKLM\\Good", progress: shown.progress, context: context)
    XCTAssertEqual(shown.step.id, "judge")
    XCTAssertEqual(shown.result?.outcome, .failed)
    XCTAssertEqual(shown.position, 5, "the path actually taken: pick, key, judge, key, judge")
    shown = try engine.next(shown.progress, context: context)
    XCTAssertEqual(shown.step.id, "other", "the check's route wins over its next")
    XCTAssertEqual(shown.text, "fitted to lan")
    XCTAssertEqual(shown.remaining, 0...0)
  }

  func testACheckIsNeverClearAboveItsOwnError() throws {
    let story = Walkthrough(
      id: "careless", title: "t", summary: "s",
      steps: [
        WalkStep(
          "look", .check, title: "Look", text: "t", why: "w",
          check: WalkCheck { _ in
            WalkCheckResult(
              .passed, "nothing wrong",
              findings: [Finding(Self.bad, subject: "s", message: "m")])
          })
      ])
    let shown = try WalkEngine(library: [story]).start("careless", context: context)
    XCTAssertEqual(shown.result?.outcome, .failed)
  }

  func testProgressSavedBeforeRoutesStillLoads() throws {
    let old = """
      {"walkthrough":"test-story","step":"look","trail":["intro","file"],"answers":{"file":"bad.log"},
      "facts":{"cause":"bad"},"outcomes":{"look":"failed"},"findingsByStep":{"look":["T-BAD"]},
      "finished":false}
      """
    let progress = try JSONDecoder().decode(WalkProgress.self, from: Data(old.utf8))
    XCTAssertEqual(progress.routes, [:])
    XCTAssertEqual(progress.factKeysByStep, [:])
    XCTAssertEqual(try engine.next(progress, context: context).step.id, "fix")
  }
}
