import EnvironmentModel
import Findings

/// One difference between two environments, at a path such as `azure.vnets[lab].subnets[apps].prefix`.
public struct EnvironmentDifference: Sendable, Hashable, CustomStringConvertible {
  public enum Change: String, Sendable, Hashable {
    case added, removed, changed
  }

  public var change: Change
  public var path: String
  /// The value in the first environment (nil when added), as compact JSON.
  public var before: String?
  /// The value in the second environment (nil when removed), as compact JSON.
  public var after: String?

  public init(change: Change, path: String, before: String? = nil, after: String? = nil) {
    self.change = change
    self.path = path
    self.before = before
    self.after = after
  }

  public var description: String {
    switch change {
    case .added: "+ \(path): \(after ?? "")"
    case .removed: "- \(path): \(before ?? "")"
    case .changed: "~ \(path): \(before ?? "") -> \(after ?? "")"
    }
  }

  public var json: JSONValue {
    .object([("change", .string(change.rawValue)), ("path", .string(path)),
      ("before", before.map(JSONValue.string) ?? .null),
      ("after", after.map(JSONValue.string) ?? .null)])
  }
}

/// Compares environments through their native documents; list items are matched by their
/// `name` or `dn` key, so reordering is not a difference.
public enum EnvironmentDiff {
  public static func diff(_ a: Environment, _ b: Environment) -> [EnvironmentDifference] {
    var out: [EnvironmentDifference] = []
    compare(a.json, b.json, path: "", into: &out)
    return out.filter { $0.path != "name" }
  }

  private static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  private static func compare(_ a: JSONValue, _ b: JSONValue, path: String,
    into out: inout [EnvironmentDifference])
  {
    if a == b { return }
    switch (a, b) {
    case let (.object(pa), .object(pb)):
      for (key, va) in pa {
        if let vb = b[key] {
          compare(va, vb, path: join(path, key), into: &out)
        } else {
          out.append(.init(change: .removed, path: join(path, key), before: va.compactText))
        }
      }
      for (key, vb) in pb where a[key] == nil {
        out.append(.init(change: .added, path: join(path, key), after: vb.compactText))
      }
    case let (.array(la), .array(lb)) where keyed(la) && keyed(lb) && !(la + lb).isEmpty:
      let keysA = la.map(identity)
      let keysB = lb.map(identity)
      let indexB = Dictionary(keysB.enumerated().map { ($1, $0) }, uniquingKeysWith: { f, _ in f })
      let setA = Set(keysA)
      for (i, key) in keysA.enumerated() {
        let p = "\(path)[\(key)]"
        if let j = indexB[key] { compare(la[i], lb[j], path: p, into: &out) } else {
          out.append(.init(change: .removed, path: p, before: la[i].compactText))
        }
      }
      for (j, key) in keysB.enumerated() where !setA.contains(key) {
        out.append(.init(change: .added, path: "\(path)[\(key)]", after: lb[j].compactText))
      }
    default:
      out.append(.init(change: .changed, path: path, before: a.compactText, after: b.compactText))
    }
  }

  private static func identity(_ v: JSONValue) -> String {
    v["name"]?.stringValue ?? v["dn"]?.stringValue ?? v["address"]?.stringValue ?? ""
  }

  private static func keyed(_ items: [JSONValue]) -> Bool {
    items.allSatisfy { !identity($0).isEmpty }
      && Set(items.map(identity)).count == items.count
  }
}
