import EnvironmentModel
import Walkthroughs

extension WalkEnvironment {
  /// What walkthroughs read from a loaded environment: each machine's answer file and logs
  /// (by the log's file name), and what a DN names in the domain.
  init(environment: Environment) {
    var artifacts: [String: WalkArtifact] = [:]
    for machine in environment.machines {
      if artifacts["answer-file"] == nil {
        if let path = machine.answerFile {
          artifacts["answer-file"] = .path(path)
        } else if let text = machine.answerFileText {
          artifacts["answer-file"] = .inline(name: "\(machine.name)/unattend.xml", text: text)
        }
      }
      for log in machine.logs {
        let name = log.split(separator: "/").last.map { $0.lowercased() } ?? ""
        let kind = name.hasPrefix("netsetup") ? "netsetup" : name.hasPrefix("setupact") ? "setupact" : name == "sam" ? "sam" : nil
        if let kind, artifacts[kind] == nil { artifacts[kind] = .path(log) }
      }
    }
    let domain = environment.domain
    self.init(name: environment.name, model: environment, artifacts: artifacts) { dn in
      guard let object = domain?.object(dn: dn) else { return nil }
      switch object.structuralClass?.lowercased() {
      case "organizationalunit": return "ou"
      case "container", "builtindomain": return "container"
      case let other: return other
      }
    }
  }
}
