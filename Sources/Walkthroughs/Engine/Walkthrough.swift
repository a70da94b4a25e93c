import Findings

/// A guided, resumable troubleshooting story, as data: steps that inform, ask, check, act and
/// verify, with branches on answers and on evidence. The engine walks it; the shell shows it.
public struct Walkthrough: Sendable {
  /// The name users type: `domain-join`, `sysprep-recovery`.
  public var id: String
  public var title: String
  /// One line for `walk list`.
  public var summary: String
  /// The sources the story rests on.
  public var refs: [String]
  /// The steps; the first is where the walk starts.
  public var steps: [WalkStep]

  public init(id: String, title: String, summary: String, refs: [String] = [], steps: [WalkStep]) {
    self.id = id
    self.title = title
    self.summary = summary
    self.refs = refs
    self.steps = steps
  }

  public func step(_ id: String) -> WalkStep? { steps.first { $0.id == id } }

  /// The fewest and the most steps still ahead of `id` to an end of the walk, along paths that
  /// do not revisit a step (a loop back is not an end), for "step 3 of 5" (or "of 5-7" while the
  /// branches to come decide). Steps already `visited` are avoided when an end can be reached
  /// without them.
  public func remaining(after id: String, visited: [String] = []) -> ClosedRange<Int> {
    if let ahead = remaining(after: id, avoiding: Set(visited + [id])) { return ahead }
    return remaining(after: id, avoiding: [id]) ?? 0...0
  }

  private func remaining(after id: String, avoiding: Set<String>) -> ClosedRange<Int>? {
    var low = Int.max, high = 0
    func walk(_ id: String, _ depth: Int, _ seen: Set<String>) {
      guard let step = step(id) else { return }
      if step.canEnd {
        low = min(low, depth)
        high = max(high, depth)
      }
      for target in Set(step.targets).subtracting(seen).sorted() where self.step(target) != nil {
        walk(target, depth + 1, seen.union([target]))
      }
    }
    walk(id, 0, avoiding)
    return low == Int.max ? nil : low...high
  }

  /// Step ids named as a branch target that do not exist (a walkthrough's own consistency test).
  public var danglingTargets: [String] {
    let ids = Set(steps.map(\.id))
    return steps.flatMap(\.targets).filter { !ids.contains($0) }
  }
}

/// One step of a walkthrough.
public struct WalkStep: Sendable {
  public enum Kind: String, Sendable, CaseIterable, Codable {
    /// Explain something; `walk next` goes on.
    case inform
    /// Ask the user (or take the answer from the environment); `walk answer` replies.
    case ask
    /// Look at evidence and branch on what it shows.
    case check
    /// Tell the user what to do (a command to run, a change to make).
    case act
    /// Check that what was done worked.
    case verify
  }

  public var id: String
  public var kind: Kind
  public var title: String
  /// What the step says, in full sentences.
  public var text: String
  /// Why this step matters, in a line: the teaching part.
  public var why: String
  public var refs: [String]
  /// Where `walk next` goes when nothing else decides; nil ends the walkthrough.
  public var next: String?
  public var question: WalkQuestion?
  public var check: WalkCheck?
  /// For check and verify steps: where each outcome leads (else `next`).
  public var branches: [WalkOutcome: String]
  /// Where a check's named route leads (`WalkCheckResult.route`), for evidence that needs more
  /// than three outcomes (sources that disagree, a cause outside the answer file).
  public var routes: [String: String]
  /// The step's text fitted to the answers and facts so far (the advice for the OS, the cause
  /// or the host the user described); nil keeps `text`.
  public var fitted: (@Sendable (WalkContext) -> String?)?

  public init(
    _ id: String, _ kind: Kind, title: String, text: String, why: String, refs: [String] = [],
    next: String? = nil, question: WalkQuestion? = nil, check: WalkCheck? = nil,
    branches: [WalkOutcome: String] = [:], routes: [String: String] = [:],
    fitted: (@Sendable (WalkContext) -> String?)? = nil
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.text = text
    self.why = why
    self.refs = refs
    self.next = next
    self.question = question
    self.check = check
    self.branches = branches
    self.routes = routes
    self.fitted = fitted
  }

