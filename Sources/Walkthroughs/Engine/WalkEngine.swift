import Findings
import Foundation

/// Moves a walk from step to step. Pure: each move takes the progress and a context and returns
/// the new progress and what to show, so the shell decides where progress is kept.
public struct WalkEngine: Sendable {
  public var library: [Walkthrough]

  public init(library: [Walkthrough]) { self.library = library }

  public func walkthrough(_ id: String) throws(WalkError) -> Walkthrough {
    let wanted = id.lowercased()
    if let exact = library.first(where: { $0.id == wanted }) { return exact }
    let matches = library.filter { $0.id.hasPrefix(wanted) }
    if matches.count == 1 { return matches[0] }
    throw .unknownWalkthrough(id, known: library.map(\.id))
  }

  /// Begins `id` at its first step.
  public func start(_ id: String, context: WalkContext) throws(WalkError) -> WalkPresentation {
    let walkthrough = try walkthrough(id)
    guard let first = walkthrough.steps.first else { throw .finished }
    let progress = WalkProgress(walkthrough: walkthrough.id, step: first.id)
    return enter(first, of: walkthrough, progress: progress, context: context)
  }

  /// Shows the current step again (after a restart), re-running its check.
  public func resume(_ progress: WalkProgress, context: WalkContext) throws(WalkError) -> WalkPresentation {
    let walkthrough = try walkthrough(progress.walkthrough)
    guard let step = walkthrough.step(progress.step) else { throw .notStarted }
    return enter(step, of: walkthrough, progress: progress, context: context, fresh: false)
  }

  /// Goes on from the current step: along the answer's or the outcome's branch, else `next`.
  public func next(_ progress: WalkProgress, context: WalkContext) throws(WalkError) -> WalkPresentation {
    guard !progress.finished else { throw .finished }
    let walkthrough = try walkthrough(progress.walkthrough)
    guard let step = walkthrough.step(progress.step) else { throw .notStarted }
    let target = try Self.target(of: step, progress)
    var moved = progress
    guard let target, let following = walkthrough.step(target) else {
      moved.finished = true
      return present(step, of: walkthrough, progress: moved, context: context.updated(with: moved))
    }
    moved.trail.append(step.id)
    moved.step = following.id
    return enter(following, of: walkthrough, progress: moved, context: context.updated(with: moved))
  }

  /// Where `walk next` goes from `step`: the route its check named, else the branch of its
  /// outcome, else the branch of the chosen answer, else `next`.
  static func target(of step: WalkStep, _ progress: WalkProgress) throws(WalkError) -> String? {
    if let route = progress.routes[step.id], let routed = step.routes[route] { return routed }
    if let outcome = progress.outcomes[step.id], let branch = step.branches[outcome] {
      return branch
    }
    if step.kind == .ask, let question = step.question {
      guard let answer = progress.answers[question.key] else {
        throw .needsAnswer(prompt: question.prompt, hint: WalkPresentation.answerHint(question))
      }
      if case .choice(let choices) = question.expect,
        let chosen = choices.first(where: { $0.value == answer }), let branch = chosen.next
      {
        return branch
      }
    }
    return step.next
  }

  /// Answers the current `ask` step and goes on. On a step that asks nothing, the answer is for
  /// the question the walk goes to next (the one a check that could not judge leads back to, or
  /// the one its summary just raised), so "give it again" is never a dead end. A refused answer
  /// leaves the walk where it was.
  public func answer(_ value: String, progress: WalkProgress, context: WalkContext) throws(WalkError)
    -> WalkPresentation
  {
    guard !progress.finished else { throw .finished }
    let walkthrough = try walkthrough(progress.walkthrough)
    guard var step = walkthrough.step(progress.step) else { throw .notAQuestion }
    var answered = progress
    if step.kind != .ask, let ahead = try? Self.target(of: step, progress),
      let asking = walkthrough.step(ahead), asking.kind == .ask
    {
      answered.trail.append(step.id)
      answered.step = asking.id
      step = asking
    }
    guard step.kind == .ask, let question = step.question else { throw .notAQuestion }
    let value = value.trimmingCharacters(in: .whitespaces)
    let hint = WalkPresentation.answerHint(question)
    switch question.expect {
    case .choice(let choices):
      let (chosen, note) = try WalkAnswer.choose(value, among: choices, question: question)
      answered.answers[question.key] = chosen
      answered.facts[question.prompt] = note
      answered.factKeysByStep[step.id] = note == nil ? nil : [question.prompt]
    case .file:
      if !(question.optional && value.lowercased() == "none"),
        !WalkAnswer.isInlineArtifact(value, context),
        let problem = WalkAnswer.fileProblem(value, context)
      {
        throw .refusedAnswer(value, reason: problem, hint: hint)
      }
      answered.answers[question.key] = question.optional && value.lowercased() == "none"
        ? "none" : value
    case .text:
      answered.answers[question.key] = value
    }
    if let problem = question.validate?(value, context.updated(with: answered)) {
      throw .refusedAnswer(value, reason: problem, hint: hint)
    }
    var shown = try next(answered, context: context.updated(with: answered))
    if case .choice = question.expect { shown.answerNote = answered.facts[question.prompt] }
    return shown
  }

