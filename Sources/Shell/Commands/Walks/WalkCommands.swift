import Findings
import Walkthroughs

/// `walk ...`: guided troubleshooting walkthroughs, stepped, resumable per environment.
public enum WalkCommands {
  public static var all: [CommandSpec] { [list, start, next, back, answer, status, stop] }

  /// Completion source for walkthrough names.
  public static let names = NameKind(rawValue: "walkthrough")

  /// The answer the current step's question expects: its choices, a file, or text.
  public static let answers = NameKind(rawValue: "walk-answer")

  /// What `walk answer` takes now, for Tab and `?`.
  static func answerKind(_ session: Session) -> ValueKind {
    guard let progress = session.walks[session.walkKey],
      let walkthrough = session.catalog.walkthroughs.first(where: { $0.id == progress.walkthrough }),
      let question = walkthrough.step(progress.step)?.question
    else { return .text }
    switch question.expect {
    case .choice(let choices): return .choice(choices.map(\.value))
    case .file: return .file
    case .text: return .text
    }
  }

  static let list = CommandSpec(["walk", "list"], summary: "list the walkthroughs") { _, session in
    let walkthroughs = session.catalog.walkthroughs
    let rows = walkthroughs.map { [$0.id, $0.summary] }
    return StructuredOutput(
      text: TextTable(rows).text,
      json: .object([
        (
          "walkthroughs",
          .array(walkthroughs.map { .object([("id", .string($0.id)), ("title", .string($0.title)), ("summary", .string($0.summary))]) })
        )
      ]))
  }

  static let walkStartName = ArgumentSpec(
    "NAME", .name(names), help: "the walkthrough, as 'walk list' names it")

  static let start = CommandSpec(
    ["walk", "start"], summary: "begin a walkthrough (replaces the one in progress here)",
    arguments: [walkStartName],
    examples: ["walk start domain-join"]
  ) { invocation, session in
    let name = invocation.value(walkStartName) ?? ""
    let shown = try session.walkEngine.start(name, context: session.walkContext(nil))
    return session.record(shown)
  }

  static let next = CommandSpec(["walk", "next"], summary: "go on to the next step") { _, session in
    let progress = try session.currentWalk()
    return session.record(try session.walkEngine.next(progress, context: session.walkContext(progress)))
  }

  static let back = CommandSpec(["walk", "back"], summary: "go back one step") { _, session in
    let progress = try session.currentWalk()
    return session.record(try session.walkEngine.back(progress, context: session.walkContext(progress)))
  }

  static let walkAnswerValue = ArgumentSpec(
    "VALUE", .contextual(answers), .variadic(minimum: 1),
    help: "a choice (or a unique prefix), a file, an address, text; Tab offers the choices")

  static let answer = CommandSpec(
    ["walk", "answer"], summary: "answer the current step's question",
    arguments: [walkAnswerValue],
    examples: ["walk answer yes", "walk answer logs/NetSetup.log"]
  ) { invocation, session in
    let progress = try session.currentWalk()
    let value = invocation.values(walkAnswerValue).joined(separator: " ")
    return session.record(try session.walkEngine.answer(value, progress: progress, context: session.walkContext(progress)))
  }

  static let status = CommandSpec(
    ["walk", "status"], summary: "show the current step again, and what the walk has found"
  ) { _, session in
    let progress = try session.currentWalk()
    var shown = try session.walkEngine.resume(progress, context: session.walkContext(progress))
    shown.progress = progress.finished ? progress : shown.progress
    return WalkStepOutput(shown, showTrail: true)
  }

  static let stop = CommandSpec(["walk", "stop"], summary: "abandon the walkthrough in progress") { _, session in
    let progress = try session.currentWalk()
    session.walks[session.walkKey] = nil
    session.saveWalks()
    let title = session.catalog.walkthroughs.first { $0.id == progress.walkthrough }?
      .step(progress.step)?.title ?? progress.step
    return TextOutput(
      "stopped '\(progress.walkthrough)' at step \(progress.path.count) (\(title)); "
        + "'walk start \(progress.walkthrough)' begins it again")
  }
}

extension Session {
  var walkEngine: WalkEngine { WalkEngine(library: catalog.walkthroughs) }

  /// Walks are kept per environment: the current one's name, or `-` without one.
  var walkKey: String { environments.currentName ?? "-" }

  func currentWalk() throws(ShellError) -> WalkProgress {
    guard let progress = walks[walkKey] else {
      throw ShellError(WalkError.notStarted)
    }
    return progress
  }

  func walkContext(_ progress: WalkProgress?) -> WalkContext {
    WalkContext(
      answers: progress?.answers ?? [:], facts: progress?.facts ?? [:], baseDirectory: baseDirectory,
      environment: environments.current.map(WalkEnvironment.init(environment:)))
  }

  /// Keeps the new progress (and persists it) and returns what to show.
  mutating func record(_ shown: WalkPresentation) -> WalkStepOutput {
    walks[walkKey] = shown.progress
    saveWalks()
    return WalkStepOutput(shown, showTrail: false)
  }
}
