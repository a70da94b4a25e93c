import AnswerFiles
import EnvironmentModel
import Findings
import SetupLogs
import TextInput
import Walkthroughs

/// `analyze netsetup|setupact|unattend FILE`: the domain-join evidence, each analysed on its own.
public enum LogCommands {
  public static var all: [CommandSpec] { [netsetup, setupact, unattend] }

  static let netsetupFile = ArgumentSpec("FILE", .file, help: "%WINDIR%\\debug\\NetSetup.log")

  static let netsetup = CommandSpec(
    ["analyze", "netsetup"], summary: "every join attempt in a NetSetup.log, the status decoded, the cause and fix",
    discussion: """
      Streams the file (any size; UTF-8 with or without BOM, Windows-1252, UTF-16LE; all three \
      timestamp eras). Status codes are named from the domain-join code table; harmless ones (a \
      0x534 first pass, 0xa99 restart needed) are marked; LDAP result codes are told apart from \
      Win32 codes.
      """,
    arguments: [netsetupFile],
    examples: ["analyze netsetup logs/NetSetup.log", "analyze netsetup NetSetup.log --format json"]
  ) { invocation, _ in
    let log = try file(invocation, netsetupFile)
    do throws(FileReadError) {
      return NetSetupOutput(report: try NetSetupLog.analyze(log))
    } catch {
      throw ShellError(error)
    }
  }

  static let setupactFile = ArgumentSpec(
    "FILE", .file, help: "%WINDIR%\\Panther\\setupact.log (or UnattendGC\\setupact.log)")

  static let setupact = CommandSpec(
    ["analyze", "setupact"], summary: "the DJOIN / UnattendedJoin lines of a setupact.log: retries, time lost, final error",
    arguments: [setupactFile],
    examples: ["analyze setupact Panther/setupact.log"]
  ) { invocation, _ in
    let log = try file(invocation, setupactFile)
    do throws(FileReadError) {
      return SetupActOutput(report: try SetupActLog.analyze(log))
    } catch {
      throw ShellError(error)
    }
  }

  static let analyzeUnattendFile = ArgumentSpec(
    "FILE", .file, orName: .machine,
    help: "unattend.xml / autounattend.xml, or a loaded machine (its answer file)")
  static let analyzeUnattendRevealPasswords = OptionSpec(
    "reveal-passwords", help: "decode and show local-account passwords (never join passwords)")

  static let unattend = CommandSpec(
    ["analyze", "unattend"], summary: "lint an answer file's UnattendedJoin settings (and check its OU against the environment)",
    discussion: """
      With an environment loaded, MachineObjectOU is looked up in its domain: it must exist and be \
      an organizational unit. Domain-join passwords are never shown; local-account passwords only \
      with --reveal-passwords.
      """,
    arguments: [analyzeUnattendFile],
    options: [analyzeUnattendRevealPasswords],
    examples: ["analyze unattend answer/unattend.xml", "analyze unattend app1"]
  ) { invocation, session in
    var answers = try file(invocation, analyzeUnattendFile)
    let machine = session.environments.current?.machines.first {
      $0.name.caseInsensitiveCompare(answers.shown) == .orderedSame
    }
    if let machine, machine.answerFileText == nil, machine.answerFile == nil {
      throw ShellError(
        "machine '\(machine.name)' has no answer file",
        column: invocation.word(analyzeUnattendFile)?.column)
    }
    let parsed: UnattendFile
    do {
      if let machine, let text = machine.answerFileText {
        answers = FileReference(path: "\(machine.name)/unattend.xml")
        parsed = try UnattendFile.parse(Array(text.utf8), file: answers)
      } else {
        if let path = machine?.answerFile { answers = FileReference(path: path) }
        parsed = try UnattendFile.parse(answers)
      }
    } catch let error as any LocatedError {
      throw ShellError(error)
    }
    let analysis = UnattendAnalysis(file: parsed, directory: session.environments.current.map(directoryLookup))
    return UnattendOutput(analysis: analysis, reveal: invocation.flag(analyzeUnattendRevealPasswords))
  }

  static func file(_ invocation: Invocation, _ argument: ArgumentSpec) throws(ShellError)
    -> FileReference
  {
    guard let file = invocation.file(argument) else {
      throw ShellError("\(invocation.spec.name) needs FILE")
    }
    return file
  }

  /// What a DN names in the environment's domain, for the MachineObjectOU check.
  static func directoryLookup(_ environment: Environment) -> DirectoryLookup {
    let domain = environment.domain
    return { dn in
      guard let object = domain?.object(dn: dn) else { return .missing }
      return object.structuralClass?.lowercased() == "organizationalunit" ? .organizationalUnit : .container
    }
  }
}