  /// Goes back one step (answers and findings gathered so far are kept).
  public func back(_ progress: WalkProgress, context: WalkContext) throws(WalkError) -> WalkPresentation {
    let walkthrough = try walkthrough(progress.walkthrough)
    var moved = progress
    guard let previous = moved.trail.popLast(), let step = walkthrough.step(previous) else { throw .atStart }
    moved.step = previous
    moved.finished = false
    return enter(step, of: walkthrough, progress: moved, context: context.updated(with: moved))
  }

  /// Arriving at a step: an `ask` asks afresh (or takes its answer from the environment) unless
  /// the walk is only being shown again; a check runs.
  private func enter(
    _ step: WalkStep, of walkthrough: Walkthrough, progress: WalkProgress, context: WalkContext,
    fresh: Bool = true
  ) -> WalkPresentation {
    var progress = progress
    var fromEnvironment: String?
    if fresh, step.kind == .ask, let question = step.question { progress.answers[question.key] = nil }
    if step.kind == .ask, let question = step.question, progress.answers[question.key] == nil,
      let given = question.fromEnvironment?(context)
    {
      progress.answers[question.key] = given
      fromEnvironment = given
    }
    var result: WalkCheckResult?
    if let check = step.check {
      var outcome = check.run(context.updated(with: progress))
      // A check never reports CLEAR above an error it found itself.
      if outcome.outcome == .passed, outcome.findings.contains(where: { $0.severity == .error }) {
        outcome.outcome = .failed
      }
      progress.outcomes[step.id] = outcome.outcome
      progress.routes[step.id] = outcome.route.flatMap { step.routes[$0] == nil ? nil : $0 }
      for key in progress.factKeysByStep[step.id] ?? [] { progress.facts[key] = nil }
      progress.facts.merge(outcome.facts) { $1 }
      progress.factKeysByStep[step.id] = outcome.facts.keys.sorted()
      progress.findingsByStep[step.id] = outcome.findings.map(\.id)
      result = outcome
    }
    return present(
      step, of: walkthrough, progress: progress, context: context.updated(with: progress),
      result: result, fromEnvironment: fromEnvironment)
  }

  /// What the shell shows for `step`: its text fitted to the context, and where it lies on the
  /// path actually taken.
  private func present(
    _ step: WalkStep, of walkthrough: Walkthrough, progress: WalkProgress, context: WalkContext,
    result: WalkCheckResult? = nil, fromEnvironment: String? = nil
  ) -> WalkPresentation {
    WalkPresentation(
      walkthrough: walkthrough, step: step, text: step.fitted?(context) ?? step.text,
      position: progress.trail.count + 1,
      remaining: progress.finished
        ? 0...0 : walkthrough.remaining(after: step.id, visited: progress.trail),
      result: result, answeredFromEnvironment: fromEnvironment, progress: progress)
  }
}

extension WalkContext {
  /// The context with the answers and facts of `progress`.
  func updated(with progress: WalkProgress) -> WalkContext {
    var context = self
    context.answers = progress.answers
    context.facts = progress.facts
    return context
  }
}

extension WalkPresentation {
  static func answerHint(_ question: WalkQuestion) -> String {
    switch question.expect {
    case .choice(let choices): "walk answer " + choices.map(\.value).joined(separator: "|")
    case .file: question.optional ? "walk answer FILE|none" : "walk answer FILE"
    case .text: "walk answer TEXT"
    }
  }
}
