import EnvironmentModel
import WindowsSecurity

/// Names for SIDs from what the session knows: the current environment's directory objects
/// (NETBIOS\sAMAccountName, else the object's CN), then the well-known SIDs. A SID neither knows
/// is shown as itself and marked unresolved, never guessed.
struct TrusteeNames {
  let context: SIDContext
  private let accounts: [SecurityIdentifier: String]

  init(domain: Domain?, context: SIDContext) {
    self.context = context
    var accounts: [SecurityIdentifier: String] = [:]
    let prefix = domain?.netbiosName.map { $0 + "\\" } ?? ""
    for object in domain?.objects ?? [] {
      guard let text = object.sid, let sid = try? SecurityIdentifier(parsing: text) else { continue }
      let cn = object.dn.split(separator: ",").first.map { String($0.drop { $0 != "=" }.dropFirst()) }
      if let name = object.attribute("sAMAccountName").map({ prefix + $0 }) ?? cn {
        accounts[sid] = name
      }
    }
    self.accounts = accounts
  }

  /// The name for `sid`, or nil when neither the environment nor the well-known table knows it.
  func name(_ sid: SecurityIdentifier) -> String? {
    accounts[sid] ?? WellKnownSID.entry(for: sid, in: context)?.name
  }

  /// `Domain Admins (S-1-5-21-…-512)`, or `S-1-5-21-…-1105 (unresolved)`.
  func shown(_ sid: SecurityIdentifier) -> String {
    name(sid).map { "\($0) (\(sid))" } ?? "\(sid) (unresolved)"
  }
}