  /// True when the walk can finish at this step: nothing comes after it for some answer or
  /// outcome.
  var canEnd: Bool {
    guard next == nil else { return false }
    if case .choice(let choices) = question?.expect, choices.allSatisfy({ $0.next != nil }) {
      return false
    }
    return check == nil || WalkOutcome.allCases.contains { branches[$0] == nil }
  }

  /// Every step id this step can lead to.
  var targets: [String] {
    var all = [next].compactMap { $0 } + Array(branches.values) + Array(routes.values)
    if case .choice(let choices) = question?.expect { all += choices.compactMap(\.next) }
    return all
  }
}

/// What an `ask` step wants to know.
public struct WalkQuestion: Sendable {
  public enum Expect: Sendable {
    /// One of these answers; each may lead to its own step.
    case choice([WalkChoice])
    /// A path to a file (resolved against the session's directory).
    case file
    case text
  }

  /// Where the answer is kept (`answer-file`), for later checks to read.
  public var key: String
  public var prompt: String
  public var expect: Expect
  /// An answer the environment already gives (the machine's answer file), if any.
  public var fromEnvironment: (@Sendable (WalkContext) -> String?)?
  /// For `.file`: true when `none` is an answer (the user does not have that file).
  public var optional: Bool
  /// Why an answer cannot be taken (nil when it can): the step stays on the question.
  public var validate: (@Sendable (String, WalkContext) -> String?)?
  /// For `.choice`: reads an answer that is not a choice (an address, a version) as one.
  public var interpret: (@Sendable (String) -> WalkInterpretation?)?

  public init(
    key: String, prompt: String, expect: Expect, optional: Bool = false,
    fromEnvironment: (@Sendable (WalkContext) -> String?)? = nil,
    validate: (@Sendable (String, WalkContext) -> String?)? = nil,
    interpret: (@Sendable (String) -> WalkInterpretation?)? = nil
  ) {
    self.key = key
    self.prompt = prompt
    self.expect = expect
    self.optional = optional
    self.fromEnvironment = fromEnvironment
    self.validate = validate
    self.interpret = interpret
  }
}

/// A free answer read as one of the choices, with what the tool saw in it.
public struct WalkInterpretation: Sendable, Equatable {
  /// The choice value the answer stands for.
  public var choice: String
  /// What the answer was read as (`169.254.12.3: link-local (RFC 3927)`), kept as a fact.
  public var note: String

  public init(choice: String, note: String) {
    self.choice = choice
    self.note = note
  }
}

/// One allowed answer to a choice question.
public struct WalkChoice: Sendable {
  public var value: String
  public var label: String
  public var next: String?
  /// Other spellings that mean this choice (`license` for `licence`).
  public var aliases: [String]

  public init(_ value: String, _ label: String, next: String? = nil, aliases: [String] = []) {
    self.value = value
    self.label = label
    self.next = next
    self.aliases = aliases
  }
}

/// How a check came out; steps branch on it.
public enum WalkOutcome: String, Sendable, Codable, CaseIterable {
  /// The evidence shows the problem (or, for verify, that the fix did not work).
  case failed
  /// The evidence is clean.
  case passed
  /// There was no evidence to look at (no file given, file unreadable).
  case unknown
}

/// The evidence a check or verify step looks at.
public struct WalkCheck: Sendable {
  public var run: @Sendable (WalkContext) -> WalkCheckResult
  public init(_ run: @escaping @Sendable (WalkContext) -> WalkCheckResult) { self.run = run }
}

/// What a check found: an outcome, a one-line verdict, findings, and facts later steps can use.
public struct WalkCheckResult: Sendable, Equatable {
  public var outcome: WalkOutcome
  public var summary: String
  /// Lines shown under the summary (a plan, the evidence lines).
  public var details: [String]
  public var findings: [Finding]
  public var facts: [String: String]
  /// A route the step declares (`WalkStep.routes`), taken instead of the outcome's branch.
  public var route: String?

  public init(
    _ outcome: WalkOutcome, _ summary: String, details: [String] = [], findings: [Finding] = [],
    facts: [String: String] = [:], route: String? = nil
  ) {
    self.outcome = outcome
    self.summary = summary
    self.details = details
    self.findings = findings
    self.facts = facts
    self.route = route
  }
}
