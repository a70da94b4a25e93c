import Findings

/// Everything the other commands reason about: the Azure network, hosts, the AD domain and the
/// machines to deploy. A value: loading, saving and diffing never share state.
public struct Environment: Sendable, Hashable {
  public var name: String
  public var description: String?
  public var azure = AzureNetwork()
  public var hosts: [Host] = []
  public var domain: Domain?
  public var machines: [Machine] = []
  /// The file it was loaded from (empty for the demo and for environments built by code).
  public var sourceFile: String = ""

  public init(name: String) {
    self.name = name
  }

  public static func == (lhs: Environment, rhs: Environment) -> Bool {
    lhs.name == rhs.name && lhs.description == rhs.description && lhs.azure == rhs.azure
      && lhs.hosts == rhs.hosts && lhs.domain == rhs.domain && lhs.machines == rhs.machines
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(azure)
    hasher.combine(hosts)
    hasher.combine(domain)
    hasher.combine(machines)
  }
}
