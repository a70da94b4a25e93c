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
  let context = WalkContext(baseDirectory: "/lab")

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
}
