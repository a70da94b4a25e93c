import AnswerFiles
import EnvironmentModel
import Findings
import PlacementRules
import SAMHive
import SetupLogs

/// One check `check all` runs over the current environment: an area name and what it finds,
/// in groups (one per file or part examined). A capability joins `check all` by adding one
/// entry to `EnvironmentCheck.standard`.
public struct EnvironmentCheck: Sendable {
  /// What the check covers, as `check all` titles it ("address placement").
  public var area: String
  public var run: @Sendable (Environment, Session) -> [CheckGroup]

  public init(_ area: String, run: @escaping @Sendable (Environment, Session) -> [CheckGroup]) {
    self.area = area
    self.run = run
  }
}

/// What one check found in one part of the environment.
public struct CheckGroup: Sendable {
  /// What was examined ("14 entries of contoso-lab, rule pack azure-current", "app1 answer file").
  public var scope: String
  public var findings: [Finding]

  public init(_ scope: String, _ findings: [Finding]) {
    self.scope = scope
    self.findings = findings
  }
}

extension Rule {
  /// An input `check all` was told about but could not read: the audit says so rather than
  /// passing it over in silence.
  public static let checkUnreadable = Rule(
    "CHECK-UNREADABLE", .error, title: "an input the environment names could not be read",
    explanation: "check all reads every answer file and log the environment attaches to a "
      + "machine; one that is missing or malformed was not checked, so the audit is incomplete.",
    fix: "Correct the path in the environment file, or the file at the line and column shown.",
    sources: ["hybridbench environment format: machines[].answer_file, machines[].logs"])
}

extension Rule {
  /// A log attached to a machine that `check all` cannot tell the kind of.
  public static let checkLogKindUnknown = Rule(
    "CHECK-LOG-KIND-UNKNOWN", .warning, title: "an attached log is of no kind check all reads",
    explanation: "check all picks the analyser by file name: NetSetup*.log, setupact*.log or a "
      + "hive named SAM; any other name is not read, so the audit does not cover it.",
    fix: "Name the log as Windows does (NetSetup.log, setupact.log, SAM), or analyse it with "
      + "'analyze netsetup|setupact|sam FILE'.",
    sources: ["hybridbench environment format: machines[].logs"])
}

extension EnvironmentCheck {
  /// Every check, in the order `check all` reports them.
  public static let standard: [EnvironmentCheck] = [
    addressPlacement, tunnelAddresses, vmStartOrder, hostAdapters, answerFiles, attachedLogs,
  ]

  /// VNets, subnets, P2S pools, local sites and BGP peers against the session's rule pack.
  static let addressPlacement = EnvironmentCheck("address placement") { environment, session in
    let pack = AddressArguments.pack(session)
    let mapped = AddressPlan.from(environment)
    let scope =
      "\(Plural.count(mapped.count, "entry", plural: "entries")), rule pack \(pack.id)"
    return [CheckGroup(scope, mapped.problems + pack.check(mapped.plan))]
  }

  /// S2S tunnel inside and BGP peering addresses, and link-local space where it would be routed.
  static let tunnelAddresses = EnvironmentCheck("tunnel and BGP addresses") { environment, _ in
    [CheckGroup("connections, gateways and local sites", TunnelAddressReview.review(environment))]
  }

  /// The VMs' start order: domain controllers and DNS servers first.
  static let vmStartOrder = EnvironmentCheck("VM start order") { environment, _ in
    guard !environment.azure.vms.isEmpty else { return [] }
    let vms = Plural.count(environment.azure.vms.count, "VM")
    return [CheckGroup(vms, VMStartPlan.plan(environment).findings)]
  }

  /// The RRAS hosts' adapters: APIPA, DHCP on the WAN side, several default gateways.
  static let hostAdapters = EnvironmentCheck("hosts") { environment, _ in
    guard !environment.hosts.isEmpty else { return [] }
    return [
      CheckGroup(
        Plural.count(environment.hosts.count, "host"), RRASAdapterReview.review(environment))
    ]
  }

  /// Each machine's answer file, its MachineObjectOU looked up in the environment's domain.
  static let answerFiles = EnvironmentCheck("answer files") { environment, session in
    let lookup = LogCommands.directoryLookup(environment)
    return environment.machines.compactMap { machine -> CheckGroup? in
      let parsed: UnattendFile
      let file: FileReference
      if let path = machine.answerFile {
        file = FileReference(path: path, shown: shown(path, session))
      } else if machine.answerFileText != nil {
        file = FileReference(path: "\(machine.name)/unattend.xml")
      } else {
        return nil
      }
      let name = file.shown
      do {
        if machine.answerFile != nil {
          parsed = try UnattendFile.parse(file)
        } else {
          parsed = try UnattendFile.parse(Array((machine.answerFileText ?? "").utf8), file: file)
        }
      } catch {
        return unreadable(machine.name, "answer file", name, error, session)
      }
      let findings = UnattendAnalysis(file: parsed, directory: lookup).findings
      return CheckGroup("\(machine.name): \(name)", findings)
    }
  }

  /// Each log attached to a machine, by its file name: NetSetup.log, setupact.log, a SAM hive;
  /// a log of any other name is reported, not passed over.
  static let attachedLogs = EnvironmentCheck("logs") { environment, session in
    environment.machines.flatMap { machine in
      machine.logs.compactMap { path -> CheckGroup? in
        let reference = FileReference(path: path, shown: shown(path, session))
        let name = reference.shown
        let file = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        do {
          if file.hasPrefix("netsetup") {
            return CheckGroup(
              "\(machine.name): \(name)", try NetSetupLog.analyze(reference).findings)
          }
          if file.hasPrefix("setupact") {
            return CheckGroup(
              "\(machine.name): \(name)", try SetupActLog.analyze(reference).findings)
          }
          if file == "sam" {
            return CheckGroup(
              "\(machine.name): \(name)", try SAMReader.analyze(reference).findings)
          }
          let finding = Finding(
            .checkLogKindUnknown, subject: "\(machine.name) log",
            message: "\(name) is named neither NetSetup*.log, setupact*.log nor SAM: not read",
            evidence: SourceLocation(reference))
          return CheckGroup("\(machine.name): \(name)", [finding])
        } catch {
          return unreadable(machine.name, "log", name, error, session)
        }
      }
    }
  }

  /// A path as the session shows it: relative to the base directory when it is inside it.
  static func shown(_ path: String, _ session: Session) -> String {
    let base =
      session.baseDirectory.hasSuffix("/") ? session.baseDirectory : session.baseDirectory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }

  /// The finding for an input that could not be read or parsed: at its line and column when
  /// the reader located the problem, else the reader's own sentence about the file.
  static func unreadable(
    _ machine: String, _ what: String, _ name: String, _ error: any Error, _ session: Session
  ) -> CheckGroup {
    let message: String
    var line: Int?
    if let located = error as? any LocatedError {
      message = located.description
      line = located.location.line
    } else {
      message = "\(error)"
    }
    let finding = Finding(
      .checkUnreadable, subject: "\(machine) \(what)", message: message,
      evidence: SourceLocation(FileReference(path: name), line: line))
    return CheckGroup("\(machine): \(name)", [finding])
  }
}
