import Findings

/// `net use` to an Azure file share fails with System error 53 from a domain controller: the
/// causes Microsoft lists (TCP 445 blocked on the way out, no SMB 3 encryption, NTLMv1), and the
/// storage account's DNS name, diagnosed from the answers.
enum AzureFilesError53Walkthrough {
  static let troubleshoot =
    "Microsoft: Troubleshoot Azure Files SMB connectivity (learn.microsoft.com/troubleshoot/azure/azure-storage/files/connectivity/files-troubleshoot-smb-connectivity): Error 53, 67 or 87"
  static let networking =
    "Microsoft: Azure Files networking considerations (TCP 445; VPN, ExpressRoute, private endpoints)"
  static let refs = [troubleshoot, networking]

  static let walkthrough = Walkthrough(
    id: "azure-files-error-53",
    title: "net use to Azure Files fails with System error 53",
    summary:
      "Azure Files 'System error 53' from a domain controller: port 445, SMB 3 encryption, DNS name",
    refs: refs,
    steps: [
      WalkStep(
        "what", .inform, title: "What error 53 means here",
        text: """
          'System error 53 has occurred. The network path was not found.' means the SMB client \
          never got an SMB session with <account>.file.core.windows.net. Microsoft lists three \
          causes: outbound TCP 445 blocked on the way (ISPs and corporate firewalls often block \
          it), a connection without SMB 3 encryption from outside the share's Azure region, and \
          NTLMv1 on the client. A mistyped or unresolvable account name fails the same way.
          """,
        why: "the message is generic; each cause has its own test",
        refs: refs, next: "os"),
      WalkStep(
        "os", .ask, title: "Which Windows is the client?",
        text: "Which Windows runs the domain controller (or other client) that maps the share?",
        why:
          "only SMB 3 (Windows 8 / Server 2012 and later) encrypts, and Azure refuses unencrypted SMB from outside its region",
        next: "where",
        question: WalkQuestion(
          key: "os", prompt: "the client's Windows",
          expect: .choice([
            WalkChoice("smb3", "Windows Server 2012 / Windows 8 or later (SMB 3)"),
            WalkChoice("smb21", "Windows Server 2008 R2 / Windows 7 (SMB 2.1, no encryption)"),
          ]))),
      WalkStep(
        "where", .ask, title: "Where is the client?",
        text:
          "Is the client on premises, or an Azure VM in the same region as the storage account?",
        why: "from outside Azure, traffic to 445 crosses firewalls and ISPs that may block it",
        next: "test",
        question: WalkQuestion(
          key: "where", prompt: "where the client is",
          expect: .choice([
            WalkChoice("onprem", "on premises (or another cloud / region)"),
            WalkChoice("same-region", "an Azure VM in the storage account's region"),
          ]))),
      WalkStep(
        "test", .ask, title: "Test the port",
        text: """
          On the client run:
            Test-NetConnection -ComputerName <account>.file.core.windows.net -Port 445
          and report what it says: 'true' (TcpTestSucceeded : True), 'false' (TcpTestSucceeded : \
          False), or 'name' (the name did not resolve).
          """,
        why:
          "one TCP test separates a blocked port from a name problem and from everything after the connect",
        next: "diagnose",
        question: WalkQuestion(
          key: "port445", prompt: "the port test result",
          expect: .choice([
            WalkChoice("true", "it connects (TcpTestSucceeded : True)"),
            WalkChoice("false", "it does not (TcpTestSucceeded : False, a time-out)"),
            WalkChoice("name", "the name did not resolve"),
          ])),
        fitted: { testText(os: $0.answers["os"]) }),
      WalkStep(
        "diagnose", .check, title: "The cause",
        text: "Putting the answers together.",
        why: "the combination of OS, location and port test points at one cause",
        next: "ntlm",
        check: WalkCheck { context in diagnose(context.answers) },
        branches: [.failed: "fix"]),
      WalkStep(
        "fix", .act, title: "Fix the path",
        text: """
          Port 445 blocked: ask the firewall team (or the ISP) to allow TCP 445 outbound to \
          Azure's storage ranges, or avoid the internet path: a site-to-site VPN or ExpressRoute \
          with a private endpoint for the storage account, or Azure File Sync on a local server. \
          Name: use the exact <account>.file.core.windows.net name (with a private endpoint, make \
          the privatelink zone resolvable from the DC's DNS). SMB 2.1: map from Windows Server \
          2012 or later, or from a VM in the share's region.
          """,
        why:
          "each cause has its own remedy; opening 445 to the internet is a policy decision, not a default",
        refs: refs, next: "verify",
        fitted: { fixText(diagnose($0.answers).findings.map(\.id)) }),
      WalkStep(
        "ntlm", .act, title: "Port open: look at authentication",
        text: """
          With 445 reachable and SMB 3 in use, check NTLM: Azure Files accepts only NTLMv2, so \
          HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\LmCompatibilityLevel must be 3 or more \
          (3 is the default). Map with the storage account key as a test: \
          net use Z: \\\\<account>.file.core.windows.net\\<share> /user:localhost\\<account> <key>
          """,
        why: "Microsoft lists NTLMv1 as the third cause of error 53",
        refs: [troubleshoot], next: "verify"),
      WalkStep(
        "verify", .ask, title: "Does net use work now?",
        text: "Run the net use command again.",
        why: "the mapped drive is the proof",
        question: WalkQuestion(
          key: "works", prompt: "does net use succeed?",
          expect: .choice([
            WalkChoice("yes", "yes: done"), WalkChoice("no", "no: test again", next: "test"),
          ]))),
    ])

