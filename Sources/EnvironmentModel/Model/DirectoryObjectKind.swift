import Findings

/// What a distinguished name is in the loaded environment's directory, as answered by the hook
/// the lint takes: an organizational unit, a container (such as `CN=Computers`), or nothing.
public enum DirectoryObjectKind: String, Sendable, Hashable, CaseIterable {
  case organizationalUnit = "ou"
  case container
  case missing
}

/// The environment check the lint calls with a DN; nil means "no environment, cannot tell".
public typealias DirectoryLookup = @Sendable (String) -> DirectoryObjectKind?
