import Findings

/// Where a walk is: the walkthrough, the current step, how it got there, and what it found.
/// Codable, so the shell can keep it per environment and resume after a restart.
public struct WalkProgress: Sendable, Equatable, Codable {
  public var walkthrough: String
  public var step: String
  /// The steps visited before this one, most recent last (`walk back` pops it).
  public var trail: [String]
  public var answers: [String: String]
  public var facts: [String: String]
  /// What each visited check step concluded, by step id.
  public var outcomes: [String: WalkOutcome]
  /// The finding ids each check step reported, by step id.
  public var findingsByStep: [String: [String]]
  /// The route each visited check step named (`WalkCheckResult.route`), by step id.
  public var routes: [String: String]
  /// The fact keys each check step set, by step id: a check that runs again replaces its own
  /// facts, and the summary shows only the facts of the path actually taken.
  public var factKeysByStep: [String: [String]]
  public var finished: Bool

  /// The steps of the path actually taken, this one included.
  public var path: [String] { trail + [step] }

  /// The facts set by the steps of the path actually taken.
  public var pathFacts: [String: String] {
    let keys = Set(path.flatMap { factKeysByStep[$0] ?? [] })
    return facts.filter { keys.contains($0.key) }
  }

  /// The finding ids along the path actually taken (the trail and the current step), in order:
  /// a step left by `walk back` no longer counts.
  public var findingIDs: [String] {
    var seen: [String] = []
    for step in trail + [self.step] {
      for id in findingsByStep[step] ?? [] where !seen.contains(id) { seen.append(id) }
    }
    return seen
  }

  public init(walkthrough: String, step: String) {
    self.walkthrough = walkthrough
    self.step = step
    trail = []
    answers = [:]
    facts = [:]
    outcomes = [:]
    findingsByStep = [:]
    routes = [:]
    factKeysByStep = [:]
    finished = false
  }

  private enum CodingKeys: String, CodingKey {
    case walkthrough, step, trail, answers, facts, outcomes, findingsByStep, routes, factKeysByStep
    case finished
  }

  /// Progress saved before routes and fact keys existed reads with none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    walkthrough = try c.decode(String.self, forKey: .walkthrough)
    step = try c.decode(String.self, forKey: .step)
    trail = try c.decode([String].self, forKey: .trail)
    answers = try c.decode([String: String].self, forKey: .answers)
    facts = try c.decode([String: String].self, forKey: .facts)
    outcomes = try c.decode([String: WalkOutcome].self, forKey: .outcomes)
    findingsByStep = try c.decode([String: [String]].self, forKey: .findingsByStep)
    routes = try c.decodeIfPresent([String: String].self, forKey: .routes) ?? [:]
    factKeysByStep =
      try c.decodeIfPresent([String: [String]].self, forKey: .factKeysByStep) ?? [:]
    finished = try c.decode(Bool.self, forKey: .finished)
  }
}

/// What the shell shows after each move: the step, what its check found, and what to type next.
public struct WalkPresentation: Sendable {
  public var walkthrough: Walkthrough
  public var step: WalkStep
  /// The step's text as shown: fitted to the answers when the step can be.
  public var text: String
  /// The 1-based position along the path actually taken.
  public var position: Int
  /// The fewest and the most steps that can follow this one.
  public var remaining: ClosedRange<Int>
  public var result: WalkCheckResult?
  /// Set when an `ask` step took its answer from the environment.
  public var answeredFromEnvironment: String?
  /// What the last answer was read as, when it was not one of the choices (an address).
  public var answerNote: String?
  public var progress: WalkProgress

  /// The next thing to type: `walk next`, `walk answer yes|no`, or nothing when finished.
  public var hint: String {
    if progress.finished { return "the walkthrough is complete ('walk list' for others)" }
    if step.kind == .ask, let question = step.question, progress.answers[question.key] == nil {
      return Self.answerHint(question)
    }
    return step.next == nil && step.branches.isEmpty ? "walk next (finishes)" : "walk next"
  }
}

/// Why a walk command could not go on.
public enum WalkError: LocatedError, Equatable {
  case unknownWalkthrough(String, known: [String])
  case notStarted
  case needsAnswer(prompt: String, hint: String)
  case notAQuestion
  case invalidAnswer(String, allowed: [String])
  case ambiguousAnswer(String, matches: [String])
  /// The answer was refused for a reason (no such file, not a registry key); the step stays.
  case refusedAnswer(String, reason: String, hint: String)
  case atStart
  case finished

  public var code: String {
    switch self {
    case .unknownWalkthrough: "walk.unknown"
    case .notStarted: "walk.not-started"
    case .needsAnswer: "walk.needs-answer"
    case .notAQuestion: "walk.not-a-question"
    case .invalidAnswer: "walk.invalid-answer"
    case .ambiguousAnswer: "walk.ambiguous-answer"
    case .refusedAnswer: "walk.refused-answer"
    case .atStart: "walk.at-start"
    case .finished: "walk.finished"
    }
  }

  /// A walk command is about the session, not a place in a file.
  public var location: SourceLocation { .none }

  public var message: String {
    switch self {
    case .unknownWalkthrough(let name, let known):
      "no walkthrough '\(name)'; there are: \(known.joined(separator: ", "))"
    case .notStarted: "no walkthrough in progress ('walk list', then 'walk start NAME')"
    case .needsAnswer(let prompt, let hint): "this step asks: \(prompt) (\(hint))"
    case .notAQuestion: "this step asks nothing; 'walk next' goes on"
    case .invalidAnswer(let value, let allowed):
      "'\(value)' is not an answer here; expected one of: \(allowed.joined(separator: ", "))"
    case .ambiguousAnswer(let value, let matches):
      "'\(value)' could be \(matches.joined(separator: " or ")); type more of it"
    case .refusedAnswer(let value, let reason, let hint):
      "'\(value)' cannot be the answer: \(reason); the question stays (\(hint))"
    case .atStart: "already at the first step"
    case .finished: "the walkthrough is complete; 'walk start NAME' begins another"
    }
  }
}