  /// The TCP test for the client's Windows: Test-NetConnection exists from Windows 8.1 /
  /// Server 2012 R2 (PowerShell's NetTCPIP module); older clients use .NET's TcpClient, which
  /// PowerShell 2.0 on Windows 7 / Server 2008 R2 already has.
  static func testText(os: String?) -> String {
    let tcpClient =
      "  (New-Object Net.Sockets.TcpClient).Connect('<account>.file.core.windows.net', 445)"
    let report =
      "and report what it says: 'true' (it connects), 'false' (it times out or is refused), "
      + "or 'name' (the name did not resolve)."
    if os == "smb21" {
      return [
        "Windows 7 / Server 2008 R2 have no Test-NetConnection (it came with Windows 8.1 / "
          + "Server 2012 R2). In PowerShell on the client run:",
        tcpClient,
        "(no output: it connected; 'No such host is known': the name; a time-out: blocked), "
          + report,
      ].joined(separator: "\n")
    }
    return [
      "On the client run:",
      "  Test-NetConnection -ComputerName <account>.file.core.windows.net -Port 445",
      "(on Windows Server 2012 / Windows 8, which lack Test-NetConnection:",
      tcpClient + ")",
      report,
    ].joined(separator: "\n")
  }

  /// The remedy for each cause diagnosed, and only those.
  static func fixText(_ causes: [String]) -> String? {
    guard !causes.isEmpty else { return nil }
    var parts: [String] = []
    if causes.contains("AZF-445-BLOCKED") {
      parts.append(
        "Port 445 blocked: ask the firewall team (or the ISP) to allow TCP 445 outbound to "
          + "Azure's storage ranges, or avoid the internet path: a site-to-site VPN or "
          + "ExpressRoute with a private endpoint for the storage account, or Azure File Sync on "
          + "a local server.")
    }
    if causes.contains("AZF-NAME-UNRESOLVED") {
      parts.append(
        "Name: use the exact <account>.file.core.windows.net name (with a private endpoint, make "
          + "the privatelink zone resolvable from the DC's DNS).")
    }
    if causes.contains("AZF-NO-SMB3") {
      parts.append(
        "SMB 2.1: map from Windows Server 2012 or later, or from a VM in the share's region.")
    }
    return parts.joined(separator: "\n")
  }

  /// The cause from the answers `os`, `where` and `port445`.
  static func diagnose(_ answers: [String: String]) -> WalkCheckResult {
    guard let port = answers["port445"] else {
      return WalkCheckResult(.unknown, "no port test result yet")
    }
    var findings: [Finding] = []
    if port == "name" {
      findings.append(
        Finding(
          .azfNameUnresolved, subject: "<account>.file.core.windows.net",
          message: "the storage account's name does not resolve from the client: SMB never starts",
          fix:
            "check the account name; with a private endpoint, forward privatelink.file.core.windows.net from the DC's DNS",
          refs: refs))
    }
    if port == "false" {
      findings.append(
        Finding(
          .azf445Blocked, subject: "TCP 445 outbound",
          message:
            "TCP 445 to the storage account is blocked on the way (firewall or ISP): System error 53 follows",
          fix:
            "allow 445 outbound to Azure storage, or use VPN/ExpressRoute with a private endpoint, or Azure File Sync",
          refs: refs))
    }
    if answers["os"] == "smb21", answers["where"] != "same-region" {
      findings.append(
        Finding(
          .azfNoSMB3, subject: "SMB 2.1 client",
          message:
            "Windows Server 2008 R2 / Windows 7 speak SMB 2.1 without encryption, which Azure Files accepts only from its own region",
          fix: "map from Windows Server 2012 or later, or from an Azure VM in the share's region",
          refs: [troubleshoot]))
    }
    let causes = findings.map { finding in
      switch finding.rule {
      case .azfNameUnresolved: "the account name does not resolve"
      case .azf445Blocked: "TCP 445 is blocked on the way"
      default: "the client cannot encrypt SMB"
      }
    }
    return .judging(
      findings, problem: "cause: " + causes.joined(separator: "; "),
      clean: "port 445 answers and the client speaks SMB 3: look at authentication next")
  }
}
