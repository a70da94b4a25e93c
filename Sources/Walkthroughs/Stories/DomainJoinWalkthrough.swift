import AnswerFiles
import Findings
import TextInput

/// The seed story: a VM that would not join the domain during unattended setup. The answer
/// file's MachineObjectOU named the CN=Computers container; DJOIN retried `NetJoinDomain attempt
/// failed: 0x2` every ten seconds; NetSetup.log said the path is not an OU.
enum DomainJoinWalkthrough {
  static let refs = [
    "Microsoft: Microsoft-Windows-UnattendedJoin | Identification | MachineObjectOU",
    "Microsoft support: Domain join log analysis (NetSetup.log)",
    "Microsoft: Windows Setup log files (Panther\\UnattendGC\\setupact.log)",
  ]

  static let walkthrough = Walkthrough(
    id: "domain-join",
    title: "A VM that did not join the domain during unattended setup",
    summary: "answer file, setupact.log and NetSetup.log read in turn, the cause named with its evidence line, and the corrected answer file",
    refs: refs,
    steps: [
      WalkStep(
        "story", .inform, title: "Where an unattended join leaves its traces",
        text: """
          In the specialize pass, Setup runs DJOIN.EXE with the Microsoft-Windows-UnattendedJoin \
          settings of the answer file. DJOIN logs its parameters and each retry to \
          Panther\\UnattendGC\\setupact.log; the join machinery logs every step and status to \
          debug\\NetSetup.log. The answer file says what was asked, setupact.log that it failed, \
          NetSetup.log why.
          """,
        why: "reading the three in order goes from the request to the failing step", refs: refs, next: "answer-file"),
      WalkStep(
        "answer-file", .ask, title: "The answer file",
        text: "Give the unattend.xml the machine was set up with (C:\\Windows\\Panther\\unattend.xml on the machine).",
        why: "most join failures in setup are a setting in the answer file", next: "lint",
        question: WalkQuestion(key: "answer-file", prompt: "the answer file", expect: .file, fromEnvironment: { artifactName($0, "answer-file") })),
      WalkStep(
        "lint", .check, title: "Check the UnattendedJoin settings",
        text: "Checking every UnattendedJoin rule, and MachineObjectOU against the loaded directory when there is one.",
        why: "a rule broken here fails every retry the same way", refs: refs, next: "setupact",
        check: WalkCheck { lintAnswerFile($0, key: "answer-file") },
        branches: [.unknown: "answer-file"]),
      WalkStep(
        "setupact", .ask, title: "setupact.log",
        text: "Give Panther\\UnattendGC\\setupact.log (or 'none' if you do not have it).",
        why: "it shows whether DJOIN ran, what it was given, and how long it retried", next: "djoin",
        question: WalkQuestion(key: "setupact", prompt: "setupact.log, or none", expect: .file, optional: true, fromEnvironment: { artifactName($0, "setupact") })),
      WalkStep(
        "djoin", .check, title: "Read the DJOIN lines",
        text: "Reading the DJOIN parameters (secrets stay masked), the retries and the final error.",
        why: "the final error code is the thread to follow into NetSetup.log", next: "netsetup",
        check: WalkCheck { readSetupAct($0) }),
      WalkStep(
        "netsetup", .ask, title: "NetSetup.log",
        text: "Give %WINDIR%\\debug\\NetSetup.log from the machine (or 'none').",
        why: "it names the failing step and its status for every attempt", next: "attempts",
        question: WalkQuestion(key: "netsetup", prompt: "NetSetup.log, or none", expect: .file, optional: true, fromEnvironment: { artifactName($0, "netsetup") })),
      WalkStep(
        "attempts", .check, title: "Read the join attempts",
        text: "Reading every join attempt: parameters, options, the DC found, each failing step and the status.",
        why: "the last failing attempt, with its evidence line, is the cause", refs: refs, next: "cause",
        check: WalkCheck { readNetSetup($0) }),
      WalkStep(
        "cause", .check, title: "The cause",
        text: "Putting the three together.",
        why: "one cause, with the line that proves it, is what a fix needs",
        refs: refs, next: "fixed",
        check: WalkCheck { diagnose($0) },
        branches: [.passed: "no-cause", .unknown: "no-cause"],
        routes: [Route.disagree: "same-attempt", Route.logCause: "log-cause"]),
      WalkStep(
        "same-attempt", .ask, title: "Are the logs from the same attempt?",
        text: """
          setupact.log and NetSetup.log end with different codes. Are both from the same machine \
          and the same setup (NetSetup.log keeps every attempt, including joins tried by hand \
          after setup)?
          """,
        why: "two logs of different attempts describe two failures, not one",
        question: WalkQuestion(
          key: "same-attempt", prompt: "same machine and same attempt?",
          expect: .choice([
            WalkChoice("yes", "yes: fix what each log names", next: "log-cause"),
            WalkChoice("no", "no: give the logs of the failed setup", next: "setupact"),
          ]))),
      WalkStep(
        "log-cause", .act, title: "Fix what the logs name",
        text: "The logs name a failure the answer file does not explain; fix it, then read NetSetup.log again after the next attempt.",
        why: "the code the join ended with decides the fix",
        refs: refs, fitted: { logCauseText($0) }),
      WalkStep(
        "fixed", .ask, title: "The corrected answer file",
        text: "Correct the answer file as shown under the cause, and give the corrected file.",
        why: "checking the correction before the next deployment costs seconds, a failed deployment an hour",
        next: "verify",
        question: WalkQuestion(key: "fixed", prompt: "the corrected answer file", expect: .file)),
      WalkStep(
        "verify", .verify, title: "Check the correction",
        text: "Checking the corrected answer file with the same rules.",
        why: "the same check that found the problem must now pass", next: "redeploy",
        check: WalkCheck { context in
          var result = lintAnswerFile(context, key: "fixed")
          if result.outcome == .failed { result.summary = "the corrected file still breaks a rule: " + result.summary }
          return result
        },
        branches: [.failed: "fixed", .unknown: "fixed"]),
      WalkStep(
        "redeploy", .act, title: "Deploy again",
        text: """
          Use the corrected answer file for the next deployment. On a machine already out of setup, \
          join it by hand instead: Add-Computer -DomainName <domain> [-OUPath 'OU=...'] -Restart, and \
          read NetSetup.log again if it fails.
          """,
        why: "setup reads the answer file only once, in specialize"),
      WalkStep(
        "no-cause", .inform, title: "No cause in these files",
        text: """
          Neither the answer file nor the logs show a known cause. Check name resolution from the \
          machine (nltest /dsgetdc:<domain>), the time difference to the DC, and the join account's \
          rights on the target OU; then read NetSetup.log again after the next attempt.
          """,
        why: "DNS, time and rights cause most of the failures that leave no setting to blame"),
    ])

  /// The name of an artifact the environment carries (a path, or the name of inline text).
  static func artifactName(_ context: WalkContext, _ kind: String) -> String? {
    switch context.environment?.artifacts[kind] {
    case .path(let path)?: path
    case .inline(let name, _)?: name
    case nil: nil
    }
  }

  /// The bytes and file of an answered artifact: inline text from the environment, or the file
  /// at the answered path (shown as answered). Nil for 'none'.
  static func artifact(_ context: WalkContext, _ key: String, kind: String)
    -> (bytes: [UInt8], file: FileReference)??
  {
    guard let answer = context.answers[key], answer.lowercased() != "none" else { return .some(nil) }
    if case .inline(let name, let text)? = context.environment?.artifacts[kind], name == answer {
      return (Array(text.utf8), FileReference(path: name))
    }
    guard let path = context.path(key) else { return nil }
    let file = FileReference(path: path, shown: answer)
    guard let bytes = try? InputFile.text(file) else { return nil }
    return (bytes, file)
  }
}
