import Findings

/// Support dates of Windows Server releases and what Azure says about running them: a small
/// table, as of `asOf`, so that "it runs" and "it is supported" can be told apart.
///
/// Sources: the Microsoft Lifecycle pages of each product (learn.microsoft.com/lifecycle/products/
/// windows-server-...); Microsoft, "Extended Security Updates for Windows Server" (2008/2008 R2:
/// three years to 2023-01-10 plus a fourth year on Azure only, to 2024-01-09; 2012/2012 R2: to
/// 2026-10-13, at no extra cost on Azure VMs); Microsoft support articles 3206074 ("Running Windows
/// Server 2003 on Microsoft Azure": own image, own licence, no Azure VM agent) and 4021388
/// ("Support for 32-bit operating systems in Azure virtual machines").
public enum LegacyOSSupport {
  /// One release: its extended-support end, ESU end (if any) and what Azure says about it.
  public struct Release: Sendable, Equatable {
    /// The answer users give: `ws2003`, `ws2008r2`.
    public var id: String
    public var name: String
    /// Last day of extended support, ISO 8601.
    public var extendedEnd: String
    /// Last day of Extended Security Updates, if Microsoft offers them.
    public var esuEnd: String?
    /// What Microsoft says about this release on Azure.
    public var azure: String
  }

  /// The day the table was last checked against its sources (verdicts use today's date).
  public static let asOf = "2026-11-21"

  public static let lifecycle =
    "Microsoft Lifecycle: learn.microsoft.com/lifecycle/products (Windows Server 2000 ... 2025)"
  public static let esu =
    "Microsoft: Extended Security Updates for Windows Server (learn.microsoft.com/windows-server/get-started/extended-security-updates-overview)"
  static let kb2003 = "Microsoft support 3206074: Running Windows Server 2003 on Microsoft Azure"
  static let kb32bit =
    "Microsoft support 4021388: Support for 32-bit operating systems in Azure virtual machines"
  static let kbAzure =
    "Microsoft support 2721672: Microsoft server software support for Microsoft Azure virtual machines"
  public static let sources = [lifecycle, esu, kb2003, kb32bit, kbAzure]

  /// The sources behind one release's verdict.
  public static func refs(_ release: Release) -> [String] {
    var refs = [lifecycle]
    if release.esuEnd != nil { refs.append(esu) }
    switch release.id {
    case "ws2003": refs.append(kb2003)
    case "ws2008": refs.append(kb32bit)
    default: refs.append(kbAzure)
    }
    return refs
  }

  public static let releases: [Release] = [
    Release(
      id: "ws2000", name: "Windows 2000 Server", extendedEnd: "2010-07-13", esuEnd: nil,
      azure:
        "not in Microsoft's list of server software supported on Azure VMs; whether it boots there is not documented"
    ),
    Release(
      id: "ws2003", name: "Windows Server 2003 / 2003 R2", extendedEnd: "2015-07-14", esuEnd: nil,
      azure:
        "runs from your own uploaded image under your own licence, without the Azure VM agent; Microsoft does not support the OS itself (3206074)"
    ),
    Release(
      id: "ws2008", name: "Windows Server 2008 SP2", extendedEnd: "2020-01-14",
      esuEnd: "2024-01-09",
      azure:
        "ESU ran a fourth year on Azure only; 32-bit 2008 is one of the two 32-bit exceptions Azure allows (4021388)"
    ),
    Release(
      id: "ws2008r2", name: "Windows Server 2008 R2 SP1", extendedEnd: "2020-01-14",
      esuEnd: "2024-01-09",
      azure: "ESU ran a fourth year on Azure only"),
    Release(
      id: "ws2012", name: "Windows Server 2012", extendedEnd: "2023-10-10", esuEnd: "2026-10-13",
      azure: "ESU at no extra cost on Azure VMs"),
    Release(
      id: "ws2012r2", name: "Windows Server 2012 R2", extendedEnd: "2023-10-10",
      esuEnd: "2026-10-13",
      azure: "ESU at no extra cost on Azure VMs"),
    Release(
      id: "ws2016", name: "Windows Server 2016", extendedEnd: "2027-01-12", esuEnd: nil,
      azure: "supported"),
    Release(
      id: "ws2019", name: "Windows Server 2019", extendedEnd: "2029-01-09", esuEnd: nil,
      azure: "supported"),
    Release(
      id: "ws2022", name: "Windows Server 2022", extendedEnd: "2031-10-14", esuEnd: nil,
      azure: "supported"),
    Release(
      id: "ws2025", name: "Windows Server 2025", extendedEnd: "2034-10-10", esuEnd: nil,
      azure: "supported"),
  ]

  /// The release with this id, if the table has it.
  public static func release(_ id: String) -> Release? {
    releases.first { $0.id == id.lowercased() }
  }
}
